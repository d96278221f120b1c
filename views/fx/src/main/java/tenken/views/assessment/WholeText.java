package tenken.views.assessment;

import javafx.application.Platform;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Keeps a wrapping text area at least as tall as its whole text, so that a reader scrolls the page, never the
 * box: on the projector (24 px type) a box of four rows showed four and a half lines of a rationale, cut at
 * its foot, inside a page that scrolled as well.
 */
final class WholeText {

    private WholeText() {
    }

    /**
     * From now on {@code box}'s minimum height is its chrome (the box's height less its viewport's) plus its
     * text's height, and never less than its rows' height; it still grows into spare height.
     */
    static void keep(TextArea box) {
        // The skin adds its scroll pane when it is installed, after the skin property changes: look it up then.
        box.skinProperty().subscribe(skin -> Platform.runLater(() -> {
            if (box.lookup(".scroll-pane") instanceof ScrollPane inside) {
                inside.viewportBoundsProperty().subscribe(viewport -> fit(box, inside));
                box.textProperty().subscribe(text -> Platform.runLater(() -> fit(box, inside)));
                inside.contentProperty().subscribe(content -> {
                    if (content != null) {
                        content.layoutBoundsProperty().subscribe(bounds -> fit(box, inside));
                    }
                });
            }
        }));
    }

    private static void fit(TextArea box, ScrollPane inside) {
        if (inside.getContent() == null || box.getHeight() <= 0) {
            return;
        }
        double chrome = box.getHeight() - inside.getViewportBounds().getHeight();
        // The text's own height, not the content's: the skin stretches its content to the viewport. (The
        // content also holds the prompt's text, hidden once there is text.)
        if (!(inside.getContent() instanceof Region content)) {
            return;
        }
        double text = content.lookupAll(".text").stream()
                .filter(node -> node instanceof Text shown && shown.isVisible() && box.getText().equals(shown.getText()))
                .mapToDouble(node -> node.getLayoutBounds().getHeight()).max().orElse(0);
        double needed = Math.ceil(chrome + content.snappedTopInset() + text + content.snappedBottomInset());
        double wanted = Math.max(box.prefHeight(box.getWidth()), needed);
        if (Math.abs(box.getMinHeight() - wanted) > 0.5) {
            // Called during a layout pass, whose parents ignore a new request: ask after it.
            Platform.runLater(() -> {
                box.setMinHeight(wanted);
                box.requestLayout();
            });
        }
    }
}
