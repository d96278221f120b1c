package tenken.views.canvas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import tenken.assets.Fonts;
import tenken.assets.Messages;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.LegendEntry;
import tenken.views.picture.PictureEdge;
import tenken.views.picture.PictureNode;
import tenken.views.picture.PictureStyle;
import tenken.views.picture.Point;

/**
 * The chokepoint graph: a title band on top, the graph in a viewport of its own (a canvas with scroll
 * bars), and the legend and the footnote in bands of their own beside or below it, so that neither ever
 * covers a node. Zoom (wheel, {@code +}/{@code -}), pan (drag the background, arrow keys, shift+wheel,
 * scroll bars, Home/End), drag nodes, click a node, fit ({@code 0}), legend on and off ({@code L}), and
 * tooltips with the figure, its source and year for the node or edge under the mouse. Redraws are
 * coalesced to one per frame, and only what is on screen is drawn.
 *
 * <p>Fitting never shrinks labels below {@link #legibleScale()}: a graph too large for the viewport at
 * that scale is shown from its top left corner and the rest is reached by scrolling, not by shrinking.
 * Coordinates of the public API ({@link #toView}, {@link #zoomAt}, {@link #tooltipAt}) are this
 * region's own; the picture is drawn in the viewport, below the title band.
 *
 * <p>A graph in pages (the projector's, see {@code GraphPager}) shows Previous / Next and "i / n" at the
 * right of the title band, and turns pages with PageUp / PageDown; what a page holds is the model's concern.
 */
public final class GraphView extends Region {

    /** Zoom limits: from a whole 2,000-node graph on screen to one label filling it. */
    static final double MIN_SCALE = 0.01;
    static final double MAX_SCALE = 8;
    static final double KEY_ZOOM = 1.25;
    static final double KEY_PAN_PX = 80;
    /**
     * The smallest label, in screen pixels, that a fit keeps (issue 13): 12 px on a workstation, and the
     * style's small type where that is larger (24 px on the projector).
     */
    public static final double LEGIBLE_LABEL_PX = 12;
    /** Room around the picture inside the viewport, in screen pixels: it also keeps nodes clear of the scroll bars. */
    static final double MARGIN = 24;
    /** Pixels of movement below which a press and release count as a click, not a drag. */
    static final double CLICK_SLOP = 4;
    /** How near (screen px) the mouse must be to an edge for its tooltip. */
    static final double EDGE_TOLERANCE_PX = 4;
    /** A legend beside the graph may take at most this part of the width, a legend below at most this part of the height. */
    static final double LEGEND_SHARE = 0.4;

    private final Canvas canvas = new Canvas();
    private final Pane viewport = new Pane(canvas);
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final VBox header = new VBox(title, subtitle);
    private final FlowPane legend = new FlowPane();
    private final Label footer = new Label();
    private final Button previousPage = new Button();
    private final Button nextPage = new Button();
    private final Label pageLabel = new Label();
    private final HBox pageBar = new HBox(previousPage, pageLabel, nextPage);
    private IntConsumer onPageStep = step -> { };
    private final PictureRenderer renderer = new PictureRenderer(canvas.getGraphicsContext2D());
    private final Tooltip tooltip = new Tooltip();
    private GraphPicture picture;
    private double scale = 1;
    /** The view transform in viewport pixels: {@code viewport = picture × scale + translate}. */
    private double translateX;
    private double translateY;
    private boolean fitPending = true;
    private boolean dirty;
    private boolean syncingBars;
    private final BooleanProperty legendShown = new SimpleBooleanProperty(true);
    private String hovered;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private String dragged;
    private boolean moved;
    private Consumer<String> onNodeClicked = id -> { };
    private Runnable onBackgroundClicked = () -> { };
    private BiConsumer<String, Point> onNodeMoved = (id, at) -> { };

    public GraphView() {
        getStyleClass().add("graph-view");
        header.getStyleClass().add("graph-header");
        legend.getStyleClass().add("graph-legend");
        footer.getStyleClass().add("graph-footer");
        viewport.getStyleClass().add("graph-viewport");
        title.setWrapText(true);
        subtitle.setWrapText(true);
        footer.setWrapText(true);
        footer.setMinHeight(Region.USE_PREF_SIZE);
        horizontal.setOrientation(Orientation.HORIZONTAL);
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.setUnitIncrement(KEY_PAN_PX);
        vertical.setUnitIncrement(KEY_PAN_PX);
        // The bars only move the view; keys stay with the graph.
        horizontal.setFocusTraversable(false);
        vertical.setFocusTraversable(false);
        horizontal.setVisible(false);
        vertical.setVisible(false);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        viewport.getChildren().addAll(horizontal, vertical);
        pageBar.getStyleClass().add("graph-pages");
        pageBar.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        pageBar.setVisible(false);
        previousPage.getStyleClass().add("graph-previous-page");
        nextPage.getStyleClass().add("graph-next-page");
        pageLabel.getStyleClass().add("graph-page");
        previousPage.setMinWidth(Region.USE_PREF_SIZE);
        nextPage.setMinWidth(Region.USE_PREF_SIZE);
        // The buttons turn pages; the keys stay with the graph.
        previousPage.setFocusTraversable(false);
        nextPage.setFocusTraversable(false);
        previousPage.setOnAction(event -> onPageStep.accept(-1));
        nextPage.setOnAction(event -> onPageStep.accept(1));
        getChildren().addAll(header, pageBar, viewport, legend, footer);
        setFocusTraversable(true);
        setMinSize(200, 200);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(640);
        AnimationTimer painter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (dirty) {
                    dirty = false;
                    paint();
                }
            }
        };
        // Only while on screen: a running timer is held by the toolkit, and with it this view and whoever
        // handles its events, long after the window it belonged to was rebuilt.
        sceneProperty().subscribe(scene -> {
            if (scene == null) {
                painter.stop();
            } else {
                painter.start();
            }
        });
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        viewport.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        viewport.addEventHandler(MouseEvent.MOUSE_EXITED, event -> {
            tooltip.hide();
            setHovered(null);
        });
        viewport.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        // Any click in the view gives it the keys (0, +, −, L, arrows), on the background as on a node; the
        // press goes no further, or the tab pane around the screens takes the focus back.
        addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            requestFocus();
            event.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        horizontal.valueProperty().addListener((obs, old, value) -> {
            if (!syncingBars && picture != null) {
                translateX = MARGIN - picture.minX() * scale - value.doubleValue();
                repaint();
            }
        });
        vertical.valueProperty().addListener((obs, old, value) -> {
            if (!syncingBars && picture != null) {
                translateY = MARGIN - picture.minY() * scale - value.doubleValue();
                repaint();
            }
        });
        legendShown.addListener((obs, was, shown) -> requestLayout());
    }

    public void setPicture(GraphPicture picture, boolean fit) {
        GraphPicture old = this.picture;
        this.picture = picture;
        if (picture == null || old == null || !old.style().equals(picture.style())
                || !old.legend().equals(picture.legend())) {
            fillLegend();
        }
        fillBands();
        if (fit) {
            fitToView();
        }
        constrain();
        repaint();
    }

    public GraphPicture picture() {
        return picture;
    }

    public double scale() {
        return scale;
    }

    public void setOnNodeClicked(Consumer<String> handler) {
        onNodeClicked = handler;
    }

    public void setOnBackgroundClicked(Runnable handler) {
        onBackgroundClicked = handler;
    }

    public void setOnNodeMoved(BiConsumer<String, Point> handler) {
        onNodeMoved = handler;
    }

    /** Called with −1 or +1 when the user turns a page (buttons, PageUp, PageDown). */
    public void setOnPageStep(IntConsumer handler) {
        onPageStep = handler;
    }

    /** Shows page {@code index} (from 0) of {@code count}; the page bar shows only when there is more than one. */
    public void setPaging(int index, int count) {
        boolean paged = count > 1;
        previousPage.setText(Messages.get("graph.previousPage"));
        nextPage.setText(Messages.get("graph.nextPage"));
        pageLabel.setText(Messages.get("graph.page", String.valueOf(index + 1), String.valueOf(count)));
        pageLabel.setTooltip(new Tooltip(Messages.get("graph.pageTooltip")));
        previousPage.setDisable(index <= 0);
        nextPage.setDisable(index >= count - 1);
        if (pageBar.isVisible() != paged) {
            pageBar.setVisible(paged);
            requestLayout();
        }
    }

    /** Turns a page {@code step} (−1 or +1) as the buttons do; false when there is no page that way. */
    public boolean turnPage(int step) {
        Button button = step < 0 ? previousPage : nextPage;
        if (!pageBar.isVisible() || button.isDisabled()) {
            return false;
        }
        onPageStep.accept(step);
        return true;
    }

    /** The page bar's label ("i / n") and buttons, for tests. */
    public Label pageLabel() {
        return pageLabel;
    }

    public Button nextPageButton() {
        return nextPage;
    }

    public Button previousPageButton() {
        return previousPage;
    }

    /** The viewport's size as laid out: what a page must fit, less the margins. */
    public ReadOnlyObjectProperty<Bounds> viewportLayoutBounds() {
        return viewport.layoutBoundsProperty();
    }

    /** The room for the picture in the viewport at {@code style}'s legible scale, in picture units: width, height. */
    public double[] roomAtLegibleScale(PictureStyle style) {
        double legible = legibleScale(style);
        return new double[] {(viewportWidth() - 2 * MARGIN) / legible, (viewportHeight() - 2 * MARGIN) / legible};
    }

    /**
     * The smallest scale a fit uses: labels of {@link #LEGIBLE_LABEL_PX} on screen, or of the style's
     * small type where that is larger (24 px in presentation mode).
     */
    public double legibleScale() {
        return picture == null ? 1 : legibleScale(picture.style());
    }

    /** The legible scale of a picture in {@code style}. */
    public static double legibleScale(PictureStyle style) {
        return Math.max(LEGIBLE_LABEL_PX, style.smallFontSize()) / style.fontSize();
    }

    /**
     * Shows as much of the picture as fits at a legible scale (at most its whole, centred): the first
     * view, key 0 and the Fit button. What does not fit is reached with the scroll bars, from the top left
     * corner (countries) onwards.
     */
    public void fitToView() {
        if (picture == null) {
            return;
        }
        fitTo(picture.minX(), picture.minY(), picture.maxX(), picture.maxY());
    }

    /**
     * Scales a region of the picture (e.g. a focused neighbourhood) into the viewport, never below the
     * legible scale: centred when it fits, from its top left corner when it does not.
     */
    public void fitTo(double minX, double minY, double maxX, double maxY) {
        fitTo(minX, minY, maxX, maxY, false);
    }

    /**
     * Shows the nodes {@code ids} (what a scenario's cut reaches): all of them, centred, when they fit at a
     * legible scale; otherwise, at the legible scale, the view that shows the most of {@code first} (the cut
     * countries, where the story starts) whole, then cuts the fewest of {@code ids} at its edges (a box half shown
     * at the bottom edge reads as lying under the legend below it, issue 13), then shows the most of them whole,
     * then lies nearest their centre. The views tried put one of the nodes against each edge of the viewport,
     * clear of the scroll bars.
     */
    public void showWhole(Set<String> ids, Set<String> first) {
        PictureEdge.Box box = picture == null ? null : picture.boundsOf(ids);
        if (box == null) {
            fitToView();
            return;
        }
        fitTo(box.minX(), box.minY(), box.maxX(), box.maxY(), true);
        if (fitPending) {
            return;
        }
        List<PictureEdge.Box> extents = new ArrayList<>();
        List<Boolean> firsts = new ArrayList<>();
        List<PictureEdge.Box> all = renderer.nodeExtents(picture);
        for (int i = 0; i < all.size(); i++) {
            String id = picture.nodes().get(i).id();
            if (ids.contains(id)) {
                extents.add(all.get(i));
                firsts.add(first.contains(id));
            }
        }
        double right = viewportWidth() - (vertical.isVisible() ? vertical.prefWidth(-1) : 0);
        double bottom = viewportHeight() - (horizontal.isVisible() ? horizontal.prefHeight(-1) : 0);
        if (extents.stream().allMatch(e -> inside(e, translateX, translateY, right, bottom))) {
            return;
        }
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (PictureEdge.Box e : extents) {
            xs.add(axis(MARGIN - e.minX() * scale, picture.minX(), picture.maxX(), viewportWidth()));
            xs.add(axis(right - MARGIN - e.maxX() * scale, picture.minX(), picture.maxX(), viewportWidth()));
            ys.add(axis(MARGIN - e.minY() * scale, picture.minY(), picture.maxY(), viewportHeight()));
            ys.add(axis(bottom - MARGIN - e.maxY() * scale, picture.minY(), picture.maxY(), viewportHeight()));
        }
        double centreX = viewportWidth() / 2 - (box.minX() + box.maxX()) / 2 * scale;
        double centreY = viewportHeight() / 2 - (box.minY() + box.maxY()) / 2 * scale;
        double[] best = null;
        double[] bestScore = null;
        for (double x : xs) {
            for (double y : ys) {
                int cut = 0;
                int firstWhole = 0;
                int whole = 0;
                for (int i = 0; i < extents.size(); i++) {
                    PictureEdge.Box e = extents.get(i);
                    if (inside(e, x, y, right, bottom)) {
                        whole++;
                        firstWhole += firsts.get(i) ? 1 : 0;
                    } else if (meets(e, x, y, viewportWidth(), viewportHeight())) {
                        cut++;
                    }
                }
                double[] score = {whole == 0 ? 1 : 0, -firstWhole, cut, -whole, Math.hypot(x - centreX, y - centreY)};
                if (bestScore == null || Arrays.compare(score, bestScore) < 0) {
                    bestScore = score;
                    best = new double[] {x, y};
                }
            }
        }
        translateX = best[0];
        translateY = best[1];
        constrain();
        repaint();
    }

    /** Whether a node's extent lies wholly in the viewport at a translate, clear of scroll bars at right and bottom. */
    private boolean inside(PictureEdge.Box e, double x, double y, double right, double bottom) {
        return e.minX() * scale + x >= -0.5 && e.maxX() * scale + x <= right + 0.5
                && e.minY() * scale + y >= -0.5 && e.maxY() * scale + y <= bottom + 0.5;
    }

    /** Whether any of a node's extent shows in the viewport at a translate. */
    private boolean meets(PictureEdge.Box e, double x, double y, double width, double height) {
        return e.maxX() * scale + x > 0 && e.minX() * scale + x < width
                && e.maxY() * scale + y > 0 && e.minY() * scale + y < height;
    }

    private void fitTo(double minX, double minY, double maxX, double maxY, boolean centred) {
        double width = viewportWidth();
        double height = viewportHeight();
        if (width <= 0 || height <= 0) {
            // Not laid out yet: fitted once the viewport has a size.
            fitPending = true;
            return;
        }
        fitPending = false;
        double w = Math.max(1, maxX - minX);
        double h = Math.max(1, maxY - minY);
        double usableWidth = Math.max(1, width - 2 * MARGIN);
        double usableHeight = Math.max(1, height - 2 * MARGIN);
        double fitting = Math.min(usableWidth / w, usableHeight / h);
        scale = clamp(Math.max(fitting, legibleScale()));
        translateX = centred || w * scale <= usableWidth ? (width - w * scale) / 2 - minX * scale : MARGIN - minX * scale;
        translateY = centred || h * scale <= usableHeight ? (height - h * scale) / 2 - minY * scale : MARGIN - minY * scale;
        constrain();
        repaint();
    }

    /** Whether the legend is shown (key L); it has a band of its own and never covers the graph. */
    public BooleanProperty legendShownProperty() {
        return legendShown;
    }

    /** Zooms by {@code factor} about the point ({@code x}, {@code y}) of this view. */
    public void zoomAt(double factor, double x, double y) {
        zoomInViewport(factor, x - viewport.getLayoutX(), y - viewport.getLayoutY());
    }

    public void zoom(double factor) {
        zoomInViewport(factor, viewportWidth() / 2, viewportHeight() / 2);
    }

    public void pan(double dx, double dy) {
        translateX += dx;
        translateY += dy;
        constrain();
        repaint();
    }

    /** Picture coordinates of a point of this view. */
    public Point2D toPicture(double x, double y) {
        return inPicture(x - viewport.getLayoutX(), y - viewport.getLayoutY());
    }

    /** Coordinates in this view of a point of the picture. */
    public Point2D toView(double x, double y) {
        return new Point2D(x * scale + translateX + viewport.getLayoutX(), y * scale + translateY + viewport.getLayoutY());
    }

    /** The part of this view the graph is drawn in (its own coordinates): nothing else is drawn over it. */
    public Bounds viewportBounds() {
        return viewport.getBoundsInParent();
    }

    /** The horizontal and the vertical scroll bar, for tests and for the screens' keyboard help. */
    public ScrollBar horizontalBar() {
        return horizontal;
    }

    public ScrollBar verticalBar() {
        return vertical;
    }

    /**
     * Scrolls to the picture's last column (or its first, with {@code false}), with the node that reaches
     * furthest that way centred vertically: the far end of a tall graph is where its outermost node is,
     * not the empty corner above it.
     */
    public void scrollToEnd(boolean end) {
        if (picture == null || picture.nodes().isEmpty()) {
            return;
        }
        PictureNode outermost = picture.nodes().get(0);
        for (PictureNode node : picture.nodes()) {
            double reach = end ? node.x() + node.width() / 2 : -(node.x() - node.width() / 2);
            double best = end ? outermost.x() + outermost.width() / 2 : -(outermost.x() - outermost.width() / 2);
            if (reach > best) {
                outermost = node;
            }
        }
        translateX = end ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        translateY = viewportHeight() / 2 - outermost.y() * scale;
        constrain();
        repaint();
    }

    private void zoomInViewport(double factor, double x, double y) {
        double next = clamp(scale * factor);
        double applied = next / scale;
        translateX = x - (x - translateX) * applied;
        translateY = y - (y - translateY) * applied;
        scale = next;
        constrain();
        repaint();
    }

    private Point2D inPicture(double x, double y) {
        return new Point2D((x - translateX) / scale, (y - translateY) / scale);
    }

    private static double clamp(double value) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, value));
    }

    private double viewportWidth() {
        return viewport.getWidth();
    }

    private double viewportHeight() {
        return viewport.getHeight();
    }

    /**
     * Keeps the picture in reach: along an axis where it is smaller than the viewport it is centred;
     * where it is larger, neither of its ends may leave more than the margin empty. Then the scroll bars
     * follow: value 0 is the picture's start, the maximum its end.
     */
    private void constrain() {
        if (picture == null || viewportWidth() <= 0 || viewportHeight() <= 0) {
            return;
        }
        translateX = axis(translateX, picture.minX(), picture.maxX(), viewportWidth());
        translateY = axis(translateY, picture.minY(), picture.maxY(), viewportHeight());
        syncingBars = true;
        sync(horizontal, translateX, picture.minX(), picture.maxX(), viewportWidth());
        sync(vertical, translateY, picture.minY(), picture.maxY(), viewportHeight());
        syncingBars = false;
    }

    private double axis(double translate, double min, double max, double extent) {
        double size = (max - min) * scale;
        if (size + 2 * MARGIN <= extent) {
            return (extent - size) / 2 - min * scale;
        }
        double first = MARGIN - min * scale;
        double last = extent - MARGIN - max * scale;
        return Math.max(last, Math.min(first, translate));
    }

    private void sync(ScrollBar bar, double translate, double min, double max, double extent) {
        double content = (max - min) * scale + 2 * MARGIN;
        boolean needed = content > extent + 0.5;
        bar.setVisible(needed);
        bar.setMin(0);
        bar.setMax(Math.max(0, content - extent));
        // The thumb is to the track as the viewport is to the picture: visible amount / (max − min) = extent / content.
        bar.setVisibleAmount(bar.getMax() * extent / content);
        bar.setBlockIncrement(extent * 0.9);
        bar.setValue(Math.max(0, Math.min(bar.getMax(), MARGIN - min * scale - translate)));
    }

    public void repaint() {
        dirty = true;
    }

    /** Draws now rather than at the next frame; tests and snapshots use it. */
    public void paint() {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        if (picture == null || width <= 0 || height <= 0) {
            canvas.getGraphicsContext2D().clearRect(0, 0, width, height);
            return;
        }
        renderer.draw(picture, scale, translateX, translateY, width, height, hovered);
    }

    /** Title, subtitle and footnote as text that wraps at word boundaries, in the picture's type and colours. */
    private void fillBands() {
        if (picture == null) {
            title.setText(null);
            subtitle.setText(null);
            footer.setText(null);
            return;
        }
        PictureStyle style = picture.style();
        double pad = style.fontSize() * 0.6;
        setStyle("-fx-background-color: " + style.background() + ";");
        title.setStyle(textStyle(style.titleFontSize(), style.text(), true));
        subtitle.setStyle(textStyle(style.smallFontSize(), style.subtleText(), false));
        footer.setStyle(textStyle(style.smallFontSize(), style.subtleText(), false));
        header.setPadding(new Insets(pad, pad, pad * 0.5, pad));
        pageBar.setSpacing(pad);
        pageLabel.setStyle(textStyle(style.fontSize(), style.text(), true));
        // As wide for "1 / 9" as for "10 / 16": a page bar that changed width would wrap the title anew, and
        // the viewport's new height would page the graph again.
        double labelWidth = style.textWidth("888 / 888", style.fontSize());
        pageLabel.setMinWidth(labelWidth);
        pageLabel.setPrefWidth(labelWidth);
        pageLabel.setMaxWidth(labelWidth);
        pageLabel.setAlignment(javafx.geometry.Pos.CENTER);
        footer.setPadding(new Insets(pad * 0.5, pad, pad * 0.5, pad));
        title.setText(picture.title());
        subtitle.setText(picture.subtitle());
        footer.setText(picture.footnote());
    }

    /** One entry per legend line: its sample drawn by the renderer, its label as text. */
    private void fillLegend() {
        legend.getChildren().clear();
        if (picture == null) {
            return;
        }
        PictureStyle style = picture.style();
        double font = style.smallFontSize();
        legend.setHgap(font * 1.2);
        legend.setVgap(font * 0.3);
        legend.setPadding(new Insets(font * 0.3, font * 0.6, font * 0.3, font * 0.6));
        for (LegendEntry entry : picture.legend()) {
            double sample = font * 3;
            Canvas swatch = new Canvas(sample, font * 1.4);
            PictureRenderer.drawLegendSample(swatch.getGraphicsContext2D(), entry, style, 0, font * 0.7);
            Label label = new Label(entry.label());
            label.setStyle(textStyle(font, style.text(), false));
            label.setMinWidth(Region.USE_PREF_SIZE);
            HBox item = new HBox(font * 0.5, swatch, label);
            item.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            item.getStyleClass().add("graph-legend-entry");
            legend.getChildren().add(item);
        }
    }

    private static String textStyle(double size, String color, boolean bold) {
        return "-fx-font-family: \"" + Fonts.JAPANESE_FAMILY + "\"; -fx-font-size: " + size + "px; -fx-text-fill: "
                + color + ";" + (bold ? " -fx-font-weight: bold;" : "");
    }

    /**
     * The title band on top, the footnote band at the bottom; the legend beside the graph or below it,
     * wherever it takes less of the graph's room (and no more than {@link #LEGEND_SHARE} of it); the
     * viewport gets the rest, its scroll bars over its margin.
     */
    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        double barWidth = pageBar.isVisible() ? pageBar.prefWidth(-1) + header.getPadding().getRight() : 0;
        double headerWidth = Math.max(0, width - barWidth);
        double headerHeight = picture == null ? 0 : header.prefHeight(headerWidth);
        if (pageBar.isVisible()) {
            double barHeight = pageBar.prefHeight(barWidth);
            Insets pad = header.getPadding();
            pageBar.resizeRelocate(headerWidth, pad.getTop(), barWidth - pad.getRight(), barHeight);
            headerHeight = Math.max(headerHeight, pad.getTop() + barHeight + pad.getBottom());
        }
        header.resizeRelocate(0, 0, headerWidth, headerHeight);
        double footerHeight = picture == null ? 0 : footer.prefHeight(width);
        footer.resizeRelocate(0, height - footerHeight, width, footerHeight);
        double top = headerHeight;
        double bottom = height - footerHeight;
        double right = width;
        Bounds place = legendShown.get() && !legend.getChildren().isEmpty() ? legendPlace(width, top, bottom) : null;
        boolean showLegend = place != null;
        legend.setVisible(showLegend);
        if (showLegend) {
            legend.resizeRelocate(place.getMinX(), place.getMinY(), place.getWidth(), place.getHeight());
            if (place.getMinX() > 0) {
                right = place.getMinX();
            } else {
                bottom = place.getMinY();
            }
        }
        viewport.resizeRelocate(0, top, Math.max(0, right), Math.max(0, bottom - top));
        double viewWidth = viewport.getWidth();
        double viewHeight = viewport.getHeight();
        double bar = horizontal.prefHeight(-1);
        horizontal.resizeRelocate(0, viewHeight - bar, Math.max(0, viewWidth - bar), bar);
        vertical.resizeRelocate(viewWidth - bar, 0, bar, Math.max(0, viewHeight - bar));
        if (canvas.getWidth() != viewWidth || canvas.getHeight() != viewHeight) {
            canvas.setWidth(viewWidth);
            canvas.setHeight(viewHeight);
        }
        if (fitPending && picture != null && viewWidth > 0 && viewHeight > 0) {
            fitToView();
        }
        constrain();
        repaint();
    }

    /**
     * Where the legend goes between {@code top} and {@code bottom}: a column at the right, or a band below;
     * null when neither fits in {@link #LEGEND_SHARE} of the room, where the graph keeps the room (a short
     * pane such as the scenario's on the projector) and the legend waits for more space or the chokepoint
     * screen, rather than leave the graph no rows at all.
     */
    private Bounds legendPlace(double width, double top, double bottom) {
        double room = bottom - top;
        Insets insets = legend.getInsets();
        double column = legend.getChildren().stream().mapToDouble(n -> n.prefWidth(-1)).max().orElse(0)
                + insets.getLeft() + insets.getRight();
        double columnHeight = legend.prefHeight(column);
        double bandHeight = legend.prefHeight(width);
        boolean columnFits = column <= width * LEGEND_SHARE && columnHeight <= room;
        boolean bandFits = bandHeight <= room * LEGEND_SHARE;
        if (!columnFits && !bandFits) {
            return null;
        }
        boolean beside = columnFits && (!bandFits || column * room < bandHeight * width);
        return beside ? new BoundingBox(width - column, top, column, room)
                : new BoundingBox(0, bottom - bandHeight, width, bandHeight);
    }

    private void pressed(MouseEvent event) {
        pressX = lastX = event.getX();
        pressY = lastY = event.getY();
        moved = false;
        PictureNode node = nodeAt(event.getX(), event.getY());
        dragged = node == null || event.getButton() != MouseButton.PRIMARY ? null : node.id();
        tooltip.hide();
    }

    private void dragged(MouseEvent event) {
        double dx = event.getX() - lastX;
        double dy = event.getY() - lastY;
        lastX = event.getX();
        lastY = event.getY();
        if (Math.hypot(event.getX() - pressX, event.getY() - pressY) > CLICK_SLOP) {
            moved = true;
        }
        if (!moved) {
            return;
        }
        if (dragged != null) {
            Point2D at = inPicture(event.getX(), event.getY());
            onNodeMoved.accept(dragged, new Point(at.getX(), at.getY()));
        } else {
            pan(dx, dy);
        }
    }

    private void released(MouseEvent event) {
        if (!moved && event.getButton() == MouseButton.PRIMARY && !onScrollBar(event)) {
            PictureNode node = nodeAt(event.getX(), event.getY());
            if (node != null) {
                onNodeClicked.accept(node.id());
            } else {
                onBackgroundClicked.run();
            }
        }
        dragged = null;
    }

    private static boolean onScrollBar(MouseEvent event) {
        for (Object target = event.getTarget(); target instanceof Node node; target = node.getParent()) {
            if (node instanceof ScrollBar) {
                return true;
            }
        }
        return false;
    }

    /** The wheel zooms about the pointer; with shift held, or sideways, it scrolls. */
    private void scrolled(ScrollEvent event) {
        if (event.isShiftDown() || Math.abs(event.getDeltaX()) > Math.abs(event.getDeltaY())) {
            double dx = event.getDeltaX() != 0 ? event.getDeltaX() : event.getDeltaY();
            pan(dx, event.isShiftDown() ? 0 : event.getDeltaY());
        } else {
            zoomInViewport(Math.pow(1.0015, event.getDeltaY()), event.getX(), event.getY());
        }
        event.consume();
    }

    private PictureNode nodeAt(double x, double y) {
        if (picture == null) {
            return null;
        }
        Point2D at = inPicture(x, y);
        return picture.nodeAt(at.getX(), at.getY());
    }

    private void hover(MouseEvent event) {
        if (picture == null) {
            return;
        }
        Point2D at = inPicture(event.getX(), event.getY());
        PictureNode node = picture.nodeAt(at.getX(), at.getY());
        String text = null;
        if (node != null) {
            text = node.tooltip();
        } else {
            PictureEdge edge = picture.edgeNear(at.getX(), at.getY(), EDGE_TOLERANCE_PX / scale);
            if (edge != null) {
                text = edge.tooltip();
            }
        }
        setHovered(node == null ? null : node.id());
        if (text == null || text.isEmpty()) {
            tooltip.hide();
        } else if (!text.equals(tooltip.getText()) || !tooltip.isShowing()) {
            tooltip.setText(text);
            tooltip.show(this, event.getScreenX() + 14, event.getScreenY() + 14);
        }
    }

    /** The text of the tooltip for the node or edge at a point of this view, as hovering would show it. */
    public String tooltipAt(double x, double y) {
        if (picture == null) {
            return null;
        }
        Point2D at = toPicture(x, y);
        PictureNode node = picture.nodeAt(at.getX(), at.getY());
        if (node != null) {
            return node.tooltip();
        }
        PictureEdge edge = picture.edgeNear(at.getX(), at.getY(), EDGE_TOLERANCE_PX / scale);
        return edge == null ? null : edge.tooltip();
    }

    private void setHovered(String id) {
        if (id == null ? hovered != null : !id.equals(hovered)) {
            hovered = id;
            repaint();
        }
    }

    private void key(KeyEvent event) {
        switch (event.getCode()) {
            case PLUS, ADD, EQUALS -> zoom(KEY_ZOOM);
            case MINUS, SUBTRACT -> zoom(1 / KEY_ZOOM);
            case DIGIT0, NUMPAD0 -> fitToView();
            case L -> legendShown.set(!legendShown.get());
            case LEFT -> pan(KEY_PAN_PX, 0);
            case RIGHT -> pan(-KEY_PAN_PX, 0);
            case UP -> pan(0, KEY_PAN_PX);
            case DOWN -> pan(0, -KEY_PAN_PX);
            case HOME -> scrollToEnd(false);
            case END -> scrollToEnd(true);
            case PAGE_UP -> turnPage(-1);
            case PAGE_DOWN -> turnPage(1);
            default -> {
                return;
            }
        }
        event.consume();
    }
}
