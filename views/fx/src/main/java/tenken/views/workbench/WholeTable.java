package tenken.views.workbench;

import java.util.HashSet;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * Makes a table exactly as tall as its header and all its rows while switched on, so that a page that scrolls
 * as a whole (the projector's scenario results) shows every row, none hidden behind a scrollbar of the table's
 * own. Rows wrap, so their heights are only known once laid out: the table is laid out once at a height that
 * gives every row a cell, and then set to what those rows take. It measures again when its rows, its width or
 * a column's width change. Switched off, the table is sized by its parent again.
 */
public final class WholeTable {

    /** Taller than any table Tenken shows whole, so that the first layout gives every row a cell. */
    private static final double ROOM_FOR_ALL_ROWS = 20_000;

    private final TableView<?> table;
    private boolean on;
    private boolean pending;

    private WholeTable(TableView<?> table) {
        this.table = table;
    }

    public static WholeTable install(TableView<?> table) {
        WholeTable whole = new WholeTable(table);
        InvalidationListener later = changed -> whole.later();
        ListChangeListener<Object> rowsChanged = change -> whole.later();
        table.getItems().addListener(rowsChanged);
        table.itemsProperty().addListener((obs, old, items) -> {
            if (old != null) {
                old.removeListener(rowsChanged);
            }
            if (items != null) {
                items.addListener(rowsChanged);
            }
            whole.later();
        });
        table.widthProperty().addListener(later);
        table.getColumns().forEach(column -> column.widthProperty().addListener(later));
        table.sceneProperty().addListener(later);
        return whole;
    }

    public void setOn(boolean on) {
        this.on = on;
        if (on) {
            later();
        } else {
            table.setMinHeight(Region.USE_COMPUTED_SIZE);
            table.setPrefHeight(Region.USE_COMPUTED_SIZE);
            table.setMaxHeight(Region.USE_COMPUTED_SIZE);
        }
    }

    /** Measures after the current pulse: several changes at once (rows, then column widths) measure once. */
    private void later() {
        if (!on || pending) {
            return;
        }
        pending = true;
        Platform.runLater(() -> {
            pending = false;
            fit();
        });
    }

    private void fit() {
        if (!on || table.getScene() == null || table.getWidth() <= 0) {
            return;
        }
        table.resize(table.getWidth(), ROOM_FOR_ALL_ROWS);
        table.applyCss();
        table.layout();
        double rows = 0;
        Set<Integer> measured = new HashSet<>();
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && !row.isEmpty() && row.getIndex() >= 0
                    && row.getIndex() < table.getItems().size() && measured.add(row.getIndex())) {
                rows += row.getHeight();
            }
        }
        Node header = table.lookup(".column-header-background");
        double height = table.snappedTopInset() + (header == null ? 0 : header.getLayoutBounds().getHeight())
                + Math.max(rows, placeholderHeight()) + table.snappedBottomInset();
        table.setMinHeight(height);
        table.setPrefHeight(height);
        table.setMaxHeight(height);
    }

    /** An empty table still shows its placeholder ("no result yet"): room for two lines of it. */
    private double placeholderHeight() {
        return table.getItems().isEmpty() && table.getPlaceholder() instanceof Region placeholder
                ? Math.max(placeholder.prefHeight(table.getWidth()) * 2, 48) : 0;
    }
}
