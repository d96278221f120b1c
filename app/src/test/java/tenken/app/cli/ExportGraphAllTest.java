package tenken.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;

/**
 * Issue 13 item 16: {@code export-graph --all} writes the whole catalogue's chokepoint graph, the picture the
 * chokepoint screen exports (Japan's imports by default, world production standing in where they are
 * missing, said so), on A4 pages and 16:9 slides at 10 pt or more, and the whole look-through supply graph
 * as GraphML; {@code --stage} narrows it; exactly one of {@code --material} and {@code --all}.
 */
class ExportGraphAllTest {

    private static final double A4_SHORT = 595.28;
    private static final double A4_LONG = 841.89;

    /** Items of ten different designated materials, as the Japanese graph labels them. */
    private static final List<String> ITEM_LABELS = List.of("ガリウム（製錬・精製）", "りん酸アンモニウム（原材料）",
            "工作機械（生産）", "MLCC（生産）", "クランクシャフト（生産）", "基盤クラウドプログラム（製品）",
            "ネオジム磁石（製品）", "半導体（後工程）", "液化天然ガス（天然ガス）（生産）", "大型鍛造品（製品）",
            "βラクタム系抗菌薬（原薬）", "蓄電池部素材（部素材）");

    /** Items (material keys) of ten different designated materials that have supply data. */
    private static final Set<String> ITEM_MATERIALS = Set.of("gallium", "ammonium phosphate", "machine tools", "mlcc",
            "crankshafts", "foundational cloud programs", "semiconductors", "liquefied natural gas", "titanium sponge",
            "beta-lactam key starting materials");

    /** The longest item names of the English graph, each wider than half an A4 page at 11 pt. */
    private static final List<String> LONG_ENGLISH_ITEM_LABELS = List.of(
            "Semiconductor raw materials (yellow phosphorus, helium, noble gases, fluorspar, etc.) (Raw material)",
            "Semiconductor manufacturing equipment (including its components) (Manufacturing equipment)",
            "MLCC (where the largest maker's capacity is) (Production (stages not split by the source))",
            "MLCC (multilayer ceramic capacitors) (Production (stages not split by the source))",
            "Leading-edge logic semiconductors (9 nm and below) (Manufacturing (front-end))",
            "Liquefied natural gas (natural gas) (Production (stages not split by the source))");

    @TempDir
    static Path dir;

    private static String db;

    @BeforeAll
    static void seededDatabase() {
        Messages.setLocale(Messages.JAPANESE);
        db = dir.resolve("tenken.db").toString();
        assertThat(CliRun.of("--db", db, "check").status()).isZero();
    }

    @AfterEach
    void japanese() {
        Messages.setLocale(Messages.JAPANESE);
        Locale.setDefault(Messages.JAPANESE);
    }

    private static CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void theWholeCatalogueAsPdfIsOnA4PagesWithNoGlyphUnderTenPointsNamingTheItemsOfManyMaterials()
            throws IOException {
        Path pdf = dir.resolve("all.pdf");

        CliRun run = run("export-graph", "--all", "--out", pdf.toString());

        assertThat(run.status()).as(run.err()).isZero();
        List<PageText> pages = pages(pdf);
        assertThat(pages).hasSizeGreaterThan(1);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            PageText page = pages.get(i);
            assertThat(page.a4()).as("page %d is A4: %s × %s", i + 1, page.width(), page.height()).isTrue();
            assertThat(page.glyphs()).as("page %d has text", i + 1).isPositive();
            assertThat(page.smallest()).as("smallest type on page %d", i + 1).isGreaterThanOrEqualTo(10 - 0.01);
            // The chokepoint screen's title, numbered, and its subtitle naming the consumer: Japan by default.
            assertThat(page.text()).contains("チョークポイント・グラフ（" + (i + 1) + "/" + pages.size() + "）",
                    "／ 日本の輸入");
            all.append(page.text());
        }
        assertThat(all).contains(ITEM_LABELS).contains("中国", "チリ", "オーストラリア")
                .contains("世界生産で代用しています", "（世界生産で代用）");
    }

    /**
     * In English the item names are longer ("Semiconductor manufacturing equipment (including its components)
     * (Manufacturing equipment)"): they wrap in their boxes, and none runs off a page or is drawn on two pages,
     * cut at their edges.
     */
    @Test
    void theWholeCatalogueInEnglishHasEveryLongItemNameWholeOnOnePageAndNoGlyphOffThePage() throws IOException {
        Path pdf = dir.resolve("all-en.pdf");

        CliRun run = run("--lang", "en", "export-graph", "--all", "--out", pdf.toString());

        assertThat(run.status()).as(run.err()).isZero();
        List<PageText> pages = pages(pdf);
        assertThat(pages).hasSizeGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            PageText page = pages.get(i);
            assertThat(page.a4()).as("page %d is A4", i + 1).isTrue();
            assertThat(page.smallest()).as("smallest type on page %d", i + 1).isGreaterThanOrEqualTo(10 - 0.01);
            assertThat(page.text()).contains("Chokepoint graph (" + (i + 1) + "/" + pages.size() + ")");
            assertThat(page.outside()).as("glyphs off page %d", i + 1).isZero();
        }
        for (String name : LONG_ENGLISH_ITEM_LABELS) {
            assertThat(pages.stream().filter(page -> page.text().replaceAll("\\s+", " ").contains(name)))
                    .as(name).hasSize(1);
        }
    }

    @Test
    void theWholeCatalogueAsPowerPointIsOnSixteenByNineSlidesWithNoRunUnderTenPoints() throws IOException {
        Path pptx = dir.resolve("all.pptx");

        CliRun run = run("--lang", "en", "export-graph", "--all", "--out", pptx.toString());

        assertThat(run.status()).as(run.err()).isZero();
        try (InputStream in = Files.newInputStream(pptx); XMLSlideShow deck = new XMLSlideShow(in)) {
            assertThat(deck.getPageSize().getWidth()).isEqualTo(960);
            assertThat(deck.getPageSize().getHeight()).isEqualTo(540);
            List<XSLFSlide> slides = deck.getSlides();
            assertThat(slides).hasSizeGreaterThan(1);
            for (int i = 0; i < slides.size(); i++) {
                XSLFSlide slide = slides.get(i);
                assertThat(slide.getTitle()).isEqualTo("Chokepoint graph (" + (i + 1) + "/" + slides.size() + ")");
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFTextShape text) {
                        text.getTextParagraphs().forEach(paragraph -> paragraph.getTextRuns().forEach(textRun ->
                                assertThat(textRun.getFontSize()).as(textRun.getRawText())
                                        .isGreaterThanOrEqualTo(10)));
                    }
                }
            }
        }
    }

    @Test
    void theWholeCatalogueAsGraphMlHasTheItemsOfManyMaterials() throws IOException {
        Path graphml = dir.resolve("all.graphml");

        CliRun run = run("export-graph", "--all", "--out", graphml.toString());

        assertThat(run.status()).as(run.err()).isZero();
        Map<String, Map<String, String>> nodes = graphMlNodes(graphml);
        assertThat(materialsOf(nodes)).containsAll(ITEM_MATERIALS);
        assertThat(nodes.keySet()).contains("country:CHN", "country:AUS", "country:CHL");
    }

    @Test
    void theStageNarrowsTheWholeCatalogueToItsItems() throws IOException {
        Path graphml = dir.resolve("mining.graphml");
        Path pdf = dir.resolve("mining.pdf");

        CliRun graphFile = run("export-graph", "--all", "--stage", "採掘", "--out", graphml.toString());
        CliRun picture = run("export-graph", "--all", "--stage", "mining", "--out", pdf.toString());

        assertThat(graphFile.status()).as(graphFile.err()).isZero();
        Map<String, Map<String, String>> items = new HashMap<>(graphMlNodes(graphml));
        items.values().removeIf(node -> !"item".equals(node.get("kind")));
        assertThat(items.values()).isNotEmpty().allSatisfy(node -> assertThat(node).containsEntry("stage", "mining"));
        assertThat(materialsOf(items)).contains("rare earths", "lithium", "phosphate rock", "uranium")
                .doesNotContain("gallium", "semiconductors", "machine tools");

        assertThat(picture.status()).as(picture.err()).isZero();
        String text = String.join("\n", pages(pdf).stream().map(PageText::text).toList());
        assertThat(text).contains("レアアース（採掘）", "リチウム（採掘）", "りん鉱石（採掘）")
                .doesNotContain("レアアース（製錬・精製）", "ガリウム（製錬・精製）", "工作機械（生産）");
    }

    @Test
    void neitherMaterialNorAllIsRefusedInEitherLanguage() {
        Path out = dir.resolve("neither.pdf");

        CliRun japanese = in(Messages.JAPANESE, "--db", db, "export-graph", "--out", out.toString());
        CliRun english = in(Messages.ENGLISH, "--db", db, "export-graph", "--out", out.toString());

        assertThat(japanese.status()).isEqualTo(2);
        assertThat(japanese.err()).startsWith("次のどれか一つを指定してください: --material=NAME | --all")
                .contains("使い方: tenken export-graph").contains("(--material=NAME | --all)")
                .doesNotContain("Missing required");
        assertThat(english.status()).isEqualTo(2);
        assertThat(english.err()).startsWith("Give exactly one of: --material=NAME | --all")
                .contains("Usage: tenken export-graph");
        assertThat(out).doesNotExist();
    }

    @Test
    void materialAndAllTogetherAreRefusedInEitherLanguage() {
        Path out = dir.resolve("both.pdf");

        CliRun japanese = in(Messages.JAPANESE, "--db", db, "export-graph", "--all", "--material", "gallium", "--out",
                out.toString());
        CliRun english = in(Messages.ENGLISH, "--db", db, "export-graph", "--material=gallium", "--all", "--out",
                out.toString());

        assertThat(japanese.status()).isEqualTo(2);
        assertThat(japanese.err()).startsWith("--material、--all は同時に指定できません。")
                .contains("使い方: tenken export-graph").doesNotContain("mutually exclusive");
        assertThat(english.status()).isEqualTo(2);
        assertThat(english.err()).startsWith("--material, --all cannot be given together: give only one of them.")
                .contains("Usage: tenken export-graph");
        assertThat(out).doesNotExist();
    }

    @Test
    void anEmptyCatalogueHasNoGraphToWrite() {
        String empty = dir.resolve("empty.db").toString();
        Path out = dir.resolve("empty.pdf");

        CliRun run = CliRun.of("--db", empty, "--no-seed", "export-graph", "--all", "--out", out.toString());

        assertThat(run.status()).isEqualTo(TenkenCli.BAD_INPUT);
        assertThat(run.err()).contains("全物資について、日本の輸入のシェアのデータがありません。")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    /** As the program does with {@code --lang}: the messages and picocli's help texts in one language. */
    private static CliRun in(Locale language, String... args) {
        Messages.setLocale(language);
        Locale.setDefault(language);
        return CliRun.of(args);
    }

    private static Set<String> materialsOf(Map<String, Map<String, String>> nodes) {
        Set<String> materials = new TreeSet<>();
        nodes.values().stream().filter(node -> "item".equals(node.get("kind")))
                .forEach(node -> materials.add(node.get("material")));
        return materials;
    }

    /** Each node's attributes, by node id. */
    private static Map<String, Map<String, String>> graphMlNodes(Path graphml) throws IOException {
        Map<String, Map<String, String>> nodes = new HashMap<>();
        Graph<String, DefaultEdge> graph = new DirectedPseudograph<>(DefaultEdge.class);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((pair, attribute) -> nodes
                .computeIfAbsent(pair.getFirst(), v -> new HashMap<>()).put(pair.getSecond(), attribute.getValue()));
        try (Reader reader = Files.newBufferedReader(graphml, StandardCharsets.UTF_8)) {
            importer.importGraph(graph, reader);
        }
        assertThat(graph.edgeSet()).isNotEmpty();
        return nodes;
    }

    /** One PDF page: its size, its text, how many glyphs and the smallest as rendered, in points. */
    private record PageText(double width, double height, String text, int glyphs, double smallest, int outside) {

        boolean a4() {
            return Math.abs(Math.min(width, height) - A4_SHORT) < 0.5
                    && Math.abs(Math.max(width, height) - A4_LONG) < 0.5;
        }
    }

    private static List<PageText> pages(Path pdf) throws IOException {
        List<PageText> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                PDRectangle box = document.getPage(i - 1).getMediaBox();
                Glyphs glyphs = new Glyphs(box.getWidth(), box.getHeight());
                glyphs.setStartPage(i);
                glyphs.setEndPage(i);
                String text = glyphs.getText(document);
                pages.add(new PageText(box.getWidth(), box.getHeight(), text, glyphs.count, glyphs.smallest,
                        glyphs.outside));
            }
        }
        return pages;
    }

    /**
     * Every glyph's size as rendered: the text rendering matrix holds the font size, the text matrix and
     * the page's transformation, so a label drawn small and scaled up counts at the size it shows; and how
     * many glyphs lie off the page (drawn, but clipped away: a label cut at the page's edge).
     */
    private static final class Glyphs extends PDFTextStripper {

        private final double width;
        private final double height;
        double smallest = Double.POSITIVE_INFINITY;
        int count;
        int outside;

        Glyphs(double width, double height) throws IOException {
            this.width = width;
            this.height = height;
        }

        @Override
        protected void processTextPosition(TextPosition glyph) {
            super.processTextPosition(glyph);
            count++;
            double size = glyph.getTextMatrix().getScalingFactorY();
            smallest = Math.min(smallest, size);
            if (glyph.getX() < -0.5 || glyph.getX() + glyph.getWidth() > width + 0.5 || glyph.getY() > height + 0.5
                    || glyph.getY() - size < -0.5) {
                outside++;
            }
        }
    }
}
