package tenken.views.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import tenken.assets.Messages;
import tenken.views.workbench.TableFit;
import tenken.views.workbench.WholeTable;
import tenken.graph.concentration.Level;
import tenken.graph.lookthrough.ItemLoss;
import tenken.store.model.Country;
import tenken.views.canvas.GraphView;
import tenken.views.catalogue.ShareBarCell;
import tenken.views.chokepoint.GraphModel;
import tenken.views.chokepoint.GraphPaging;
import tenken.views.chokepoint.GraphZoom;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.common.Names;
import tenken.views.model.Preset;
import tenken.views.model.ScenarioRow;
import tenken.views.model.Scenarios;
import tenken.views.model.SupplyNetworks;
import tenken.views.picture.Emphasis;
import tenken.views.picture.GraphFilter;
import tenken.views.presentation.PresentationMode;
import tenken.graph.format.Percent;
import tenken.views.workbench.Subscriptions;
import tenken.views.workbench.WorkbenchContext;
import tenken.views.workbench.WorkbenchScreen;

/**
 * The scenario screen: pick countries to cut and a fraction (or a preset from the seeds' export
 * controls), run it off the FX thread with progress and cancel, and see every designated material's
 * loss ranked, with the part of the graph the cut reaches brought forward and the rest dimmed.
 */
public final class ScenarioController implements WorkbenchScreen {

    /** The graph shows supply of at least this share: the small suppliers of everything would hide the rest. */
    static final double GRAPH_THRESHOLD = 0.05;

    private final WorkbenchContext context;
    private final GraphModel graph;
    /** Every country the list offers; {@link #countries} is what the filter lets through. */
    private final javafx.collections.ObservableList<String> allCountries = FXCollections.observableArrayList();
    private final FilteredList<String> countries = new FilteredList<>(allCountries);
    private Set<String> scope = Set.of();
    private Task<List<ItemLoss>> running;
    private String graphConsumer;
    /** Whether the table shows a result, which a rebuilt window computes again. */
    private boolean shown;
    /** The zoom of the window this one replaced, applied once the graph is laid out. */
    private GraphZoom keptZoom;
    private final Subscriptions subscriptions = new Subscriptions();

    /**
     * The result table's share of the height: on the projector each row is twice as tall, so the table
     * takes a little more, but no more than half: below it the graph needs room for its title, footnote
     * and at least a few rows of nodes at 24 px (at 0.58 it had none left at 1920×1080).
     */
    private static final double TABLE = 0.45;

    /**
     * On the projector the results are one page that scrolls: the table with every row (twelve designated
     * materials at 24 px do not fit beside a graph; a table scrolling inside a split hid seven of them), its
     * note, and below them the graph, as tall as the page's viewport so that each of its pages shows whole.
     */
    private final VBox projectorColumn = new VBox();
    private final ScrollPane projectorPage = new ScrollPane(projectorColumn);
    private WholeTable wholeTable;

    @FXML private SplitPane view;
    @FXML private SplitPane resultSplit;
    @FXML private VBox tableBox;
    @FXML private Label thinNote;

    @FXML private VBox presetBox;
    @FXML private TextField countryFilter;
    @FXML private CheckListView<String> countryList;
    @FXML private Slider fractionSlider;
    @FXML private Label fractionLabel;
    @FXML private ComboBox<String> consumerChoice;
    @FXML private Label scopeLabel;
    @FXML private Button allGoodsButton;
    @FXML private Button runButton;
    @FXML private ProgressBar progress;
    @FXML private Button cancelButton;
    @FXML private Label resultTitle;
    @FXML private TableView<ScenarioRow> resultTable;
    @FXML private TableColumn<ScenarioRow, Number> rankColumn;
    @FXML private TableColumn<ScenarioRow, String> materialColumn;
    @FXML private TableColumn<ScenarioRow, Double> lossColumn;
    @FXML private TableColumn<ScenarioRow, String> itemColumn;
    @FXML private TableColumn<ScenarioRow, Double> faceColumn;
    @FXML private TableColumn<ScenarioRow, ScenarioRow> noteColumn;
    @FXML private GraphView graphView;

    public ScenarioController(WorkbenchContext context) {
        this.context = context;
        this.graph = new GraphModel(context);
    }

    @FXML
    private void initialize() {
        countryList.setItems(countries);
        countryFilter.textProperty().addListener((obs, old, text) -> filterCountries(text));
        fractionSlider.valueProperty().addListener((obs, old, value) -> fractionLabel.setText(
                Percent.of(Math.round(value.doubleValue()) / 100.0)));
        fractionLabel.setText(Percent.of(1));
        consumerChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                AnalysisSnapshot analysis = context.analysis();
                return code == null ? "" : analysis == null ? code : new Names(analysis.catalogue()).consumer(code);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        consumerChoice.getItems().setAll(Country.JAPAN, Country.WORLD);
        consumerChoice.setValue(Country.JAPAN);
        allGoodsButton.setOnAction(event -> setScope(Set.of()));
        runButton.setOnAction(event -> run());
        cancelButton.setOnAction(event -> cancel());
        cancelButton.setVisible(false);
        progress.setVisible(false);
        rankColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                resultTable.getItems().indexOf(row.getValue()) + 1));
        materialColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().name()));
        lossColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().loss()));
        lossColumn.setCellFactory(column -> new ShareBarCell<>());
        itemColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().worstItem()));
        faceColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().faceValue()));
        faceColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Double value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : Percent.of(value));
            }
        });
        noteColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        noteColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(ScenarioRow row, boolean empty) {
                super.updateItem(row, empty);
                // Thin data and no data are said in words, with what they mean on hover.
                String note = empty || row == null ? null : row.loss() == null ? Messages.get("scenarioView.noData")
                        : row.insufficientData() ? Messages.get("scenarioView.thin") : null;
                setText(note);
                setTooltip(note == null ? null : new Tooltip(row.loss() == null
                        ? Messages.get("scenarioView.noDataTooltip") : Messages.get("scenarioView.thinExplain")));
            }
        });
        resultTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(ScenarioRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(row.tooltip()));
            }
        });
        TableFit.install(resultTable, materialColumn, itemColumn, noteColumn);
        graph.setFilter(new GraphFilter(Set.of(), Level.INSUFFICIENT, GRAPH_THRESHOLD));
        // On every new picture, even one equal to the last (a page laid out again): a change listener would
        // skip that, and the view would keep a twin of what the model shows.
        graph.pictureProperty().addListener((javafx.beans.Observable changed) ->
                graphView.setPicture(graph.pictureProperty().get(), false));
        graph.setOnLaidOut(() -> {
            showAffected();
            if (keptZoom != null) {
                keptZoom.applyTo(graphView);
                keptZoom = null;
            }
        });
        subscriptions.add(context.pictureStyle().subscribe((old, style) -> graph.setStyle(style)));
        GraphPaging.bind(graph, graphView, context, subscriptions);
        wholeTable = WholeTable.install(resultTable);
        thinNote.managedProperty().bind(thinNote.visibleProperty());
        thinNote.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> resultTable.getItems()
                .stream().anyMatch(ScenarioRow::insufficientData), resultTable.getItems()));
        projectorPage.setFitToWidth(true);
        projectorPage.getStyleClass().add(PresentationMode.PAGE);
        subscriptions.add(context.presentationProperty().subscribe(this::arrange));
        graphView.setOnNodeMoved(graph::move);
        subscriptions.add(context.analysisProperty().subscribe((old, analysis) -> fill(analysis)));
        fill(context.analysis());
    }

    /** At the desk the table and the graph share a split; on the projector they make one scrolling page. */
    private void arrange(boolean projector) {
        double[] dividers = view.getDividerPositions();
        if (projector) {
            resultSplit.getItems().clear();
            projectorColumn.getChildren().setAll(tableBox, graphView);
            VBox.setVgrow(resultTable, Priority.NEVER);
            graphView.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> projectorPage.getViewportBounds().getHeight(), projectorPage.viewportBoundsProperty()));
            graphView.prefHeightProperty().bind(graphView.minHeightProperty());
            view.getItems().set(1, projectorPage);
        } else {
            graphView.minHeightProperty().unbind();
            graphView.prefHeightProperty().unbind();
            graphView.setMinHeight(Region.USE_COMPUTED_SIZE);
            graphView.setPrefHeight(Region.USE_COMPUTED_SIZE);
            VBox.setVgrow(resultTable, Priority.ALWAYS);
            projectorColumn.getChildren().clear();
            resultSplit.getItems().setAll(tableBox, graphView);
            view.getItems().set(1, resultSplit);
            resultSplit.setDividerPositions(TABLE);
        }
        wholeTable.setOn(projector);
        view.setDividerPositions(dividers);
    }

    @Override
    public Node view() {
        return view;
    }

    /** The cut (countries, fraction, consumer, materials), whether it was run, and the graph's zoom. */
    record Kept(List<String> cut, double fraction, String consumer, Set<String> scope, boolean shown,
            GraphZoom zoom) implements State {
    }

    @Override
    public State state() {
        return new Kept(List.copyOf(countryList.getCheckModel().getCheckedItems()), fractionSlider.getValue(),
                consumerChoice.getValue(), scope, shown, graphView.picture() == null ? null : GraphZoom.of(graphView));
    }

    @Override
    public void restore(State state) {
        if (!(state instanceof Kept kept) || context.analysis() == null) {
            return;
        }
        keptZoom = kept.zoom();
        countryList.getCheckModel().clearChecks();
        kept.cut().forEach(countryList.getCheckModel()::check);
        fractionSlider.setValue(kept.fraction());
        consumerChoice.setValue(kept.consumer());
        setScope(kept.scope());
        // A preset's result is titled by the preset, in the new language.
        Scenarios.presets(context.analysis().catalogue()).stream()
                .filter(preset -> !kept.scope().isEmpty() && preset.materials().equals(kept.scope())
                        && kept.cut().equals(List.of(preset.country())))
                .findFirst().ifPresent(preset -> resultTitle.setText(preset.label()));
        loadGraph();
        if (kept.shown()) {
            run();
        }
    }

    @Override
    public void dispose() {
        subscriptions.release();
        cancel();
        graph.cancel();
    }

    private void fill(AnalysisSnapshot analysis) {
        if (analysis == null) {
            return;
        }
        Names names = new Names(analysis.catalogue());
        StringConverter<String> countryNames = new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : Messages.get("scenarioView.countryChoice", names.country(code), code);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        };
        allCountries.setAll(analysis.namedSuppliers()
                .stream().sorted(java.util.Comparator.comparing(names::country)).toList());
        countryList.setCellFactory(list -> {
            javafx.scene.control.cell.CheckBoxListCell<String> cell = new javafx.scene.control.cell.CheckBoxListCell<>(
                    countryList::getItemBooleanProperty);
            cell.setConverter(countryNames);
            return cell;
        });
        // The button shows the chosen consumer's name now that names are known; every importer with sourcing
        // of its own (from trade statistics too) joins the world and Japan.
        String consumer = consumerChoice.getValue();
        consumerChoice.setValue(null);
        List<String> consumers = new ArrayList<>(List.of(Country.WORLD, Country.JAPAN));
        analysis.data().countriesWithOwnSourcing().stream().filter(c -> !consumers.contains(c)).forEach(consumers::add);
        consumerChoice.getItems().setAll(consumers);
        consumerChoice.setValue(consumer);
        presetBox.getChildren().clear();
        for (Preset preset : Scenarios.presets(analysis.catalogue())) {
            Button button = new Button(preset.label());
            button.setWrapText(true);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("preset-button");
            button.setTooltip(new Tooltip(String.join("\n", preset.sources())));
            button.setOnAction(event -> apply(preset));
            presetBox.getChildren().add(button);
        }
        setScope(Set.of());
        loadGraph();
    }

    private void filterCountries(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        AnalysisSnapshot analysis = context.analysis();
        Names names = analysis == null ? null : new Names(analysis.catalogue());
        countries.setPredicate(code -> wanted.isEmpty() || code.toLowerCase(java.util.Locale.ROOT).contains(wanted)
                || names != null && names.country(code).toLowerCase(java.util.Locale.ROOT).contains(wanted));
    }

    /** Sets the preset's country, a full cut of its controlled materials, and runs it; the run, as {@link #run()}. */
    public Task<List<ItemLoss>> apply(Preset preset) {
        countryFilter.clear();
        countryList.getCheckModel().clearChecks();
        // A control by a country the data record no supply from (the Netherlands' on chip-making equipment) is
        // still that country's cut: it joins the list so that the run says what it costs, which is nothing known.
        if (!allCountries.contains(preset.country())) {
            Names names = new Names(context.analysis().catalogue());
            allCountries.add(preset.country());
            FXCollections.sort(allCountries, java.util.Comparator.comparing(names::country));
        }
        countryList.getCheckModel().check(preset.country());
        fractionSlider.setValue(100);
        setScope(preset.materials());
        resultTitle.setText(preset.label());
        return run();
    }

    private void setScope(Set<String> materials) {
        scope = Set.copyOf(materials);
        AnalysisSnapshot analysis = context.analysis();
        if (scope.isEmpty() || analysis == null) {
            scopeLabel.setText(Messages.get("scenarioView.scopeAll"));
        } else {
            Names names = new Names(analysis.catalogue());
            scopeLabel.setText(Messages.get("scenarioView.scopeSome",
                    scope.stream().map(names::material).sorted().collect(java.util.stream.Collectors.joining(Messages.get("common.listSeparator")))));
        }
        allGoodsButton.setDisable(scope.isEmpty());
    }

    private void loadGraph() {
        AnalysisSnapshot analysis = context.analysis();
        String consumer = consumerChoice.getValue();
        if (analysis == null || consumer.equals(graphConsumer)) {
            return;
        }
        graphConsumer = consumer;
        Names names = new Names(analysis.catalogue());
        graph.setTitle(Messages.get("scenarioView.graphTitle"), Messages.get("scenarioView.graphSubtitle",
                names.consumer(consumer), Percent.of(GRAPH_THRESHOLD)));
        graph.load(() -> SupplyNetworks.of(analysis, consumer));
    }

    /** Runs the chosen cut off the FX thread; the result replaces the table and the emphasis of the graph. */
    public Task<List<ItemLoss>> run() {
        AnalysisSnapshot analysis = context.analysis();
        Set<String> cut = new HashSet<>(countryList.getCheckModel().getCheckedItems());
        if (analysis == null || cut.isEmpty()) {
            resultTitle.setText(Messages.get("scenarioView.pickCountry"));
            return null;
        }
        cancel();
        loadGraph();
        double fraction = fractionSlider.getValue() / 100;
        String consumer = consumerChoice.getValue();
        Set<String> materials = scope;
        Names names = new Names(analysis.catalogue());
        if (materials.isEmpty()) {
            resultTitle.setText(Scenarios.customLabel(names, cut, fraction));
        }
        Task<List<ItemLoss>> task = new Task<>() {
            @Override
            protected List<ItemLoss> call() {
                updateProgress(-1, 1);
                return Scenarios.losses(analysis, consumer, cut, fraction, materials);
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        cancelButton.setVisible(true);
        runButton.setDisable(true);
        task.setOnSucceeded(event -> {
            finished(task);
            List<ItemLoss> losses = task.getValue();
            resultTable.getItems().setAll(Scenarios.ranked(analysis, consumer, losses));
            shown = true;
            // What the cut reaches, worst loss first, so that the first projector page shows the material the
            // cut hits hardest.
            Set<String> reached = new java.util.LinkedHashSet<>();
            losses.stream().filter(loss -> loss.loss() > Scenarios.SMALLEST_LOSS)
                    .sorted(java.util.Comparator.comparingDouble(ItemLoss::loss).reversed())
                    .forEach(loss -> reached.add(SupplyNetworks.itemId(loss.item())));
            Set<String> shown = new HashSet<>(cut);
            shown.addAll(reached);
            graph.setEmphasis(new Emphasis(shown, cut));
            // On the projector the pages show only what the cut reaches, the cut never collapsed; on the desk
            // the whole graph opens centred on it.
            graph.setPageScope(reached, cut);
            if (reached.isEmpty() && cut.stream().noneMatch(analysis.namedSuppliers()::contains)) {
                resultTitle.setText(Messages.get("scenarioView.noSupplyRecorded", resultTitle.getText(),
                        cut.stream().map(names::country).sorted()
                                .collect(java.util.stream.Collectors.joining(Messages.get("common.listSeparator")))));
            }
            showAffected();
        });
        task.setOnFailed(event -> {
            finished(task);
            resultTitle.setText(String.valueOf(task.getException().getMessage()));
        });
        task.setOnCancelled(event -> finished(task));
        running = task;
        context.run(task);
        return task;
    }

    /**
     * Fits the graph to what the scenario's cut reaches (the cut countries and the items they reach) when a result
     * is shown: that, not the graph's top left corner, is what the screen is about. Pages (the projector's) fit
     * whole and hold only what the cut reaches.
     */
    private void showAffected() {
        Set<String> affected = graph.emphasis().shown();
        if (graphView.picture() == null || affected.isEmpty() || graph.pageCountProperty().get() > 1
                || graph.pageRoom() != null) {
            graphView.fitToView();
        } else {
            graphView.showWhole(affected, graph.emphasis().cut());
        }
    }

    private void cancel() {
        if (running != null) {
            running.cancel(true);
        }
    }

    private void finished(Task<?> task) {
        if (running == task) {
            running = null;
        }
        progress.progressProperty().unbind();
        progress.setVisible(false);
        cancelButton.setVisible(false);
        runButton.setDisable(false);
    }

    /** For tests: the ranked rows, the graph and the presets offered. */
    public TableView<ScenarioRow> resultTable() {
        return resultTable;
    }

    public GraphModel graph() {
        return graph;
    }

    public List<Preset> presets() {
        return context.analysis() == null ? List.of() : Scenarios.presets(context.analysis().catalogue());
    }
}
