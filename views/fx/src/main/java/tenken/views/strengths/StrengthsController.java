package tenken.views.strengths;

import tenken.graph.format.Percent;
import java.util.List;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import tenken.assets.Messages;
import tenken.graph.concentration.Leverage;
import tenken.store.model.Country;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.common.Levels;

import tenken.views.picture.StrengthsChart;
import tenken.views.model.GraphFocus;
import tenken.views.model.Screen;
import tenken.views.model.Strengths;
import tenken.views.model.StrengthsText;
import tenken.views.export.ScreenExport;
import tenken.views.export.ui.PictureScreen;
import tenken.views.workbench.Subscriptions;
import tenken.views.workbench.WorkbenchContext;
import tenken.views.workbench.WorkbenchScreen;

/**
 * 日本の強み: the items of whose world supply Japan holds at least the minimum (by default the stored high
 * threshold), ranked by share, each as a card with Japan's share and rank, level, year, what the figure
 * measures, its source, the consumers that depend on Japan and the technology-leakage mark. A click on a
 * card, or Enter on it, opens the item on the chokepoint graph with Japan focused; ↑ and ↓ move between
 * cards.
 */
public final class StrengthsController implements WorkbenchScreen, PictureScreen {

    /** The spinner's step, in percentage points. */
    private static final double STEP = 5;

    private final WorkbenchContext context;
    private Strengths strengths;
    private boolean minimumTouched;
    private boolean settingSpinner;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML private Node view;

    @FXML private Spinner<Double> minimumSpinner;
    @FXML private Label minimumNote;
    @FXML private Button resetButton;
    @FXML private ScrollPane scroller;
    @FXML private VBox cards;
    @FXML private Label belowNote;
    @FXML private Label explain;
    @FXML private Label hint;

    public StrengthsController(WorkbenchContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        // Through MessageFormat, as every other text: FXML's %key would show an apostrophe doubled.
        explain.setText(Messages.get("strengths.explain"));
        hint.setText(Messages.get("strengths.hint"));
        SpinnerValueFactory.DoubleSpinnerValueFactory percent = new SpinnerValueFactory.DoubleSpinnerValueFactory(0,
                100, 50, STEP);
        percent.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : Percent.of(value / 100);
            }

            @Override
            public Double fromString(String text) {
                try {
                    return Math.max(0, Math.min(100, Double.parseDouble(text.replace("%", "").strip())));
                } catch (NumberFormatException e) {
                    return percent.getValue();
                }
            }
        });
        minimumSpinner.setValueFactory(percent);
        minimumSpinner.valueProperty().addListener((obs, old, value) -> {
            if (value != null && !Objects.equals(old, value) && !settingSpinner) {
                minimumTouched = true;
                show(context.analysis());
            }
        });
        resetButton.setOnAction(event -> {
            minimumTouched = false;
            show(context.analysis());
        });
        subscriptions.add(context.analysisProperty().subscribe((old, analysis) -> show(analysis)));
        subscriptions.add(context.pictureStyle().subscribe((old, style) -> show(context.analysis())));
        show(context.analysis());
    }

    /** The minimum share listed, 0..1: the spinner's once the user has moved it, else the stored high threshold. */
    private double minimum(AnalysisSnapshot analysis) {
        return minimumTouched ? minimumSpinner.getValue() / 100 : analysis.thresholds().high();
    }

    private void show(AnalysisSnapshot analysis) {
        if (analysis == null) {
            return;
        }
        double minimum = minimum(analysis);
        if (!minimumTouched) {
            // Setting the spinner to the stored threshold is not the user's choice.
            settingSpinner = true;
            minimumSpinner.getValueFactory().setValue(minimum * 100);
            settingSpinner = false;
        }
        minimumNote.setText(Messages.get("strengths.minimumNote", Percent.of(analysis.thresholds().high())));
        strengths = Strengths.of(analysis, minimum);
        StrengthsText text = new StrengthsText(analysis.catalogue(), Messages.locale());
        List<Leverage> items = strengths.items();
        cards.getChildren().clear();
        for (int i = 0; i < items.size(); i++) {
            cards.getChildren().add(card(i + 1, items.get(i), text));
        }
        if (items.isEmpty()) {
            Label none = new Label(Messages.get("strengths.none"));
            none.setWrapText(true);
            cards.getChildren().add(none);
        }
        belowNote.setText(strengths.below() == 0 ? Messages.get("strengths.count", items.size())
                : Messages.get("strengths.below", items.size(), strengths.below(), Percent.of(minimum)));
    }

    private VBox card(int position, Leverage leverage, StrengthsText text) {
        Label heading = wrapped(Messages.get("strengths.heading", position, text.item(leverage), ""), "title-4");
        HBox figure = new HBox(8);
        figure.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Region bar = new Region();
        bar.getStyleClass().add("strength-bar");
        String colour = context.pictureStyle().get().color(leverage.level());
        bar.setStyle("-fx-background-color: " + colour + ";");
        // The bar spans a fixed track, so that shares compare across cards: length ∝ share.
        bar.minWidthProperty().bind(scroller.widthProperty().multiply(0.3 * leverage.share()));
        bar.maxWidthProperty().bind(bar.minWidthProperty());
        bar.setMinHeight(Region.USE_PREF_SIZE);
        bar.setPrefHeight(18);
        FontIcon icon = new FontIcon(Levels.icon(leverage.level()));
        Label share = new Label(text.share(leverage), icon);
        share.getStyleClass().addAll("strength-share", Levels.styleClass(leverage.level()));
        Label standing = wrapped(text.standing(leverage), null);
        figure.getChildren().addAll(bar, share, standing);
        HBox.setHgrow(standing, javafx.scene.layout.Priority.ALWAYS);

        VBox card = new VBox(4, heading, figure);
        card.getStyleClass().add("strength-card");
        text.leakage(leverage).ifPresent(line -> {
            Label leakage = wrapped(line, "strength-leakage");
            card.getChildren().add(leakage);
            card.getStyleClass().add("strength-card-leakage");
        });
        text.basis(leverage).ifPresent(line -> card.getChildren().add(wrapped(line, "strength-basis")));
        card.getChildren().add(wrapped(text.dependents(leverage), null));
        card.getChildren().add(wrapped(text.source(leverage), "text-small"));
        card.setFocusTraversable(true);
        card.setUserData(leverage);
        card.setAccessibleText(text.tooltip(leverage));
        card.setOnMouseClicked(event -> {
            card.requestFocus();
            open(leverage);
        });
        card.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                open(leverage);
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP) {
                move(card, event.getCode() == KeyCode.DOWN ? 1 : -1);
                event.consume();
            }
        });
        card.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                reveal(card);
            }
        });
        return card;
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }

    private void move(Node card, int by) {
        int index = cards.getChildren().indexOf(card) + by;
        if (index >= 0 && index < cards.getChildren().size() && cards.getChildren().get(index).isFocusTraversable()) {
            cards.getChildren().get(index).requestFocus();
        }
    }

    /** Scrolls so that the whole card shows (its top when it is taller than the view). */
    private void reveal(Node card) {
        double content = cards.getHeight();
        double viewport = scroller.getViewportBounds().getHeight();
        if (content <= viewport) {
            return;
        }
        Bounds bounds = card.getBoundsInParent();
        double top = scroller.getVvalue() * (content - viewport);
        double target = top;
        if (bounds.getMinY() < top) {
            target = bounds.getMinY();
        } else if (bounds.getMaxY() > top + viewport) {
            target = Math.min(bounds.getMinY(), bounds.getMaxY() - viewport);
        }
        scroller.setVvalue(target / (content - viewport));
    }

    /** Opens the item on the chokepoint graph of world production, with Japan focused. */
    private void open(Leverage leverage) {
        context.focusGraph(new GraphFocus(leverage.item(), Country.JAPAN, leverage.share()));
        context.open(Screen.CHOKEPOINT);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public List<ScreenExport> exports(AnalysisSnapshot analysis) {
        StrengthsChart chart = chart();
        return chart == null ? List.of() : List.of(new ScreenExport.Strengths(chart));
    }

    @Override
    public void dispose() {
        subscriptions.release();
    }

    /** What the screen lists; tests and the export read it. */
    public Strengths strengths() {
        return strengths;
    }

    /** The picture of what the screen lists, in the session language. */
    public StrengthsChart chart() {
        AnalysisSnapshot analysis = context.analysis();
        return strengths == null || analysis == null ? null
                : strengths.chart(new StrengthsText(analysis.catalogue(), Messages.locale()));
    }

    /** The cards, in order; for tests. */
    public List<Node> cards() {
        return List.copyOf(cards.getChildren());
    }

    public Spinner<Double> minimumSpinner() {
        return minimumSpinner;
    }
}
