package tenken.views.dependency;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import tenken.assets.Messages;
import tenken.store.model.Material;
import tenken.views.canvas.ChartView;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.common.Names;
import tenken.views.export.ScreenExport;
import tenken.views.export.ui.PictureScreen;
import tenken.views.picture.ChartPicture;
import tenken.views.picture.ChartPictureBuilder;
import tenken.views.picture.DependencyChart;
import tenken.views.workbench.Subscriptions;
import tenken.views.workbench.WordWrap;
import tenken.views.workbench.WorkbenchContext;
import tenken.views.workbench.WorkbenchScreen;

/**
 * The dependency screen: a material or item, a consumer, and per stage the suppliers' shares at face
 * value beside their look-through exposure; bars tell their source and year on hover, and a click puts
 * them in the side panel, which also lists every panel's full source.
 */
public final class DependencyController implements WorkbenchScreen, PictureScreen {

    private final WorkbenchContext context;
    private final DependencyViewModel model;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML private Node view;

    @FXML private ComboBox<Material> materialChoice;
    @FXML private ComboBox<String> consumerChoice;
    @FXML private ProgressIndicator progress;
    @FXML private Button cancelButton;
    @FXML private ScrollPane chartScroll;
    @FXML private ChartView chartView;
    @FXML private Label selectedFigure;
    @FXML private VBox sourceBox;

    public DependencyController(WorkbenchContext context) {
        this.context = context;
        this.model = new DependencyViewModel(context);
    }

    @FXML
    private void initialize() {
        WordWrap.install(selectedFigure);
        progress.visibleProperty().bind(model.busyProperty());
        cancelButton.visibleProperty().bind(model.busyProperty());
        cancelButton.setOnAction(event -> model.cancel());
        materialChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Material material) {
                if (material == null) {
                    return "";
                }
                String name = material.name(Messages.locale());
                return material.parentKey() == null ? name : Messages.get("dependency.itemChoice", name);
            }

            @Override
            public Material fromString(String text) {
                return null;
            }
        });
        materialChoice.valueProperty().addListener((obs, old, material) -> {
            if (material != null && !material.key().equals(context.materialProperty().get())) {
                context.materialProperty().set(material.key());
            }
        });
        consumerChoice.valueProperty().addListener((obs, old, code) -> {
            if (code != null) {
                model.consumerProperty().set(code);
            }
        });
        subscriptions.add(context.analysisProperty().subscribe((old, analysis) -> fillChoices()));
        subscriptions.add(context.materialProperty().subscribe((old, key) -> selectMaterial(key)));
        model.chartProperty().addListener((obs, old, chart) -> draw());
        subscriptions.add(context.pictureStyle().subscribe((old, style) -> draw()));
        chartScroll.viewportBoundsProperty().addListener((obs, old, bounds) -> {
            showVisibleBand();
            if (old == null || Math.abs(old.getWidth() - bounds.getWidth()) > 1) {
                draw();
            }
        });
        chartScroll.vvalueProperty().addListener((obs, old, value) -> showVisibleBand());
        chartView.heightProperty().addListener((obs, old, height) -> showVisibleBand());
        chartView.setOnBarClicked(bar -> selectedFigure.setText(bar.tooltip()));
        fillChoices();
        model.refresh();
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public List<ScreenExport> exports(AnalysisSnapshot analysis) {
        DependencyChart chart = model.chartProperty().get();
        return chart == null || chart.panels().isEmpty() ? List.of() : List.of(new ScreenExport.Chart(chart));
    }

    /** The consumer chosen; the material is the context's, which outlives the window anyway. */
    record Kept(String consumer) implements State {
    }

    @Override
    public State state() {
        return new Kept(model.consumerProperty().get());
    }

    @Override
    public void restore(State state) {
        if (state instanceof Kept kept && kept.consumer() != null) {
            consumerChoice.setValue(kept.consumer());
            model.consumerProperty().set(kept.consumer());
        }
    }

    @Override
    public void dispose() {
        subscriptions.release();
        model.dispose();
    }

    /**
     * Tells the chart which band of it is in view, so that it draws only that. The band is computed from
     * the scroll bar as the scroll pane places its content ({@code top = vvalue × (content − viewport)}),
     * on every scroll, resize and new chart: the viewport bounds alone are not updated on every scroll,
     * and a band left behind drew the chart blank from there on (issue 13, item 1).
     */
    private void showVisibleBand() {
        double viewport = chartScroll.getViewportBounds().getHeight();
        double scrollable = Math.max(0, chartView.getHeight() - viewport);
        double range = chartScroll.getVmax() - chartScroll.getVmin();
        double position = range <= 0 ? 0 : (chartScroll.getVvalue() - chartScroll.getVmin()) / range;
        chartView.setVisible(position * scrollable, viewport);
    }

    private void fillChoices() {
        materialChoice.setItems(FXCollections.observableArrayList(model.choices()));
        consumerChoice.setItems(FXCollections.observableArrayList(model.consumers()));
        if (context.analysis() != null) {
            Names names = new Names(context.analysis().catalogue());
            consumerChoice.setConverter(new StringConverter<>() {
                @Override
                public String toString(String code) {
                    return code == null ? "" : names.consumer(code);
                }

                @Override
                public String fromString(String text) {
                    return null;
                }
            });
        }
        consumerChoice.setValue(model.consumerProperty().get());
        selectMaterial(context.materialProperty().get());
    }

    private void selectMaterial(String key) {
        materialChoice.getItems().stream().filter(m -> m.key().equals(key)).findFirst()
                .ifPresentOrElse(materialChoice::setValue, () -> {
                    if (key == null && !materialChoice.getItems().isEmpty()) {
                        materialChoice.setValue(materialChoice.getItems().get(0));
                    }
                });
    }

    private void draw() {
        DependencyChart chart = model.chartProperty().get();
        if (chart == null) {
            return;
        }
        double width = Math.max(480, chartScroll.getViewportBounds().getWidth());
        ChartPicture picture = new ChartPictureBuilder(context.pictureStyle().get()).build(chart, width);
        chartView.setPicture(picture);
        // Sources are long: labels wrap to the panel's width, between words, their web addresses whole.
        sourceBox.getChildren().setAll(model.trendProperty().get().stream().map(line -> {
            Label label = new Label(line);
            WordWrap.install(label);
            label.getStyleClass().add("trend-line");
            return label;
        }).toList());
        sourceBox.getChildren().addAll(chart.panels().stream().map(panel -> {
            Label label = new Label(Messages.get("dependency.panelSource", panel.heading(),
                    String.valueOf(panel.year()), panel.source()));
            WordWrap.install(label);
            return label;
        }).toList());
        selectedFigure.setText(Messages.get("dependency.clickHint"));
    }

    /** For tests: the trend lines and sources shown under the chart. */
    public List<String> notesShown() {
        return sourceBox.getChildren().stream().map(node -> ((Label) node).getText()).toList();
    }

    /** For tests: the chart on screen. */
    public ChartView chartView() {
        return chartView;
    }

    /** For tests: the scroll pane around the chart. */
    public ScrollPane chartScroll() {
        return chartScroll;
    }

    public DependencyViewModel model() {
        return model;
    }
}
