package tenken.views.canvas;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.PictureEdge;
import tenken.views.picture.PictureNode;
import tenken.views.picture.Point;

/**
 * The chokepoint graph on a canvas the size of the view: zoom (wheel, {@code +}/{@code -}), pan (drag
 * the background, arrow keys), drag nodes, click a node, fit to view ({@code 0}), legend on and off
 * ({@code L}), and tooltips with the
 * figure, its source and year for the node or edge under the mouse. Redraws are coalesced to one per
 * frame, and only what is on screen is drawn.
 */
public final class GraphView extends Region {

    /** Zoom limits: from a whole 2,000-node graph on screen to one label filling it. */
    static final double MIN_SCALE = 0.01;
    static final double MAX_SCALE = 8;
    static final double KEY_ZOOM = 1.25;
    static final double KEY_PAN_PX = 80;
    /** The smallest label size, in screen pixels, that the first view of a graph keeps. */
    static final double LEGIBLE_LABEL_PX = 10;
    /** Pixels of movement below which a press and release count as a click, not a drag. */
    static final double CLICK_SLOP = 4;
    /** How near (screen px) the mouse must be to an edge for its tooltip. */
    static final double EDGE_TOLERANCE_PX = 4;

    private final Canvas canvas = new Canvas();
    private final PictureRenderer renderer = new PictureRenderer();
    private final Tooltip tooltip = new Tooltip();
    private GraphPicture picture;
    private double scale = 1;
    private double translateX;
    private double translateY;
    private boolean dirty;
    private final javafx.beans.property.BooleanProperty legendShown = new javafx.beans.property.SimpleBooleanProperty(true);
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
        getChildren().add(canvas);
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
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        addEventHandler(MouseEvent.MOUSE_EXITED, event -> {
            tooltip.hide();
            setHovered(null);
        });
        addEventHandler(ScrollEvent.SCROLL, event -> {
            zoomAt(Math.pow(1.0015, event.getDeltaY()), event.getX(), event.getY());
            event.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        legendShown.addListener((obs, was, shown) -> repaint());
    }

    public void setPicture(GraphPicture picture, boolean fit) {
        this.picture = picture;
        if (fit) {
            fitToView();
        }
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

    /** Scales and centres the whole picture into the view, leaving room for the title and footnote. */
    public void fitToView() {
        if (picture == null) {
            return;
        }
        fitTo(picture.minX(), picture.minY(), picture.maxX(), picture.maxY());
    }

    /**
     * Fits the picture if its labels stay readable (at least {@link #LEGIBLE_LABEL_PX} on screen, and no
     * smaller than the style's small type: 24 px in presentation mode), else
     * shows it from its top left corner at the smallest readable scale: the first view of a large graph
     * should be one that can be read; {@link #fitToView()} (key 0) still shows all of it.
     */
    public void fitLegibly() {
        if (picture == null) {
            return;
        }
        fitToView();
        double legible = Math.max(LEGIBLE_LABEL_PX, picture.style().smallFontSize()) / picture.style().fontSize();
        if (scale < legible) {
            double chrome = picture.style().titleFontSize() * 3;
            scale = clamp(legible);
            translateX = getWidth() * 0.02 - picture.minX() * scale;
            translateY = chrome - picture.minY() * scale;
            repaint();
        }
    }

    /** Scales and centres a region of the picture (e.g. a focused neighbourhood) into the view. */
    public void fitTo(double minX, double minY, double maxX, double maxY) {
        double width = Math.max(1, getWidth());
        double height = Math.max(1, getHeight());
        double chrome = picture == null ? 0 : picture.style().titleFontSize() * 3;
        double usableHeight = Math.max(1, height - 2 * chrome);
        double usableWidth = Math.max(1, width * 0.96);
        double w = Math.max(1, maxX - minX);
        double h = Math.max(1, maxY - minY);
        scale = clamp(Math.min(usableWidth / w, usableHeight / h));
        translateX = (width - w * scale) / 2 - minX * scale;
        translateY = chrome + (usableHeight - h * scale) / 2 - minY * scale;
        repaint();
    }

    /** Whether the legend is drawn (key L): it may cover part of the graph on a small or projected screen. */
    public javafx.beans.property.BooleanProperty legendShownProperty() {
        return legendShown;
    }

    public void zoomAt(double factor, double x, double y) {
        double next = clamp(scale * factor);
        double applied = next / scale;
        translateX = x - (x - translateX) * applied;
        translateY = y - (y - translateY) * applied;
        scale = next;
        repaint();
    }

    public void zoom(double factor) {
        zoomAt(factor, getWidth() / 2, getHeight() / 2);
    }

    public void pan(double dx, double dy) {
        translateX += dx;
        translateY += dy;
        repaint();
    }

    /** Picture coordinates of a point in the view. */
    public Point2D toPicture(double x, double y) {
        return new Point2D((x - translateX) / scale, (y - translateY) / scale);
    }

    /** View coordinates of a point of the picture. */
    public Point2D toView(double x, double y) {
        return new Point2D(x * scale + translateX, y * scale + translateY);
    }

    private static double clamp(double value) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, value));
    }

    public void repaint() {
        dirty = true;
    }

    /** Draws now rather than at the next frame; tests and snapshots use it. */
    public void paint() {
        double width = getWidth();
        double height = getHeight();
        if (picture == null || width <= 0 || height <= 0) {
            canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            return;
        }
        renderer.draw(canvas.getGraphicsContext2D(), picture, scale, translateX, translateY, width, height, hovered,
                legendShown.get());
    }

    @Override
    protected void layoutChildren() {
        boolean first = canvas.getWidth() == 0;
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        if (first) {
            fitToView();
        }
        repaint();
    }

    private void pressed(MouseEvent event) {
        requestFocus();
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
            Point2D at = toPicture(event.getX(), event.getY());
            onNodeMoved.accept(dragged, new Point(at.getX(), at.getY()));
        } else {
            pan(dx, dy);
        }
    }

    private void released(MouseEvent event) {
        if (!moved && event.getButton() == MouseButton.PRIMARY) {
            PictureNode node = nodeAt(event.getX(), event.getY());
            if (node != null) {
                onNodeClicked.accept(node.id());
            } else {
                onBackgroundClicked.run();
            }
        }
        dragged = null;
    }

    private PictureNode nodeAt(double x, double y) {
        if (picture == null) {
            return null;
        }
        Point2D at = toPicture(x, y);
        return picture.nodeAt(at.getX(), at.getY());
    }

    private void hover(MouseEvent event) {
        if (picture == null) {
            return;
        }
        Point2D at = toPicture(event.getX(), event.getY());
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

    /** The text of the tooltip for the node or edge at a view point, as hovering would show it. */
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
            default -> {
                return;
            }
        }
        event.consume();
    }
}
