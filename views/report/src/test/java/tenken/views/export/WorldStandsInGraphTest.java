package tenken.views.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tenken.assets.Messages;
import tenken.graph.network.Item;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Country;
import tenken.store.model.Material;
import tenken.store.progress.ProgressMonitor;
import tenken.store.repo.CatalogueRepository;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.model.SupplyNetworks;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.PictureStyle;
import tenken.views.picture.SupplyNetwork;

/**
 * Issue 13 item 13: "Japan is the subject of the act: default to JPN everywhere, and say 'world production
 * stands in' where it does." The graph of Japan's imports marks, in words, each item whose supply is world
 * production's because Japan has no shares of its own for it, and says for how many; the exported graph
 * (the same picture the window shows) carries both.
 */
class WorldStandsInGraphTest {

    private static AnalysisSnapshot analysis;

    @BeforeAll
    static void seeded() throws Exception {
        Path dir = Files.createTempDirectory("tenken-world");
        analysis = AnalysisSnapshot.of(new CatalogueRepository(TenkenDatabase.open(dir.resolve("t.db"))).load());
    }

    private static Material material(String key) {
        return analysis.catalogue().materialsByKey().get(key);
    }

    private static GraphPicture exported(String material) {
        return exported(material, PictureStyle.PRINT);
    }

    private static GraphPicture exported(String material, PictureStyle style) {
        return new MaterialExports(analysis).graph(material(material), Optional.empty(), Country.JAPAN, style,
                ProgressMonitor.NONE);
    }

    private static String pdfText(GraphPicture graph) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.write(List.of(Page.of(graph, TestPictures.STAMP)), out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theItemsJapanHasNoSharesForAreExactlyThoseMarked() {
        Messages.setLocale(Messages.JAPANESE);
        SupplyNetwork japan = SupplyNetworks.of(analysis, Country.JAPAN);

        int marked = 0;
        for (SupplyNetwork.Node node : japan.nodes()) {
            if (node.kind() != SupplyNetwork.Kind.ITEM) {
                assertThat(node.worldStandsIn()).as(node.id()).isFalse();
                continue;
            }
            Item item = new Item(node.materialKey(), node.stageKey());
            boolean world = analysis.data().group(Country.JAPAN, item).isEmpty()
                    && analysis.data().group(Country.WORLD, item).isPresent();
            assertThat(node.worldStandsIn()).as(node.id()).isEqualTo(world);
            if (world) {
                marked++;
                assertThat(node.detail()).as(node.id()).contains("日本の輸入のデータがないため、世界生産で代用");
            }
        }
        assertThat(marked).as("items world production stands in for").isGreaterThan(10);
        assertThat(japan.worldStandsIn()).isEqualTo(marked);
        assertThat(japan.node("gallium/refining").worldStandsIn()).as("Japan's own gallium imports").isFalse();
        assertThat(japan.node("tungsten/mining").worldStandsIn()).isTrue();
        assertThat(SupplyNetworks.of(analysis, Country.WORLD).worldStandsIn()).as("world production itself").isZero();
    }

    @Test
    void theExportedGraphSaysInWordsWhichItemsWorldProductionStandsInFor() throws Exception {
        Messages.setLocale(Messages.JAPANESE);
        GraphPicture tungsten = exported("tungsten");

        assertThat(tungsten.node("tungsten/mining").label()).isEqualTo("タングステン（採掘）\n（世界生産で代用）");
        assertThat(tungsten.subtitle()).contains("日本の輸入のデータがない 2 品目は、世界生産で代用しています");
        String printed = pdfText(tungsten);
        assertThat(printed).contains("（世界生産で代用）", "日本の輸入のデータがない 2 品目は、世界生産で代用しています");

        GraphPicture gallium = exported("gallium");
        assertThat(gallium.node("gallium/refining").label()).isEqualTo("ガリウム（製錬・精製）");
        assertThat(gallium.subtitle()).doesNotContain("世界生産で代用");
        assertThat(pdfText(gallium)).doesNotContain("世界生産で代用");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void theMarkAndTheNoteAreInTheSessionLanguage(String language) {
        Messages.setLocale(language.equals("en") ? Messages.ENGLISH : Messages.JAPANESE);
        GraphPicture tungsten = exported("tungsten");

        String mark = language.equals("en") ? "(world production stands in)" : "（世界生産で代用）";
        String note = language.equals("en") ? "No data for Japan's imports for 2 items: world production stands in"
                : "日本の輸入のデータがない 2 品目は、世界生産で代用しています";
        assertThat(tungsten.node("tungsten/refining").label()).endsWith("\n" + mark);
        assertThat(tungsten.subtitle()).contains(note);
    }

    /**
     * On the projector a line of words in each box costs the room a page needs at 24 px: the box carries a sign
     * after its name instead, and the subtitle says in words what the sign means.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void onTheProjectorASignInTheBoxAndTheSubtitleSayWhatItMeans(String language) {
        Messages.setLocale(language.equals("en") ? Messages.ENGLISH : Messages.JAPANESE);
        GraphPicture tungsten = exported("tungsten", PictureStyle.PROJECTOR);

        String name = language.equals("en") ? "Tungsten (Mining)" : "タングステン（採掘）";
        String sign = language.equals("en") ? " *" : "※";
        String note = language.equals("en") ? "* marks the 2 items with no data for Japan's imports: world production "
                + "stands in" : "※印の品目（2 品目）は日本の輸入のデータがなく、世界生産で代用しています";
        assertThat(tungsten.node("tungsten/mining").label()).isEqualTo(name + sign);
        assertThat(tungsten.subtitle()).contains(note);
        assertThat(exported("gallium", PictureStyle.PROJECTOR).node("gallium/refining").label()).doesNotContain(sign.strip());
    }
}
