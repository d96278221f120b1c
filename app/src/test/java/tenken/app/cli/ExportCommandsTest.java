package tenken.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tenken.assets.Messages;

/** {@code export-graph} and {@code export-chart} on the seeded catalogue, each file read back by its reader. */
class ExportCommandsTest {

    @TempDir
    static Path dir;

    private static String db;

    @BeforeAll
    static void seededDatabase() {
        db = dir.resolve("tenken.db").toString();
        assertThat(CliRun.of("--db", db, "check").status()).isZero();
    }

    @BeforeEach
    void japanese() {
        Messages.setLocale(Messages.JAPANESE);
    }

    private static CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void theGalliumGraphAsSvgHasTheNodeLabelsAsTextAndTheSourceFootnote() throws Exception {
        Path svg = dir.resolve("gallium.svg");

        CliRun run = run("export-graph", "--material", "ガリウム", "--consumer", "WLD", "--out", svg.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains(svg.toString());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(svg.toFile());
        NodeList texts = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            strings.add(texts.item(i).getTextContent());
        }
        assertThat(strings).contains("中国", "ロシア", "ガリウム（製錬・精製）", "ガリウムのチョークポイント・グラフ");
        assertThat(String.join("\n", strings)).contains("USGS Mineral Commodity Summaries 2025", "2024");
    }

    @Test
    void theFormatComesFromTheExtensionAndThePdfTextHasTheJapaneseLabelsAndFootnote() throws Exception {
        Path pdf = dir.resolve("semiconductors-jpn.pdf");

        CliRun run = run("export-graph", "--material", "Semiconductors", "--consumer", "jpn", "--out", pdf.toString(),
                "--classification", "取扱注意");

        assertThat(run.status()).as(run.err()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // The footnote names its sources by whole titles, wrapped between words on the page.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s*\\R\\s*", " ");
            assertThat(text).contains("半導体のチョークポイント・グラフ", "日本の輸入", "中国", "取扱注意", "出典:",
                    "USGS Mineral Commodity Summaries 2025");
        }
    }

    @Test
    void japanIsTheDefaultConsumerOfTheExports() throws Exception {
        Path pdf = dir.resolve("gallium-default.pdf");

        CliRun run = run("export-graph", "--material", "gallium", "--out", pdf.toString());

        assertThat(run.status()).as(run.err()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // Japan's own gallium imports (2021), not the world's production (USGS, 2024).
            assertThat(new PDFTextStripper().getText(document)).contains("日本の輸入", "Yomiuri", "2021")
                    .doesNotContain("USGS");
        }
    }

    @Test
    void thePowerPointHasTheSlideWithTitlePictureAndFootnote() throws Exception {
        Path pptx = dir.resolve("gallium.pptx");

        CliRun run = run("export-graph", "--material", "gallium", "--consumer", "WLD", "--format", "pptx", "--out",
                pptx.toString(), "--theme", "projector");

        assertThat(run.status()).as(run.err()).isZero();
        try (InputStream in = Files.newInputStream(pptx); XMLSlideShow deck = new XMLSlideShow(in)) {
            assertThat(deck.getSlides()).hasSize(1);
            XSLFSlide slide = deck.getSlides().get(0);
            assertThat(slide.getTitle()).isEqualTo("ガリウムのチョークポイント・グラフ");
            assertThat(slide.getShapes()).anyMatch(XSLFPictureShape.class::isInstance);
            StringBuilder text = new StringBuilder();
            slide.getShapes().stream().filter(XSLFTextShape.class::isInstance)
                    .forEach(shape -> text.append(((XSLFTextShape) shape).getText()).append('\n'));
            assertThat(text).contains("USGS Mineral Commodity Summaries 2025", "2024", "作成日");
        }
    }

    @Test
    void pngDimensionsFollowTheScale() throws Exception {
        Path one = dir.resolve("one.png");
        Path four = dir.resolve("four.png");

        assertThat(run("export-graph", "--material", "gallium", "--out", one.toString(), "--scale", "1").status())
                .isZero();
        assertThat(run("export-graph", "--material", "gallium", "--out", four.toString(), "--scale", "4",
                "--transparent").status()).isZero();

        BufferedImage small = ImageIO.read(one.toFile());
        BufferedImage large = ImageIO.read(four.toFile());
        assertThat(large.getWidth()).isEqualTo(4 * small.getWidth());
        assertThat(large.getHeight()).isEqualTo(4 * small.getHeight());
        assertThat(large.getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void graphMlAndGexfOfTheLookThroughGraphReimportWithTheirAttributes() throws Exception {
        Path graphml = dir.resolve("semiconductors.graphml");
        Path gexf = dir.resolve("semiconductors.gexf");
        assertThat(run("export-graph", "--material", "半導体", "--consumer", "JPN", "--out", graphml.toString())
                .status()).isZero();
        assertThat(run("export-graph", "--material", "半導体", "--consumer", "JPN", "--out", gexf.toString())
                .status()).isZero();

        Map<String, Map<String, String>> fromGraphMl = new HashMap<>();
        Graph<String, DefaultEdge> first = new DirectedPseudograph<>(DefaultEdge.class);
        GraphMLImporter<String, DefaultEdge> graphMlImporter = new GraphMLImporter<>();
        graphMlImporter.setVertexFactory(id -> id);
        graphMlImporter.addVertexAttributeConsumer((pair, attribute) -> fromGraphMl
                .computeIfAbsent(pair.getFirst(), v -> new HashMap<>()).put(pair.getSecond(), attribute.getValue()));
        try (Reader reader = Files.newBufferedReader(graphml, StandardCharsets.UTF_8)) {
            graphMlImporter.importGraph(first, reader);
        }
        Graph<String, DefaultEdge> second = new DirectedPseudograph<>(DefaultEdge.class);
        SimpleGEXFImporter<String, DefaultEdge> gexfImporter = new SimpleGEXFImporter<>();
        gexfImporter.setVertexFactory(id -> id);
        try (Reader reader = Files.newBufferedReader(gexf, StandardCharsets.UTF_8)) {
            gexfImporter.importGraph(second, reader);
        }

        assertThat(first.vertexSet()).isEqualTo(second.vertexSet()).contains("country:CHN");
        assertThat(first.edgeSet()).hasSameSizeAs(second.edgeSet()).isNotEmpty();
        assertThat(fromGraphMl.get("country:CHN")).containsEntry("kind", "country").containsEntry("iso3", "CHN")
                .containsEntry("label", "中国");
        assertThat(fromGraphMl.values()).anySatisfy(node -> assertThat(node).containsEntry("kind", "item")
                .containsEntry("material", "gallium").containsEntry("iso3", "JPN"));
    }

    @Test
    void theChartOfAnItemNamedInEnglishIsWrittenAsAPdfWithItsSources() throws Exception {
        Path pdf = dir.resolve("beta-lactam.pdf");

        Messages.setLocale(Messages.ENGLISH);
        CliRun run = run("--lang", "en", "export-chart", "--material",
                "Beta-lactam key starting materials and intermediates", "--consumer", "JPN", "--out", pdf.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Written to ");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Beta-lactam key starting materials", "Japan", "Generated ");
        }
    }

    @Test
    void anUnknownMaterialIsRefusedWithCloseMatches() {
        Messages.setLocale(Messages.ENGLISH);
        CliRun run = run("--lang", "en", "export-graph", "--material", "galium", "--out",
                dir.resolve("x.svg").toString());

        assertThat(run.status()).isEqualTo(TenkenCli.BAD_INPUT);
        assertThat(run.err()).contains("unknown material \"galium\" (did you mean gallium / ガリウム?)")
                .doesNotContain("Exception");
        assertThat(dir.resolve("x.svg")).doesNotExist();
    }

    @Test
    void aChartCannotBeWrittenAsAGraphFileNorAFileWithoutAKnownExtension() {
        Messages.setLocale(Messages.ENGLISH);
        CliRun graphFile = run("--lang", "en", "export-chart", "--material", "gallium", "--out",
                dir.resolve("chart.graphml").toString());
        CliRun noExtension = run("--lang", "en", "export-chart", "--material", "gallium", "--out",
                dir.resolve("chart").toString());

        assertThat(graphFile.status()).isEqualTo(TenkenCli.BAD_INPUT);
        assertThat(graphFile.err()).contains("cannot write the format").contains("pdf|png|pptx|svg");
        assertThat(noExtension.status()).isEqualTo(TenkenCli.BAD_INPUT);
        assertThat(noExtension.err()).contains("--format");
    }
}
