package tenken.views.chokepoint;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import tenken.assets.Messages;
import tenken.graph.concentration.Level;
import tenken.store.model.Country;
import tenken.store.model.Stage;
import tenken.views.canvas.GraphView;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.common.Levels;
import tenken.views.common.Names;
import tenken.views.export.ScreenExport;
import tenken.views.export.ui.PictureScreen;
import tenken.views.model.SupplyNetworks;
import tenken.views.model.GraphFocus;
import tenken.views.picture.Emphasis;
import tenken.views.picture.GraphFilter;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.PictureEdge;
import tenken.views.picture.PictureNode;
import tenken.views.picture.SupplyNetwork;
import tenken.views.workbench.Subscriptions;
import tenken.views.workbench.WorkbenchContext;
import tenken.views.workbench.WorkbenchScreen;

/**
 * The chokepoint graph: countries on the left, item–stages in columns downstream to the right, edges
 * weighted by share and marked by level; filters by stage, level and share threshold; a click (or the
 * node search) focuses a node's neighbourhood, Esc or the background clears it.
 */
public final class ChokepointController implements WorkbenchScreen, PictureScreen {

    private final WorkbenchContext context;
    private final GraphModel model;
    private String focused;
    /** An item to show with a country focused (from the strengths screen), once the graph is laid out. */
    private GraphFocus pending;
    private boolean refreshingChoices;
    /**
     * World production is shown because the strengths screen asked for an item (Japan's share of world
     * supply), not because the user chose it: the subtitle says so until the user picks Japan again.
     */
    private boolean worldForStrengths;
    /** The zoom of the window this one replaced, applied once the graph is laid out. */
    private GraphZoom keptZoom;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML private ComboBox<String> consumerChoice;
    @FXML private CheckComboBox<Stage> stageChoice;
    @FXML private ComboBox<Level> levelChoice;
    @FXML private Slider thresholdSlider;
    @FXML private Label thresholdLabel;
    @FXML private ComboBox<SupplyNetwork.Node> nodeSearch;
    @FXML private Button fitButton;
    @FXML private Button zoomInButton;
    @FXML private Button zoomOutButton;
    @FXML private Button clearFocusButton;
    @FXML private javafx.scene.control.ToggleButton legendToggle;
    @FXML private ProgressBar progress;
    @FXML private Button cancelButton;
    @FXML private Label failureLabel;
    @FXML private Node view;
    @FXML private GraphView graphView;
    @FXML private Label detail;

    public ChokepointController(WorkbenchContext context) {
        this.context = context;
        this.model = new GraphModel(context);
    }

    @FXML
    private void initialize() {
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        failureLabel.textProperty().bind(model.failureProperty());
        failureLabel.visibleProperty().bind(model.failureProperty().isNotEmpty());
        failureLabel.managedProperty().bind(failureLabel.visibleProperty());
        cancelButton.visibleProperty().bind(model.busyProperty());
        cancelButton.setOnAction(event -> model.cancel());
        // On every new picture, even one equal to the last (a page laid out again): a change listener would
        // skip that, and the view would keep a twin of what the model shows.
        model.pictureProperty().addListener((javafx.beans.Observable changed) ->
                graphView.setPicture(model.pictureProperty().get(), false));
        model.setOnLaidOut(() -> {
            graphView.fitToView();
            fillNodeSearch();
            if (pending != null) {
                applyPending();
            } else if (focused != null) {
                focus(focused);
            }
            if (keptZoom != null) {
                keptZoom.applyTo(graphView);
                keptZoom = null;
            }
        });
        subscriptions.add(context.pictureStyle().subscribe((old, style) -> model.setStyle(style)));
        GraphPaging.bind(model, graphView, context, subscriptions);

        consumerChoice.setConverter(consumerNames());
        // Japan is the subject of the act: its imports first and by default (issue 13 item 13).
        consumerChoice.getItems().setAll(Country.JAPAN, Country.WORLD);
        consumerChoice.setValue(Country.JAPAN);
        consumerChoice.valueProperty().addListener((obs, old, code) -> {
            if (!Country.WORLD.equals(code)) {
                worldForStrengths = false;
            }
            if (!refreshingChoices) {
                load();
            }
        });
        levelChoice.setItems(FXCollections.observableArrayList(Level.INSUFFICIENT, Level.CRITICAL, Level.HIGH,
                Level.NORMAL));
        levelChoice.setButtonCell(new LevelCell());
        levelChoice.setCellFactory(list -> new LevelCell());
        levelChoice.setValue(Level.INSUFFICIENT);
        levelChoice.valueProperty().addListener((obs, old, level) -> applyFilter());
        thresholdSlider.valueProperty().addListener((obs, old, value) -> {
            thresholdLabel.setText(Messages.get("graph.threshold", String.valueOf(Math.round(value.doubleValue()))));
            if (!thresholdSlider.isValueChanging()) {
                applyFilter();
            }
        });
        thresholdSlider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                applyFilter();
            }
        });
        thresholdLabel.setText(Messages.get("graph.threshold",
                String.valueOf(Math.round(thresholdSlider.getValue()))));
        applyFilter();
        stageChoice.getCheckModel().getCheckedItems().addListener((ListChangeListener<Stage>) change -> applyFilter());
        nodeSearch.setConverter(new StringConverter<>() {
            @Override
            public String toString(SupplyNetwork.Node node) {
                return node == null ? "" : node.label();
            }

            @Override
            public SupplyNetwork.Node fromString(String text) {
                return null;
            }
        });
        nodeSearch.valueProperty().addListener((obs, old, node) -> {
            if (node != null) {
                focus(node.id());
            }
        });
        fitButton.setOnAction(event -> graphView.fitToView());
        zoomInButton.setOnAction(event -> graphView.zoom(1.25));
        zoomOutButton.setOnAction(event -> graphView.zoom(0.8));
        clearFocusButton.setOnAction(event -> clearFocus());
        legendToggle.selectedProperty().bindBidirectional(graphView.legendShownProperty());
        graphView.setOnNodeClicked(this::focus);
        graphView.setOnBackgroundClicked(this::clearFocus);
        graphView.setOnNodeMoved(model::move);
        graphView.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE && focused != null
                    && !context.presentationProperty().get()) {
                clearFocus();
                event.consume();
            }
        });
        subscriptions.add(context.analysisProperty().subscribe((old, analysis) -> {
            fillChoices(analysis);
            load();
        }));
        fillChoices(context.analysis());
        context.graphFocusProperty().addListener((obs, old, request) -> request(request));
        if (context.graphFocusProperty().get() != null) {
            pending = context.graphFocusProperty().get();
        }
        if (pending != null) {
            prepare(pending);
        }
        load();
    }

    /**
     * Shows an item of world production with a country focused: switches to world production (the strengths
     * screen's figures are shares of world supply, and the subtitle then says why world production shows)
     * and lowers the share filter to let the country's edge through, then focuses once laid out.
     */
    private void request(GraphFocus request) {
        if (request == null) {
            return;
        }
        pending = request;
        boolean reload = prepare(request);
        if (!reload && model.visible() != null && !model.busyProperty().get()) {
            applyPending();
        }
    }

    /** Sets the consumer and the share filter for {@code request}; true when that lays the graph out again. */
    private boolean prepare(GraphFocus request) {
        boolean reload = false;
        worldForStrengths = true;
        if (!Country.WORLD.equals(consumerChoice.getValue())) {
            consumerChoice.setValue(Country.WORLD);
            reload = true;
        } else {
            showTitle();
        }
        double percent = Math.floor(request.share() * 100);
        if (thresholdSlider.getValue() > percent) {
            thresholdSlider.setValue(percent);
            reload = true;
        }
        return reload;
    }

    private void applyPending() {
        GraphFocus request = pending;
        pending = null;
        context.graphFocusProperty().set(null);
        focus(request.country(), SupplyNetworks.itemId(request.item()));
    }

    /** Consumer codes shown by name once the catalogue is loaded (the code until then). */
    private StringConverter<String> consumerNames() {
        return new StringConverter<>() {
            @Override
            public String toString(String code) {
                AnalysisSnapshot analysis = context.analysis();
                return code == null ? "" : analysis == null ? code : new Names(analysis.catalogue()).consumer(code);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        };
    }

    private void fillChoices(AnalysisSnapshot analysis) {
        if (analysis == null) {
            return;
        }
        Names names = new Names(analysis.catalogue());
        // The button shows the chosen consumer's name now that names are known.
        String consumer = consumerChoice.getValue();
        refreshingChoices = true;
        consumerChoice.setValue(null);
        consumerChoice.setValue(consumer);
        refreshingChoices = false;
        stageChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Stage stage) {
                return stage == null ? "" : names.stage(stage.key());
            }

            @Override
            public Stage fromString(String text) {
                return null;
            }
        });
        stageChoice.getItems().setAll(analysis.catalogue().stages());
    }

    /** Builds the network for the chosen consumer and lays it out, all off the FX thread. */
    private void load() {
        AnalysisSnapshot analysis = context.analysis();
        if (analysis == null) {
            return;
        }
        String consumer = consumerChoice.getValue();
        showTitle();
        model.load(() -> SupplyNetworks.of(analysis, consumer));
    }

    /** The title, and the subtitle naming the consumer shown (and why world production, when it is for strengths). */
    private void showTitle() {
        AnalysisSnapshot analysis = context.analysis();
        if (analysis == null) {
            return;
        }
        String consumer = worldForStrengths ? Messages.get("graph.consumerForStrengths")
                : new Names(analysis.catalogue()).consumer(consumerChoice.getValue());
        model.setTitle(Messages.get("graph.title"), Messages.get("graph.subtitle", consumer));
    }

    private void applyFilter() {
        Set<String> stages = new HashSet<>();
        stageChoice.getCheckModel().getCheckedItems().forEach(stage -> stages.add(stage.key()));
        model.setFilter(new GraphFilter(stages, levelChoice.getValue() == null ? Level.INSUFFICIENT : levelChoice.getValue(),
                thresholdSlider.getValue() / 100));
    }

    private void fillNodeSearch() {
        SupplyNetwork visible = model.visible();
        List<SupplyNetwork.Node> nodes = visible == null ? List.of()
                : visible.nodes().stream().sorted(java.util.Comparator.comparing(SupplyNetwork.Node::label)).toList();
        nodeSearch.getItems().setAll(nodes);
    }

    /** Dims all but the node and its neighbours, and zooms to them. */
    public void focus(String id) {
        focus(id, null);
    }

    /**
     * Focuses {@code id}; with {@code itemId}, brings forward that item, its suppliers and inputs and the
     * focused node (a country's part in one item) instead of the node's whole neighbourhood.
     */
    public void focus(String id, String itemId) {
        if (model.shown() == null) {
            return;
        }
        String wanted = itemId != null && model.pageOf(itemId) >= 0 ? itemId : id;
        if (model.shown().node(wanted) == null && model.pageOf(wanted) >= 0) {
            // On the projector the node may be on another page: turn to it (to the item's, when one is asked for).
            model.showPage(model.pageOf(wanted));
            graphView.fitToView();
        }
        SupplyNetwork visible = model.shown();
        if (visible.node(id) == null) {
            return;
        }
        focused = id;
        Set<String> neighbourhood = new HashSet<>(itemId != null && visible.node(itemId) != null
                ? visible.neighbourhood(itemId) : visible.neighbourhood(id));
        neighbourhood.add(id);
        model.setEmphasis(new Emphasis(neighbourhood, Set.of()));
        GraphPicture picture = model.pictureProperty().get();
        PictureEdge.Box box = picture.boundsOf(neighbourhood);
        if (box != null) {
            graphView.fitTo(box.minX(), box.minY(), box.maxX(), box.maxY());
        }
        PictureNode node = picture.node(id);
        PictureNode item = itemId == null ? null : picture.node(itemId);
        detail.setText((item == null ? "" : item.tooltip() + "\n\n") + (node == null ? "" : node.tooltip()));
    }

    private void clearFocus() {
        focused = null;
        model.setEmphasis(Emphasis.NONE);
        detail.setText(Messages.get("graph.clickHint"));
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public List<ScreenExport> exports(AnalysisSnapshot analysis) {
        GraphPicture picture = model.pictureProperty().get();
        if (model.visible() == null || picture == null) {
            return List.of();
        }
        return List.of(new ScreenExport.Graph(analysis, consumer(), model.visible(), model.emphasis(),
                model.title(), model.subtitle()));
    }

    /**
     * The consumer (and whether world production is shown for the strengths screen), the filter, the focused
     * node and the zoom, which a rebuilt window takes up.
     */
    record Kept(String consumer, boolean worldForStrengths, Level level, double threshold, String focused,
            GraphZoom zoom) implements State {
    }

    @Override
    public State state() {
        return new Kept(consumerChoice.getValue(), worldForStrengths, levelChoice.getValue(),
                thresholdSlider.getValue(), focused, graphView.picture() == null ? null : GraphZoom.of(graphView));
    }

    @Override
    public void restore(State state) {
        if (!(state instanceof Kept kept)) {
            return;
        }
        focused = kept.focused();
        keptZoom = kept.zoom();
        levelChoice.setValue(kept.level());
        thresholdSlider.setValue(kept.threshold());
        if (kept.consumer() != null && !kept.consumer().equals(consumerChoice.getValue())) {
            consumerChoice.setValue(kept.consumer());
        } else {
            applyFilter();
        }
        if (kept.worldForStrengths() && Country.WORLD.equals(consumerChoice.getValue())) {
            worldForStrengths = true;
            showTitle();
        }
    }

    @Override
    public void dispose() {
        subscriptions.release();
        model.cancel();
    }

    /** For tests: the model, the view and the focused node. */
    public GraphModel model() {
        return model;
    }

    public GraphView graphView() {
        return graphView;
    }

    public String focused() {
        return focused;
    }

    /** The consumer shown (ISO3, or WLD for world production); exports read it. */
    public String consumer() {
        return consumerChoice.getValue();
    }

    private static final class LevelCell extends ListCell<Level> {
        @Override
        protected void updateItem(Level level, boolean empty) {
            super.updateItem(level, empty);
            setText(empty || level == null ? null : level == Level.INSUFFICIENT ? Messages.get("overview.allLevels")
                    : Messages.get("overview.atLeast", Levels.name(level)));
        }
    }
}
