package tenken.views.catalogue;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Region;
import tenken.graph.format.Percent;

/** A share as a percentage with a proportional bar, so that a column of shares reads at a glance. */
public final class ShareBarCell<S> extends TableCell<S, Double> {

    private static final double BAR_WIDTH = 70;
    private final Region bar = new Region();

    public ShareBarCell() {
        bar.getStyleClass().add("share-bar");
        bar.setMinHeight(10);
        bar.setMaxHeight(10);
        getStyleClass().add("share-cell");
        setContentDisplay(ContentDisplay.LEFT);
        setGraphicTextGap(8);
    }

    @Override
    protected void updateItem(Double share, boolean empty) {
        super.updateItem(share, empty);
        if (empty || share == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        double width = Math.max(1, BAR_WIDTH * share);
        bar.setMinWidth(width);
        bar.setPrefWidth(width);
        bar.setMaxWidth(width);
        setGraphic(bar);
        setText(Percent.oneDecimal(share));
    }
}
