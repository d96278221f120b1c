package tenken.views.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tenken.assets.Messages;

class TableExporterTest {

    private static final ExportStamp STAMP = new ExportStamp(LocalDate.of(2026, 11, 23), Optional.of("取扱注意"));

    @BeforeEach
    void japanese() {
        Messages.setLocale(Messages.JAPANESE);
    }

    private static Table sample() {
        return new Table("ガリウム: 精錬", List.of(
                new Table.Column("供給国", Table.Kind.TEXT),
                new Table.Column("シェア", Table.Kind.SHARE),
                new Table.Column("年", Table.Kind.INTEGER),
                new Table.Column("出典", Table.Kind.TEXT)),
                List.of(List.of("中国", 0.984, 2024, "USGS MCS 2025, \"gallium\", kg Ga"),
                        Arrays.asList("ロシア", 0.008, 2024, null)));
    }

    @Test
    void csvHasAByteOrderMarkForExcelAndParsesBackCellForCell() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExporter.writeCsv(sample(), out);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF供給国,");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("供給国")).isEqualTo("中国");
        assertThat(records.get(0).get("シェア")).isEqualTo("0.984");
        assertThat(records.get(0).get("年")).isEqualTo("2024");
        assertThat(records.get(0).get("出典")).isEqualTo("USGS MCS 2025, \"gallium\", kg Ga");
        assertThat(records.get(1).get("出典")).isEmpty();
    }

    @Test
    void xlsxReopensWithOneSheetPerTableNumbersAsNumbersAndTheMarkingInThePrintHeader() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExporter.writeXlsx(List.of(sample(), sample()), STAMP, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).startsWith("ガリウム").endsWith("精錬").doesNotContain(":");
            assertThat(workbook.getSheetAt(1).getSheetName()).isNotEqualTo(sheet.getSheetName());
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("供給国");
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(0.984);
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2024);
            assertThat(sheet.getRow(2).getCell(3)).isNull();
            assertThat(sheet.getHeader().getRight()).isEqualTo("取扱注意");
            assertThat(sheet.getFooter().getRight()).contains("2026-11-23");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void csvNumbersHaveTheDatasPrecisionNeverBinaryNoiseOrMinusZero() throws Exception {
        Table table = new Table("t", List.of(new Table.Column("loss", Table.Kind.SHARE)),
                List.of(List.of(0.9100000000000001), List.of(-1e-17), List.of(1.0)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExporter.writeCsv(table, out);

        assertThat(out.toString(StandardCharsets.UTF_8).substring(1).split("\r?\n"))
                .containsExactly("loss", "0.91", "0", "1");
    }
}
