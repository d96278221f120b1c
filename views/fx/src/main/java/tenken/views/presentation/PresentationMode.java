package tenken.views.presentation;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Subscription;
import tenken.assets.Messages;
import tenken.views.canvas.GraphView;
import tenken.views.workbench.Themes;
import tenken.views.workbench.WorkbenchContext;

/**
 * The workshop mode: full screen, the high-contrast projector theme (type of at least 24 px at
 * 1920×1080, thick lines, large targets; pictures switch to {@code PictureStyle.PROJECTOR} through the
 * context), and the keyboard moves between screens: PageDown or → for the next screen, PageUp or ← for
 * the previous one (arrows stay with text fields and sliders, where they mean something), Esc to leave.
 * On a screen whose graph is shown in pages, PageDown and PageUp turn its pages first, as a presenter's
 * clicker goes through a deck's slides, and move on to the next (previous) screen from its last (first) page.
 * A screen whose content is one page that scrolls ({@value #PAGE} style class: the scenario's results, the
 * table above the graph) is scrolled a view at a time while its graph is out of view, so that the clicker
 * never turns a graph page nobody sees and never skips what lies above the graph.
 */
public final class PresentationMode {

    /** The style class of a screen's content that scrolls as one page on the projector. */
    public static final String PAGE = "presentation-page";

    /** Less than this (px) left unseen above the graph is margin, not content worth a click of its own. */
    private static final double UNSEEN = 12;

    private final WorkbenchContext context;
    private final TabPane screens;
    private Subscription watchingFullScreen;

    public PresentationMode(WorkbenchContext context, TabPane screens) {
        this.context = context;
        this.screens = screens;
        screens.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** Enters or leaves presentation mode in the window showing the screens. */
    public void set(boolean on) {
        Scene scene = screens.getScene();
        if (scene == null) {
            return;
        }
        context.presentationProperty().set(on);
        Themes.presentation(scene, on, context.darkProperty().get());
        Window window = scene.getWindow();
        if (window instanceof Stage stage) {
            if (on) {
                stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
                stage.setFullScreenExitHint(Messages.get("presentation.hint"));
                if (watchingFullScreen == null) {
                    // Leaving full screen by other means (the window manager) leaves the mode too.
                    watchingFullScreen = stage.fullScreenProperty().subscribe((was, full) -> {
                        if (!full && context.presentationProperty().get()) {
                            set(false);
                        }
                    });
                }
            }
            stage.setFullScreen(on);
        }
    }

    /** Stops watching the stage, which outlives the window this mode belongs to. */
    public void dispose() {
        if (watchingFullScreen != null) {
            watchingFullScreen.unsubscribe();
            watchingFullScreen = null;
        }
    }

    public boolean isOn() {
        return context.presentationProperty().get();
    }

    private void key(KeyEvent event) {
        if (!isOn()) {
            return;
        }
        Node target = event.getTarget() instanceof Node node ? node : null;
        boolean arrowsTaken = target instanceof TextInputControl || target instanceof Slider;
        switch (event.getCode()) {
            case ESCAPE -> set(false);
            case PAGE_DOWN -> {
                if (!step(1)) {
                    move(1);
                }
            }
            case PAGE_UP -> {
                if (!step(-1)) {
                    move(-1);
                }
            }
            case RIGHT -> {
                if (arrowsTaken) {
                    return;
                }
                move(1);
            }
            case LEFT -> {
                if (arrowsTaken) {
                    return;
                }
                move(-1);
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    /**
     * Turns the shown screen's graph a page, or scrolls its page a view, {@code step} (−1 or +1) that way: the
     * graph's pages while the graph is in view, the page first while it is not. False when neither can go on.
     */
    private boolean step(int step) {
        Tab tab = screens.getSelectionModel().getSelectedItem();
        Node content = tab == null ? null : tab.getContent();
        if (content == null) {
            return false;
        }
        GraphView graph = content.lookup(".graph-view") instanceof GraphView view ? view : null;
        ScrollPane page = content.lookup("." + PAGE) instanceof ScrollPane pane ? pane : null;
        boolean graphInView = graph != null && (page == null || inView(graph, page));
        if (graphInView) {
            return graph.turnPage(step) || page != null && scroll(page, graph, step);
        }
        return page != null && scroll(page, graph, step) || graph != null && graph.turnPage(step);
    }

    /** Whether {@code node} lies whole within the view of the scrolling {@code page} (to a pixel). */
    private static boolean inView(Node node, ScrollPane page) {
        Bounds view = page.localToScene(page.getLayoutBounds());
        Bounds shown = node.localToScene(node.getLayoutBounds());
        return shown.getMinY() >= view.getMinY() - 1 && shown.getMaxY() <= view.getMaxY() + 1;
    }

    /**
     * Scrolls {@code page} one view's height {@code step} that way, never so far that something above the
     * {@code graph} goes unseen: when the graph's top would come into the next view, that view ends where the
     * graph begins (the end of the table and its note, which the first view cut), and the view after it is the
     * graph, whole as a slide is, not cut at the bottom. False at the end.
     */
    private static boolean scroll(ScrollPane page, GraphView graph, int step) {
        double content = page.getContent().getLayoutBounds().getHeight();
        double view = page.getViewportBounds().getHeight();
        double value = page.getVvalue();
        if (content <= view || (step > 0 ? value >= page.getVmax() : value <= page.getVmin())) {
            return false;
        }
        double range = page.getVmax() - page.getVmin();
        double offset = (value - page.getVmin()) / range * (content - view);
        double target = offset + step * view;
        if (step > 0 && graph != null) {
            double graphTop = page.getContent().sceneToLocal(graph.localToScene(graph.getLayoutBounds())).getMinY();
            if (graphTop > offset + view + UNSEEN) {
                target = Math.min(target, graphTop - view);
            } else if (graphTop > offset && graphTop < target + view) {
                target = graphTop;
            }
        }
        double clamped = Math.max(0, Math.min(content - view, target));
        page.setVvalue(page.getVmin() + range * clamped / (content - view));
        return true;
    }

    /** Selects the screen {@code step} tabs away, wrapping round. */
    private void move(int step) {
        int count = screens.getTabs().size();
        int next = Math.floorMod(screens.getSelectionModel().getSelectedIndex() + step, count);
        screens.getSelectionModel().select(next);
        screens.requestFocus();
    }
}
