package tenken.views.workbench;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import tenken.assets.Messages;

/**
 * A dialog's standard buttons in the session language. JavaFX's own {@link ButtonType#CANCEL} and
 * {@link ButtonType#CLOSE} take their text once, from the JVM's default locale when the class loads, so
 * an English session on a Japanese workstation showed 「取消」 and 「閉じる」; these read the bundles each
 * time, and keep the button data that places them in the button bar and lets Esc close the dialog.
 */
public final class DialogButtons {

    private DialogButtons() {
    }

    /** Dismisses a dialog without doing what it offers. */
    public static ButtonType cancel() {
        return new ButtonType(Messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    /** Stops work under way (an export): the word the screens use for their own stop buttons. */
    public static ButtonType stop() {
        return new ButtonType(Messages.get("common.cancel"), ButtonData.CANCEL_CLOSE);
    }

    /** Closes a dialog that has nothing more to do. */
    public static ButtonType close() {
        return new ButtonType(Messages.get("dialog.close"), ButtonData.CANCEL_CLOSE);
    }
}
