package tenken.views.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tenken.assets.Messages;
import tenken.store.io.CsvCells;
import tenken.store.io.XmlText;
import tenken.store.io.Decimals;
import tenken.views.picture.TextWrap;

/** Writes analysis and catalogue tables as CSV (one table) or XLSX (one sheet per table). */
public final class TableExporter {

    /** Excel in Japan reads UTF-8 CSV as Shift_JIS unless the file starts with a byte order mark. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final int MAX_COLUMN_CHARS = 60;

    private TableExporter() {
    }

    /** The table as CSV: UTF-8 with a byte order mark, a header row, numbers as plain decimals. */
    public static void writeCsv(Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(table.columns().stream().map(Table.Column::header).toArray(String[]::new))
                .setRecordSeparator("\r\n")
                .build();
        CSVPrinter printer = new CSVPrinter(writer, format);
        for (List<Object> row : table.rows()) {
            printer.printRecord(row.stream().map(TableExporter::safeCsvCell).toList());
        }
        printer.flush();
    }

    /**
     * The tables as one workbook, a sheet each: a bold frozen header with filters, numbers kept as
     * numbers, and the stamp in the print header and footer so that a printout carries the marking.
     */
    public static void writeXlsx(List<Table> tables, ExportStamp stamp, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Set<String> sheetNames = new HashSet<>();
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(uniqueSheetName(XmlText.clean(table.title()), sheetNames));
                fill(sheet, table, styles);
                stampPrintout(sheet, table, stamp);
            }
            workbook.write(out);
        }
    }

    private static void fill(Sheet sheet, Table table, Styles styles) {
        List<Table.Column> columns = table.columns();
        Row header = sheet.createRow(0);
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(XmlText.clean(columns.get(c).header()));
            cell.setCellStyle(styles.header);
            widths[c] = TextWrap.columns(columns.get(c).header());
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = table.rows().get(r);
            for (int c = 0; c < columns.size(); c++) {
                Object value = values.get(c);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(styles.of(columns.get(c).kind()));
                } else {
                    cell.setCellValue(XmlText.clean(value.toString()));
                }
                widths[c] = Math.max(widths[c], TextWrap.columns(csvCell(value)));
            }
        }
        // Measured from the text, not with autoSizeColumn, which needs the fonts and is slow on big sheets.
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, (Math.min(widths[c], MAX_COLUMN_CHARS) + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (!columns.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, table.rows().size()), 0, columns.size() - 1));
        }
    }

    private static void stampPrintout(Sheet sheet, Table table, ExportStamp stamp) {
        stamp.classification().ifPresent(marking -> sheet.getHeader().setRight(XmlText.clean(marking)));
        sheet.getFooter().setLeft(XmlText.clean(table.title()));
        sheet.getFooter().setRight(Messages.get("export.generated", stamp.generated().toString()));
    }

    /** Excel sheet names: at most 31 characters, some characters refused, unique in the workbook. */
    private static String uniqueSheetName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title.isBlank() ? "Sheet" : title);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }


    /** A CSV cell: numbers as {@link #csvCell}, text through the one formula rule ({@link CsvCells}). */
    private static String safeCsvCell(Object value) {
        return value instanceof Number ? csvCell(value) : CsvCells.text(csvCell(value));
    }

    /** Numbers with the data's precision (at most six decimals, never -0): {@link Decimals}. */
    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? Decimals.plain(number) : "";
        }
        return value.toString();
    }

    /** One cell style per kind of number, shared by every sheet (a workbook holds at most 64,000 styles). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle share;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            integer = numberStyle(workbook, "0");
            decimal = numberStyle(workbook, "#,##0.###");
            share = numberStyle(workbook, "0.0%");
        }

        private static CellStyle numberStyle(XSSFWorkbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }

        CellStyle of(Table.Kind kind) {
            return switch (kind) {
                case INTEGER -> integer;
                case SHARE -> share;
                case DECIMAL, TEXT -> decimal;
            };
        }
    }
}
