package tenken.views.workbench;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import tenken.views.picture.TextWrap;

/**
 * A label that wraps its text where Tenken's one line breaker ({@link TextWrap}) allows, as its table cells
 * do ({@link TableFit}): between words, a web address moved whole to a line of its own and, when wider than
 * the label, broken only after its punctuation. JavaFX's own wrapping cuts a long word or address wherever the
 * line ends ("mcs202" / "5/mcs2025-mangane" / "se.pdf" in a narrow side panel on the projector).
 */
public final class WordWrap {

    private WordWrap() {
    }

    /**
     * Makes {@code label} show its text broken to its width; it keeps the text (tests and screen readers read
     * it) and shows the broken copy as its graphic. It takes the width its parent gives, none of its own.
     */
    public static void install(Labeled label) {
        Text text = new Text();
        text.getStyleClass().add("word-wrapped-text");
        show(label, text, Bindings.createDoubleBinding(
                () -> Math.max(0, label.getWidth() - label.snappedLeftInset() - label.snappedRightInset() - 1),
                label.widthProperty(), label.paddingProperty()));
        label.setMinWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
    }

    /**
     * Shows {@code labeled}'s text through {@code text}, its lines broken to {@code width} in the labeled's font;
     * for labels and for the wrapping cells of {@link TableFit}. The lines come broken to fit, long words cut
     * where nothing else does; JavaFX would still wrap a line drawn wider than it was measured.
     */
    static void show(Labeled labeled, Text text, DoubleBinding width) {
        text.textProperty().bind(Bindings.createStringBinding(
                () -> TextWrap.broken(labeled.getText(), width.get(), line -> TableFit.measure(line, labeled.getFont())),
                labeled.textProperty(), labeled.fontProperty(), width));
        text.fontProperty().bind(labeled.fontProperty());
        text.fillProperty().bind(labeled.textFillProperty());
        text.wrappingWidthProperty().bind(width);
        labeled.setGraphic(text);
        labeled.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }
}
