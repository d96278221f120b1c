package tenken.views.followup;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Labelled horizontal bars, one row each: the label, a bar whose length is the value's fraction of the
 * largest, and the value written out. Drawn with layout regions rather than a chart, so that every
 * label wraps instead of being cut short, and the bars scale with the type in presentation mode.
 */
final class BarRows {

    private final GridPane grid = new GridPane();
    private final double max;
    private int rows;

    /** Bars of values up to {@code max}; the columns share the width 30 / 45 / 25. */
    BarRows(double max) {
        this.max = max;
        grid.getStyleClass().add("followup-bars");
        grid.setHgap(12);
        grid.setVgap(6);
        for (double percent : new double[] {30, 45, 25}) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(percent);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
    }

    /** Adds a row; {@code styleClass} colours the bar. */
    BarRows add(String label, double value, String valueText, String styleClass) {
        Region bar = new Region();
        bar.getStyleClass().addAll("followup-bar", styleClass);
        StackPane track = new StackPane(bar);
        track.setAlignment(Pos.CENTER_LEFT);
        track.setMinWidth(0);
        double fraction = max <= 0 ? 0 : Math.max(0, Math.min(1, value / max));
        bar.setMinWidth(0);
        bar.maxWidthProperty().bind(track.widthProperty().multiply(fraction));
        bar.prefWidthProperty().bind(bar.maxWidthProperty());
        grid.addRow(rows++, wrapping(label), track, wrapping(valueText));
        return this;
    }

    GridPane node() {
        return grid;
    }

    static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
