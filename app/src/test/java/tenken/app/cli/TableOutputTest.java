package tenken.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;

/** {@code analyze --out} and {@code scenario --out} write their tables as Excel or CSV. */
class TableOutputTest {

    @TempDir
    static Path dir;

    private static String db;

    @BeforeAll
    static void seededDatabase() {
        db = dir.resolve("tenken.db").toString();
        assertThat(CliRun.of("--db", db, "check").status()).isZero();
    }

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    @Test
    void theConcentrationTableReopensInExcelWithNumbersAsNumbers() throws Exception {
        Path xlsx = dir.resolve("concentration.xlsx");

        CliRun run = CliRun.of("--db", db, "analyze", "--consumer", "WLD", "--out", xlsx.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Written to ").contains("rows");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("material key");
            Row gallium = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("gallium")) {
                    gallium = row;
                }
            }
            assertThat(gallium).isNotNull();
            assertThat(gallium.getCell(6).getStringCellValue()).isEqualTo("CHN");
            assertThat(gallium.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(gallium.getCell(7).getNumericCellValue()).isEqualTo(0.984);
            assertThat(gallium.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
    }

    @Test
    void theScenarioTableIsACsvWithTheLossOfEveryItem() throws Exception {
        Path csv = dir.resolve("scenario.csv");

        CliRun run = CliRun.of("--db", db, "scenario", "--cut", "CHN", "--consumer", "WLD", "--out", csv.toString());

        assertThat(run.status()).as(run.err()).isZero();
        List<CSVRecord> records;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            reader.skip(1);
            records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)
                    .getRecords();
        }
        assertThat(records).isNotEmpty();
        CSVRecord gallium = records.stream().filter(r -> r.get("material key").equals("gallium")).findFirst()
                .orElseThrow();
        assertThat(Double.parseDouble(gallium.get(6))).isGreaterThan(0.9);
    }

    @Test
    void aTableFileNeedsACsvOrXlsxExtension() {
        CliRun run = CliRun.of("--db", db, "analyze", "--out", dir.resolve("table.pdf").toString());

        assertThat(run.status()).isEqualTo(TenkenCli.BAD_INPUT);
        assertThat(run.err()).contains(".xlsx");
    }
}
