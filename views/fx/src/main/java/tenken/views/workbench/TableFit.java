package tenken.views.workbench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Callback;
import tenken.views.picture.TextWrap;

/**
 * Column widths from content, as double-clicking a header's border gives, in the type the table is shown
 * in (presentation mode doubles it): each column as wide as its header and its widest cell, over all rows,
 * not only those on screen. When the table is too narrow for that, every column first gets the least it
 * can do with (a short column its widest cell; a wrapping column its longest unbreakable piece — an English
 * word, a web address between its "/" and ".", a Japanese character — and not below {@link #WRAP_FLOOR_EM}
 * em; never less than its header's longest word) and the rest of the width is shared in proportion to what
 * each would like more: wrapping columns then wrap their text over several lines, between words
 * (see {@link TextWrap}), instead of cutting it short with "…"; headers short of room wrap their titles
 * and grow taller. Only a table too narrow even for that narrows its wrapping columns further, towards
 * {@link #WRAP_FLOOR_EM}, breaking long words inside rather than send its last columns out of sight. What
 * width is left over goes to the last wrapping column, so that no empty filler column shows. Only a table
 * narrower than its non-wrapping columns and the wrapping ones' floors scrolls sideways. It refits when its
 * rows, its stylesheets, its shown columns or its width change.
 */
public final class TableFit<S> {

    /** The narrowest a wrapping column becomes, in em of its type: four Japanese characters a line. */
    static final double WRAP_FLOOR_EM = 4;

    private final TableView<S> table;
    private final List<TableColumn<S, ?>> wrapping;
    private boolean pending;

    private TableFit(TableView<S> table, List<TableColumn<S, ?>> wrapping) {
        this.table = table;
        this.wrapping = wrapping;
    }

    /**
     * Fits {@code table}'s columns to their content from now on; {@code wrapping} columns wrap their text
     * (their cells show it through a wrapping {@link Text}) and give up width when space is short.
     */
    @SafeVarargs
    public static <S> TableFit<S> install(TableView<S> table, TableColumn<S, ?>... wrapping) {
        TableFit<S> fit = new TableFit<>(table, List.of(wrapping));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (TableColumn<S, ?> column : wrapping) {
            wrapCells(column);
        }
        InvalidationListener later = observable -> fit.later();
        ListChangeListener<S> rowsChanged = change -> fit.later();
        table.itemsProperty().addListener((obs, old, items) -> {
            if (old != null) {
                old.removeListener(rowsChanged);
            }
            if (items != null) {
                items.addListener(rowsChanged);
            }
            fit.later();
        });
        if (table.getItems() != null) {
            table.getItems().addListener(rowsChanged);
        }
        table.widthProperty().addListener(later);
        table.getVisibleLeafColumns().addListener(later);
        table.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getStylesheets().removeListener(later);
            }
            if (scene != null) {
                scene.getStylesheets().addListener(later);
            }
            fit.later();
        });
        Scene scene = table.getScene();
        if (scene != null) {
            scene.getStylesheets().addListener(later);
        }
        fit.later();
        return fit;
    }

    /** Refits after the pulse that applies the new rows or type to the cells on screen. */
    private void later() {
        if (pending) {
            return;
        }
        pending = true;
        Platform.runLater(() -> {
            pending = false;
            fit();
        });
    }

    /** Sizes the columns now; does nothing until the table has been laid out with a cell to take its type from. */
    public void fit() {
        if (table.getScene() == null || table.getWidth() <= 0) {
            return;
        }
        table.applyCss();
        table.layout();
        Font type = sampleFont();
        if (type == null) {
            return;
        }
        Map<TableColumn<S, ?>, Need> needs = new LinkedHashMap<>();
        double wanted = 0;
        double least = 0;
        for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
            Need header = headerNeed(column);
            Need cells = cellsNeed(column);
            double want = Math.max(header.want(), cells.want());
            Need need = wrapping.contains(column)
                    ? new Need(want, Math.max(Math.max(header.least(), cells.least()),
                            Math.min(want, WRAP_FLOOR_EM * type.getSize())))
                    : new Need(want, Math.max(header.least(), cells.want()));
            needs.put(column, need);
            wanted += need.want();
            least += need.least();
        }
        double room = available();
        // Everyone gets what it cannot do with less; what is left goes in proportion to what each would like more.
        double spare = Math.max(0, room - least);
        double share = wanted - least <= 0 ? 0 : Math.min(1, spare / (wanted - least));
        // Short even of that, the wrapping columns give up part of what is over the floor, each in
        // proportion to it, and break their longest words inside rather than send the last columns out of sight.
        double floor = type.getSize() * WRAP_FLOOR_EM;
        double over = 0;
        for (Map.Entry<TableColumn<S, ?>, Need> entry : needs.entrySet()) {
            if (wrapping.contains(entry.getKey())) {
                over += Math.max(0, entry.getValue().least() - floor);
            }
        }
        double squeeze = room >= least || over <= 0 ? 0 : Math.min(1, (least - room) / over);
        double used = 0;
        TableColumn<S, ?> last = null;
        for (Map.Entry<TableColumn<S, ?>, Need> entry : needs.entrySet()) {
            Need need = entry.getValue();
            double exact = need.least() + share * (need.want() - need.least());
            if (wrapping.contains(entry.getKey())) {
                exact -= squeeze * Math.max(0, need.least() - floor);
            }
            // Whole pixels: up for a column that must not wrap, down for one that may, so that rounding
            // never adds up to a sideways scroll bar.
            double width = wrapping.contains(entry.getKey()) ? Math.floor(exact) : Math.ceil(exact);
            entry.getKey().setPrefWidth(width);
            used += width;
            if (wrapping.contains(entry.getKey())) {
                last = entry.getKey();
            }
        }
        if (last == null && !needs.isEmpty()) {
            last = table.getVisibleLeafColumns().get(table.getVisibleLeafColumns().size() - 1);
        }
        double left = Math.floor(room - used);
        if (last != null && left > 0) {
            last.setPrefWidth(last.getPrefWidth() + left);
        }
        growHeaders();
        // Rows measured their height at the old widths; wrapped cells need them measured again.
        table.refresh();
    }

    /** The width a column would like (its text on one line) and the least it can do with (its longest unbreakable run). */
    private record Need(double want, double least) {
    }

    /** The table's inner width, less room for the vertical scroll bar (which wrapped rows may bring). */
    private double available() {
        double bar = 0;
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar scrollBar && scrollBar.getOrientation() == Orientation.VERTICAL) {
                bar = Math.max(bar, scrollBar.getWidth() > 0 ? scrollBar.getWidth() : scrollBar.prefWidth(-1));
            }
        }
        return table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - bar - 2;
    }

    /** A cell of {@code column} on screen (of any column when null), whose type and padding stand for all. */
    private TableCell<?, ?> anyCell(TableColumn<S, ?> column) {
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.isVisible()
                    && (column == null || cell.getTableColumn() == column)) {
                return cell;
            }
        }
        return null;
    }

    /**
     * The header's title on one line, and its longest word: a header short of room wraps its title over
     * more lines (see {@link #growHeaders}); either with room for the sort arrow.
     */
    private Need headerNeed(TableColumn<S, ?> column) {
        Label title = title(column);
        if (title != null) {
            double around = headerAround(title);
            return new Need(measure(title.getText(), title.getFont()) + around,
                    longestRun(title.getText(), title.getFont()) + around + 2);
        }
        Font font = sampleFont();
        return new Need(measure(column.getText(), font) + 2 * font.getSize(),
                longestRun(column.getText(), font) + 2 * font.getSize());
    }

    /** The title label of {@code column}'s header; null before the header is made. */
    private Label title(TableColumn<S, ?> column) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() == column
                    && header.lookup(".label") instanceof Label title) {
                return title;
            }
        }
        return null;
    }

    /** What a header takes around its title: paddings, and the sort arrow's room. */
    private static double headerAround(Label title) {
        Node header = title.getParent();
        double insets = header instanceof TableColumnHeader region
                ? region.snappedLeftInset() + region.snappedRightInset() : 0;
        return title.snappedLeftInset() + title.snappedRightInset() + insets + 1.5 * title.getFont().getSize();
    }

    /**
     * Lets every header's title wrap, and makes its header as tall as the lines it needs at its column's
     * width: a header asks its title for the height of one line only. A title that fits on one line keeps
     * the header's own height.
     */
    private void growHeaders() {
        for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
            Label title = title(column);
            if (title == null) {
                continue;
            }
            title.setWrapText(true);
            title.setTextAlignment(TextAlignment.CENTER);
            title.setPrefHeight(Region.USE_COMPUTED_SIZE);
            double around = headerAround(title);
            double oneLine = measure(title.getText(), title.getFont()) + around;
            double width = Math.floor(column.getPrefWidth());
            title.setPrefHeight(oneLine <= width ? Region.USE_COMPUTED_SIZE
                    : title.prefHeight(Math.max(0, width - around + title.snappedLeftInset() + title.snappedRightInset())));
        }
    }

    /** The type of the table's cells, or of its headers while it has no rows; null before it is laid out. */
    private Font sampleFont() {
        TableCell<?, ?> cell = anyCell(null);
        if (cell != null) {
            return cell.getFont();
        }
        return table.lookup(".column-header .label") instanceof Label title ? title.getFont() : null;
    }

    /**
     * The widest cell of {@code column} over all rows, and its longest unbreakable run: each row's text as
     * the column's own cell factory makes it, in bold (some cells are bold, and bold is the wider), with the
     * graphic beside it.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Need cellsNeed(TableColumn<S, ?> column) {
        int rows = table.getItems() == null ? 0 : table.getItems().size();
        TableCell<?, ?> shown = anyCell(column);
        if (rows == 0 || shown == null) {
            // Cells are made for rows on screen only; until one is, the header alone decides.
            return new Need(0, 0);
        }
        Callback factory = column.getCellFactory();
        TableCell<S, Object> cell = (TableCell<S, Object>) factory.call(column);
        TableRow<S> row = new TableRow<>();
        row.updateTableView(table);
        cell.updateTableView(table);
        cell.updateTableColumn((TableColumn) column);
        cell.updateTableRow(row);
        Font font = shown.getFont();
        Font bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        double insets = shown.snappedLeftInset() + shown.snappedRightInset() + 2;
        double widest = 0;
        double longestRun = 0;
        for (int index = 0; index < rows; index++) {
            row.updateIndex(index);
            cell.updateIndex(index);
            String text = cell.getText();
            if (text == null || text.isEmpty()) {
                continue;
            }
            double width = Math.max(measure(text, font), measure(text, bold));
            Node graphic = cell.getGraphic();
            if (graphic != null && !(graphic instanceof WrappedText)
                    && (cell.getContentDisplay() == ContentDisplay.LEFT || cell.getContentDisplay() == ContentDisplay.RIGHT)) {
                // An icon off screen is unstyled and measures at its default size: allow the larger of that
                // and an icon a half again as large as the type (the stylesheets draw them about so).
                width += Math.max(graphic.prefWidth(-1), 1.5 * font.getSize()) + cell.getGraphicTextGap();
            }
            widest = Math.max(widest, width);
            if (graphic instanceof WrappedText) {
                longestRun = Math.max(longestRun, TextWrap.longest(text, piece -> measure(piece, bold)));
            }
        }
        cell.updateIndex(-1);
        // A pixel or two to spare: a column floored to whole pixels must still hold its text on one line,
        // and its longest run.
        return new Need(widest + insets + 1, longestRun + insets + 2);
    }

    /**
     * A run that a header's wrapped title keeps whole: JavaFX's text wraps at spaces (not after hyphens) and
     * between Japanese characters, and breaks inside anything longer than the line.
     */
    private static final String JAPANESE = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{InCJKSymbolsAndPunctuation}"
            + "\\p{InHalfwidthAndFullwidthForms}";
    private static final Pattern RUN = Pattern.compile("[" + JAPANESE + "]|[^\\s" + JAPANESE + "]+");

    /** The widest run of a header's {@code text} that a line may not break (a word; in Japanese a character). */
    private static double longestRun(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        double longest = 0;
        Matcher runs = RUN.matcher(text);
        while (runs.find()) {
            longest = Math.max(longest, measure(runs.group(), font));
        }
        return longest;
    }

    private static final Text PROBE = new Text();

    /**
     * The width of {@code text} on one line, as JavaFX lays it out (with the spaces it ends with); on the FX
     * thread, where fitting runs.
     */
    static double measure(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        PROBE.setText(text);
        PROBE.setFont(font);
        return PROBE.getLayoutBounds().getWidth();
    }

    /**
     * Makes {@code column}'s cells show their text through a {@link WrappedText} as wide as the column, its
     * lines broken between words (see {@link TextWrap#broken}), so that a row grows to the lines it needs; the
     * cell keeps its text (tooltips, tests and accessibility read it), and its graphic slot carries the
     * wrapped copy.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <S> void wrapCells(TableColumn<S, ?> column) {
        Callback original = column.getCellFactory();
        boolean plain = original == null || original == TableColumn.DEFAULT_CELL_FACTORY;
        column.setCellFactory((Callback) (Callback<TableColumn<S, Object>, TableCell<S, Object>>) owner -> {
            TableCell<S, Object> cell = plain ? new PlainCell<>() : (TableCell<S, Object>) original.call(owner);
            DoubleBinding width = Bindings.createDoubleBinding(
                    () -> Math.max(0, owner.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset() - 2),
                    new Observable[] {owner.widthProperty(), cell.paddingProperty()});
            WordWrap.show(cell, new WrappedText(), width);
            // The theme pads cells sideways only and draws a row's bottom line inside the row: a row of one
            // line has room from its fixed size, but a row as tall as its wrapped lines ran its last line into
            // that line and touched its first to the row above. tenken.css pads wrapped cells top and bottom.
            cell.getStyleClass().add(WRAPPED_CELL);
            return cell;
        });
    }

    /** The style class of a wrapping column's cells, which tenken.css pads above and below. */
    static final String WRAPPED_CELL = "wrapped-cell";

    /** The wrapped copy of a cell's text. */
    static final class WrappedText extends Text {
        WrappedText() {
            getStyleClass().add("wrapped-cell-text");
        }
    }

    /** The default cell's text, without its habit of clearing the graphic. */
    private static final class PlainCell<S> extends TableCell<S, Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.toString());
        }
    }
}
