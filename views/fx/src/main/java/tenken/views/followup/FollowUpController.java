package tenken.views.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import tenken.assets.Messages;
import tenken.graph.concentration.DependenceTrend;
import tenken.store.followup.Cause;
import tenken.store.followup.Evaluation;
import tenken.store.followup.FollowUp;
import tenken.store.followup.FundFigure;
import tenken.store.followup.FundMeasure;
import tenken.store.followup.Note;
import tenken.store.followup.PlanCount;
import tenken.store.followup.PlanTotal;
import tenken.store.followup.ReportCategory;
import tenken.store.followup.ReportStatus;
import tenken.store.followup.Target;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.Material;
import tenken.store.repo.FollowUpRepository;
import tenken.views.briefing.FollowUpWords;
import tenken.views.workbench.Subscriptions;
import tenken.views.workbench.WorkbenchContext;
import tenken.views.workbench.WorkbenchScreen;

/**
 * フォローアップ (PDCA "Check"): per designated material its certified plans over time, its progress
 * evaluation, targets, budget and fund execution against the government-wide certified amount, and its
 * dependence over time (world production and Japan's sourcing, each labelled); then the government-wide
 * report distribution, this round beside the previous, and the causes of plan changes and delays.
 * Every figure carries its source and the document's notes.
 */
public final class FollowUpController implements WorkbenchScreen {

    private final WorkbenchContext context;
    private final Subscriptions subscriptions = new Subscriptions();
    private Task<Loaded> loading;

    @FXML private Node view;
    @FXML private ListView<Material> materialList;
    @FXML private ScrollPane scroll;
    @FXML private VBox content;
    @FXML private Label placeholder;

    private Loaded loaded;
    /** A material to select once the list is loaded (carried across a language switch). */
    private String wanted;

    public FollowUpController(WorkbenchContext context) {
        this.context = context;
    }

    /** What the screen shows, read and computed off the FX thread. */
    record Loaded(Catalogue catalogue, FollowUp followUp, Map<String, List<DependenceTrend.Point>> dependence) {
    }

    @FXML
    private void initialize() {
        materialList.setCellFactory(list -> new MaterialCell());
        materialList.getStyleClass().add("followup-material-list");
        materialList.getSelectionModel().selectedItemProperty().addListener((obs, old, material) -> show());
        scroll.setFocusTraversable(true);
        // subscribe(Consumer) also delivers the current catalogue, if one is loaded.
        subscriptions.add(context.catalogueProperty().subscribe(this::load));
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public State state() {
        Material selected = materialList.getSelectionModel().getSelectedItem();
        return selected == null ? null : new Selected(selected.key());
    }

    @Override
    public void restore(State state) {
        if (state instanceof Selected selected) {
            materialList.getItems().stream().filter(m -> m.key().equals(selected.materialKey())).findFirst()
                    .ifPresentOrElse(m -> materialList.getSelectionModel().select(m),
                            () -> wanted = selected.materialKey());
        }
    }

    @Override
    public void dispose() {
        subscriptions.release();
        if (loading != null) {
            loading.cancel();
        }
    }

    /** The material the user had selected before a language switch. */
    private record Selected(String materialKey) implements State {
    }

    private void load(Catalogue catalogue) {
        if (catalogue == null) {
            return;
        }
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() {
                FollowUp followUp = new FollowUpRepository(context.database()).load();
                DependenceTrend trend = new DependenceTrend(catalogue);
                Map<String, List<DependenceTrend.Point>> dependence = new LinkedHashMap<>();
                for (Material material : catalogue.designatedMaterials()) {
                    List<DependenceTrend.Point> points = new ArrayList<>(trend.of(material.key(), Country.WORLD));
                    points.addAll(trend.of(material.key(), Country.JAPAN));
                    dependence.put(material.key(), points);
                }
                return new Loaded(catalogue, followUp, dependence);
            }
        };
        task.setOnSucceeded(event -> {
            loaded = task.getValue();
            String selected = Optional.ofNullable(wanted)
                    .or(() -> Optional.ofNullable(materialList.getSelectionModel().getSelectedItem()).map(Material::key))
                    .orElse(context.materialProperty().get());
            wanted = null;
            materialList.getItems().setAll(loaded.catalogue().designatedMaterials());
            Material initial = materialList.getItems().stream()
                    .filter(m -> m.key().equals(selected)).findFirst()
                    .orElse(materialList.getItems().isEmpty() ? null : materialList.getItems().get(0));
            materialList.getSelectionModel().select(initial);
            show();
        });
        task.setOnFailed(event -> content.getChildren().setAll(BarRows.wrapping(Messages.get("followup.screen.failed",
                String.valueOf(task.getException().getMessage())))));
        loading = task;
        context.run(task);
    }

    /** The loaded data; for tests. */
    Loaded loaded() {
        return loaded;
    }

    ListView<Material> materialList() {
        return materialList;
    }

    VBox content() {
        return content;
    }

    private FollowUpWords words() {
        return new FollowUpWords(Messages.locale(), loaded.catalogue());
    }

    private String language() {
        return Messages.language();
    }

    private void show() {
        if (loaded == null) {
            return;
        }
        content.getChildren().clear();
        Material material = materialList.getSelectionModel().getSelectedItem();
        if (loaded.followUp().isEmpty()) {
            content.getChildren().add(BarRows.wrapping(Messages.get("followup.screen.empty")));
            return;
        }
        if (material != null) {
            content.getChildren().add(title(material));
            plans(material.key());
            evaluation(material.key());
            targets(material.key());
            funds(material.key());
            dependence(material.key());
        }
        totals();
        rounds();
        causes(material == null ? null : material.key());
        scroll.setVvalue(0);
    }

    private Node title(Material material) {
        Label name = new Label(material.name(Messages.locale()));
        name.getStyleClass().add("title-2");
        name.setWrapText(true);
        String ministry = loaded.catalogue().designationOf(material.key())
                .map(d -> "ja".equals(language()) ? d.ministryJa() : d.ministryEn()).orElse("");
        Label sub = BarRows.wrapping(ministry);
        sub.getStyleClass().add("text-muted");
        return new VBox(2, name, sub);
    }

    private void plans(String material) {
        List<PlanCount> plans = loaded.followUp().plansOf(material);
        VBox section = section("followup.section.plans");
        if (plans.isEmpty()) {
            section.getChildren().add(muted(Messages.get("followup.screen.noPlans")));
        } else {
            BarRows bars = new BarRows(plans.stream().mapToInt(PlanCount::count).max().orElse(1));
            for (PlanCount plan : plans) {
                bars.add(plan.asOf().toString(), plan.count(), Messages.get("followup.screen.plans", plan.count()), "followup-bar-plans");
            }
            section.getChildren().add(bars.node());
            sources(section, plans.stream().map(PlanCount::source).toList());
        }
        content.getChildren().add(section);
    }

    private void evaluation(String material) {
        Optional<Evaluation> latest = loaded.followUp().latestEvaluation(material);
        VBox section = section("followup.section.evaluation");
        if (latest.isEmpty()) {
            section.getChildren().add(muted(Messages.get("followup.screen.noEvaluation")));
        } else {
            Evaluation e = latest.get();
            Label mark = new Label(e.mark().symbol());
            mark.getStyleClass().addAll("followup-mark", "followup-mark-" + e.mark().key());
            mark.setMinWidth(Region.USE_PREF_SIZE);
            Label definition = BarRows.wrapping(Messages.get("followup.screen.evaluationHead",
                    Messages.get("followup.mark." + e.mark().key()), e.asOf().toString()));
            definition.getStyleClass().add("text-bold");
            HBox.setHgrow(definition, Priority.ALWAYS);
            HBox head = new HBox(12, mark, definition);
            head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            section.getChildren().addAll(head, BarRows.wrapping(e.text(language())));
            if (!e.note().isEmpty()) {
                section.getChildren().add(note(e.note()));
            }
            sources(section, List.of(e.source()));
        }
        content.getChildren().add(section);
    }

    private void targets(String material) {
        List<Target> targets = loaded.followUp().targetsOf(material);
        VBox section = section("followup.section.targets");
        if (targets.isEmpty()) {
            section.getChildren().add(muted(Messages.get("followup.screen.noTarget")));
        }
        for (Target target : targets) {
            section.getChildren().add(BarRows.wrapping(Messages.get("common.bullet") + target.text(language()) + (target.year() == null ? ""
                    : Messages.get("followup.byYear", String.valueOf(target.year())))));
            if (!target.note().isEmpty()) {
                section.getChildren().add(note(target.note()));
            }
        }
        sources(section, targets.stream().map(Target::source).toList());
        content.getChildren().add(section);
    }

    /**
     * The material's budget by budget year and its fund execution, beside the government-wide budget
     * and certified amount: the documents give the certified amount for all materials together only.
     */
    private void funds(String material) {
        FollowUpWords words = words();
        VBox section = section("followup.section.funds");
        List<FundFigure> own = loaded.followUp().fundsOf(material);
        List<FundFigure> wide = loaded.followUp().governmentWideFunds();
        List<FundFigure> shown = new ArrayList<>(own);
        double max = own.stream().mapToDouble(FundFigure::amountOkuYen).max().orElse(0);
        if (!own.isEmpty()) {
            BarRows bars = new BarRows(max);
            for (FundFigure f : own) {
                bars.add(Messages.get("followup.measure." + f.measure().key()) + " " + words.budgetYear(f)
                                + (f.estimate() ? Messages.get("followup.screen.estimate") : ""),
                        f.amountOkuYen(), words.amount(f.amountOkuYen()), "followup-bar-" + f.measure().key());
            }
            section.getChildren().add(bars.node());
            own.stream().map(FundFigure::note).filter(n -> !n.isEmpty()).distinct()
                    .forEach(n -> section.getChildren().add(note(n)));
        }
        Optional<FundFigure> budget = wide.stream().filter(f -> f.measure() == FundMeasure.BUDGET && f.total()).findFirst();
        List<FundFigure> certified = wide.stream().filter(f -> f.measure() == FundMeasure.CERTIFIED).toList();
        if (budget.isPresent() || !certified.isEmpty()) {
            section.getChildren().add(bold(Messages.get("followup.screen.certifiedHeading")));
            double wideMax = budget.map(FundFigure::amountOkuYen).orElse(
                    certified.stream().mapToDouble(FundFigure::amountOkuYen).max().orElse(0));
            BarRows bars = new BarRows(wideMax);
            budget.ifPresent(b -> {
                bars.add(Messages.get("followup.screen.wideBudget"), b.amountOkuYen(), words.amount(b.amountOkuYen()),
                        "followup-bar-budget");
                shown.add(b);
            });
            for (FundFigure c : certified) {
                String amount = words.amount(c.amountOkuYen());
                String value = budget.map(b -> Messages.get("followup.screen.amountShare", amount,
                        words.percent(c.amountOkuYen() / b.amountOkuYen()))).orElse(amount);
                bars.add(Messages.get("followup.screen.certifiedAsOf", c.asOf() == null ? "" : c.asOf().toString())
                        + (c.estimate() ? Messages.get("followup.screen.approximate") : ""), c.amountOkuYen(),
                        value, "followup-bar-certified");
                shown.add(c);
            }
            section.getChildren().addAll(bars.node(), note(new Note(Messages.format(Messages.JAPANESE,
                    "followup.screen.certifiedNotPerMaterial"), Messages.format(Messages.ENGLISH,
                    "followup.screen.certifiedNotPerMaterial"))));
        }
        sources(section, shown.stream().map(FundFigure::source).toList());
        content.getChildren().add(section);
    }

    private void dependence(String material) {
        FollowUpWords words = words();
        VBox section = section("followup.section.dependence");
        List<DependenceTrend.Point> points = loaded.dependence().getOrDefault(material, List.of());
        if (points.isEmpty()) {
            section.getChildren().add(muted(Messages.get("followup.screen.noDependence")));
        }
        for (String consumer : List.of(Country.WORLD, Country.JAPAN)) {
            List<DependenceTrend.Point> own = points.stream().filter(p -> p.consumer().equals(consumer)).toList();
            if (own.isEmpty()) {
                continue;
            }
            section.getChildren().add(bold(Messages.get(Country.WORLD.equals(consumer)
                    ? "followup.screen.world" : "followup.screen.japan")));
            BarRows bars = new BarRows(1);
            for (DependenceTrend.Point p : own) {
                bars.add(Messages.get("followup.screen.dependenceRow", String.valueOf(p.year()),
                                words.materialName(p.item()), words.stageName(p.stage())),
                        p.topShare(), Messages.get("followup.screen.dependenceValue",
                                p.topCountry() == null ? "—" : words.country(p.topCountry()), words.percent(p.topShare()),
                                String.format(java.util.Locale.ROOT, "%.2f", p.hhi())),
                        Country.WORLD.equals(consumer) ? "followup-bar-world" : "followup-bar-japan");
            }
            section.getChildren().add(bars.node());
        }
        if (!points.isEmpty()) {
            section.getChildren().add(small(Messages.get("followup.dependence.method")));
            sources(section, points.stream().map(DependenceTrend.Point::source).toList());
        }
        content.getChildren().add(section);
    }

    /** The totals of certified plans as the documents state them, both where a document disagrees with itself. */
    private void totals() {
        List<PlanTotal> totals = loaded.followUp().planTotals();
        if (totals.isEmpty()) {
            return;
        }
        VBox section = section("followup.section.totals");
        BarRows bars = new BarRows(totals.stream().mapToInt(PlanTotal::total).max().orElse(1));
        for (PlanTotal total : totals) {
            bars.add(total.asOf().toString(), total.total(), Messages.get("followup.screen.plans", total.total()), "followup-bar-plans");
        }
        section.getChildren().add(bars.node());
        totals.stream().map(PlanTotal::note).filter(n -> !n.isEmpty()).forEach(n -> section.getChildren().add(note(n)));
        sources(section, totals.stream().map(PlanTotal::source).toList());
        content.getChildren().add(section);
    }

    /** This round beside the previous: one bar of 100 % per round, then the figures category by category. */
    private void rounds() {
        FollowUpWords words = words();
        List<ReportStatus> rounds = new ArrayList<>();
        loaded.followUp().latestRound().ifPresent(rounds::add);
        loaded.followUp().previousRound().ifPresent(rounds::add);
        if (rounds.isEmpty()) {
            return;
        }
        VBox section = section("followup.section.reports");
        for (ReportStatus round : rounds) {
            section.getChildren().addAll(bold(words.roundTitle(round)), stackedBar(round));
        }
        GridPane table = new GridPane();
        table.getStyleClass().add("followup-report-table");
        table.setHgap(16);
        table.setVgap(4);
        double first = 40;
        ColumnConstraints category = new ColumnConstraints();
        category.setPercentWidth(first);
        table.getColumnConstraints().add(category);
        for (int i = 0; i < rounds.size(); i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth((100 - first) / rounds.size());
            table.getColumnConstraints().add(column);
        }
        table.add(BarRows.wrapping(Messages.get("followup.screen.category")), 0, 0);
        for (int i = 0; i < rounds.size(); i++) {
            table.add(bold(Messages.get("followup.screen.roundShort", String.valueOf(rounds.get(i).round()),
                    String.valueOf(rounds.get(i).reports()))), i + 1, 0);
        }
        int row = 1;
        for (ReportCategory c : ReportCategory.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("followup-swatch", "followup-report-" + c.column());
            swatch.setMinWidth(Region.USE_PREF_SIZE);
            Label name = BarRows.wrapping(Messages.get("followup.report." + c.column()));
            HBox.setHgrow(name, Priority.ALWAYS);
            HBox label = new HBox(8, swatch, name);
            label.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            table.add(label, 0, row);
            for (int i = 0; i < rounds.size(); i++) {
                ReportStatus r = rounds.get(i);
                String value = r.count(c) != null
                        ? Messages.get("followup.countPercent", String.valueOf(r.count(c)), words.percent(r.fraction(c).orElse(0)))
                        : r.percent(c) != null ? words.percent(r.percent(c) / 100) : "—";
                table.add(BarRows.wrapping(value), i + 1, row);
            }
            row++;
        }
        section.getChildren().add(table);
        rounds.stream().map(ReportStatus::note).filter(n -> !n.isEmpty()).forEach(n -> section.getChildren().add(note(n)));
        sources(section, rounds.stream().map(ReportStatus::source).toList());
        content.getChildren().add(section);
    }

    private Node stackedBar(ReportStatus round) {
        HBox bar = new HBox();
        bar.getStyleClass().add("followup-stacked");
        bar.setMinWidth(0);
        for (ReportCategory c : ReportCategory.values()) {
            double fraction = round.fraction(c).orElse(0);
            Region part = new Region();
            part.getStyleClass().addAll("followup-segment", "followup-report-" + c.column());
            part.setMinWidth(0);
            part.prefWidthProperty().bind(bar.widthProperty().multiply(fraction));
            part.maxWidthProperty().bind(part.prefWidthProperty());
            bar.getChildren().add(part);
        }
        return bar;
    }

    private void causes(String material) {
        List<Cause> causes = loaded.followUp().causes();
        if (causes.isEmpty()) {
            return;
        }
        FollowUpWords words = words();
        VBox section = section("followup.section.allCauses");
        for (Cause cause : causes) {
            String named = cause.materials().isEmpty() ? Messages.get("followup.screen.noMaterialNamed")
                    : cause.materials().stream().map(words::materialName).collect(words.listJoiner());
            Label line = BarRows.wrapping(Messages.get("followup.screen.causeRow", String.valueOf(cause.number()),
                    cause.title(language()), named));
            if (material != null && cause.materials().contains(material)) {
                line.getStyleClass().addAll("text-bold", "followup-cause-own");
                line.setText(Messages.get("followup.screen.causeOwn", line.getText()));
            }
            section.getChildren().add(line);
        }
        sources(section, causes.stream().map(Cause::source).toList());
        content.getChildren().add(section);
    }

    private VBox section(String headingKey) {
        Label heading = BarRows.wrapping(Messages.get(headingKey));
        heading.getStyleClass().add("title-4");
        VBox section = new VBox(8, heading);
        section.getStyleClass().add("followup-section");
        section.setPadding(new Insets(0, 0, 4, 0));
        return section;
    }

    private void sources(VBox section, List<String> sources) {
        for (String source : new LinkedHashSet<>(sources)) {
            Label label = small(Messages.get("followup.screen.source", source));
            label.getStyleClass().add("followup-source");
            section.getChildren().add(label);
        }
    }

    private Label note(Note note) {
        Label label = small(Messages.get("followup.noteLine", note.in(language())));
        label.getStyleClass().add("followup-note");
        return label;
    }

    private static Label small(String text) {
        Label label = BarRows.wrapping(text);
        label.getStyleClass().addAll("text-small", "text-muted");
        return label;
    }

    private static Label muted(String text) {
        Label label = BarRows.wrapping(text);
        label.getStyleClass().add("text-muted");
        return label;
    }

    private static Label bold(String text) {
        Label label = BarRows.wrapping(text);
        label.getStyleClass().add("text-bold");
        return label;
    }

    /** A material with its evaluation mark, so the list reads as the follow-up at a glance. */
    private final class MaterialCell extends ListCell<Material> {
        @Override
        protected void updateItem(Material material, boolean empty) {
            super.updateItem(material, empty);
            if (empty || material == null || loaded == null) {
                setText(null);
                return;
            }
            String mark = loaded.followUp().latestEvaluation(material.key()).map(e -> e.mark().symbol()).orElse("　");
            setText(mark + " " + material.name(Messages.locale()));
            setWrapText(true);
            setPrefWidth(0);
        }
    }
}
