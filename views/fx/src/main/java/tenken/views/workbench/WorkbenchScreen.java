package tenken.views.workbench;

import javafx.scene.Node;

/**
 * One screen of the workbench, in the role of AtlantaFX's {@code Page}: the node it shows, what it can
 * export (a {@code PictureScreen} too), the state it carries into a window rebuilt in another language, and its end.
 *
 * <p>The {@link WorkbenchContext} outlives every screen (a language switch rebuilds the window on the same
 * context), so a screen observes it only through {@link javafx.util.Subscription}s it releases in
 * {@link #dispose()}: a disposed screen is unreachable from the context, starts no task and can be collected.
 */
public interface WorkbenchScreen {

    /** The screen's content, put into its tab by the main window. */
    Node view();

    /** What the user set up on this screen, to carry into the rebuilt window; null when nothing is kept. */
    default State state() {
        return null;
    }

    /** Takes up {@code state} from this screen's predecessor in the window before a language switch. */
    default void restore(State state) {
    }

    /** Releases every subscription on the context and cancels this screen's running work. */
    void dispose();

    /** A screen's own record of what the user set up on it; only the same screen reads it back. */
    interface State {
    }
}
