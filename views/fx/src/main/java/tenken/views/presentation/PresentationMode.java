package tenken.views.presentation;

import javafx.scene.Node;
import javafx.scene.Scene;
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
 */
public final class PresentationMode {

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
                if (!turnPage(1)) {
                    move(1);
                }
            }
            case PAGE_UP -> {
                if (!turnPage(-1)) {
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

    /** Turns the page of the shown screen's graph, if it has pages and one that way; false when it does not. */
    private boolean turnPage(int step) {
        Tab tab = screens.getSelectionModel().getSelectedItem();
        Node content = tab == null ? null : tab.getContent();
        return content != null && content.lookup(".graph-view") instanceof GraphView graph && graph.turnPage(step);
    }

    /** Selects the screen {@code step} tabs away, wrapping round. */
    private void move(int step) {
        int count = screens.getTabs().size();
        int next = Math.floorMod(screens.getSelectionModel().getSelectedIndex() + step, count);
        screens.getSelectionModel().select(next);
        screens.requestFocus();
    }
}
