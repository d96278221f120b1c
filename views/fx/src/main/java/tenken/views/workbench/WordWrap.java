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
        DoubleBinding width = Bindings.createDoubleBinding(
                () -> Math.max(0, label.getWidth() - label.snappedLeftInset() - label.snappedRightInset() - 1),
                label.widthProperty(), label.paddingProperty());
        text.textProperty().bind(Bindings.createStringBinding(
                () -> label.getText() == null || width.get() <= 0 ? label.getText()
                        : TextWrap.broken(label.getText(), width.get(), line -> TableFit.measure(line, label.getFont())),
                label.textProperty(), label.fontProperty(), width));
        text.fontProperty().bind(label.fontProperty());
        text.fillProperty().bind(label.textFillProperty());
        text.wrappingWidthProperty().bind(width);
        label.setGraphic(text);
        label.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        label.setMinWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
    }
}
