package tenken.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;
import tenken.store.csv.ImportException;
import tenken.store.csv.ImportProblem;
import tenken.store.db.TenkenDatabase;
import tenken.store.io.CatalogueExporter;
import tenken.store.io.CatalogueImporter;
import tenken.store.model.Catalogue;
import tenken.store.model.Material;
import tenken.store.model.SupplyShare;
import tenken.store.progress.ProgressMonitor;
import tenken.store.repo.CatalogueRepository;

/** Issue 17: the materials file declares candidates and items; nothing else creates materials. */
class MaterialsImportTest {

    private static final String HEADER = "material,name_ja,name_en,parent\n";

    @TempDir
    Path dir;

    private TenkenDatabase database;
    private CatalogueImporter importer;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.ENGLISH);
        database = TestDatabases.withMaterials(dir.resolve("m.db"));
        importer = new CatalogueImporter(database);
    }

    private void declare(String content) {
        importer.importMaterials("m.csv", content.getBytes(StandardCharsets.UTF_8), null, ProgressMonitor.NONE);
    }

    private List<String> refused(String content) throws Exception {
        byte[] before = Files.readAllBytes(database.file());
        List<Material> materialsBefore = catalogue().materials();
        try {
            declare(content);
        } catch (ImportException e) {
            assertThat(Files.readAllBytes(database.file())).isEqualTo(before);
            assertThat(catalogue().materials()).isEqualTo(materialsBefore);
            return e.problems().stream().map(ImportProblem::toString).toList();
        }
        throw new AssertionError("accepted");
    }

    private Catalogue catalogue() {
        return new CatalogueRepository(database).load();
    }

    @Test
    void declaresACandidateAndAnItemThenSharesMayNameThem() {
        declare(HEADER + "antimony,アンチモン,Antimony,\n"
                + "antimony trioxide,三酸化アンチモン,Antimony trioxide,アンチモン\n");

        assertThat(catalogue().findMaterial("Antimony")).get().extracting(Material::parentKey).isNull();
        assertThat(catalogue().findMaterial("三酸化アンチモン")).get().extracting(Material::parentKey).isEqualTo("antimony");

        importer.importShares("s.csv", ("material,stage,country_iso3,share,year,source\n"
                + "アンチモン,採掘,CHN,0.48,2024,USGS MCS 2025\n").getBytes(StandardCharsets.UTF_8), null,
                ProgressMonitor.NONE);
        assertThat(catalogue().shares()).extracting(SupplyShare::material, SupplyShare::stage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("antimony", "mining"));
    }

    @Test
    void aKnownKeyIsUpdatedAndNothingIsDeleted() {
        int before = catalogue().materials().size();

        declare(HEADER + "gallium,ガリウム（金属）,Gallium metal,\n");

        assertThat(catalogue().materials()).hasSize(before);
        assertThat(catalogue().materialsByKey().get("gallium"))
                .isEqualTo(new Material("gallium", "ガリウム（金属）", "Gallium metal", null, 2));
    }

    @Test
    void aNameOfAnotherMaterialIsRefused() throws Exception {
        assertThat(refused(HEADER + "gallium metal,ガリウム,Gallium metal,\n")).containsExactly(
                "m.csv:2: name_ja: \"ガリウム\" is already a name (or the key) of material gallium");
        assertThat(refused(HEADER + "tin,スズ,Tin,\nstannum,すず,ＴＩＮ,\n")).containsExactly(
                "m.csv:2: material: \"tin\" is already a name (or the key) of material stannum",
                "m.csv:2: name_en: \"Tin\" is already a name (or the key) of material stannum",
                "m.csv:3: name_en: \"ＴＩＮ\" is already a name (or the key) of material tin");
    }

    @Test
    void anUnknownParentIsRefusedWithTheClosestName() throws Exception {
        assertThat(refused(HEADER + "tin,スズ,Tin,critical minerls\n")).containsExactly(
                "m.csv:2: parent: unknown material \"critical minerls\" (did you mean critical minerals / 重要鉱物?)");
    }

    @Test
    void aCycleThroughParentsIsRefused() throws Exception {
        assertThat(refused(HEADER + "critical minerals,重要鉱物,Critical minerals,gallium\n")).containsExactly(
                "m.csv:2: parent: the parents critical minerals → gallium → critical minerals make a cycle");
    }

    @Test
    void keysAreLowercaseWordsAndNamesFollowTheTextRules() throws Exception {
        assertThat(refused(HEADER + "Tin,スズ,Tin,\n")).containsExactly(
                "m.csv:2: material: key \"Tin\" must be lowercase English words (letters, digits, spaces, hyphens),"
                        + " e.g. natural graphite");
        assertThat(refused(HEADER + "tin,ス\u202Eズ,Tin,\n")).containsExactly(
                "m.csv:2: name_ja: contains the control or text-direction character U+202E");
        assertThat(refused(HEADER + "tin,スズ,Tin,,extra\n")).singleElement().asString()
                .startsWith("m.csv:2: row: the row has 5 fields");
        assertThat(refused("material,name_ja,name_en\ntin,スズ,Tin\n")).containsExactly(
                "m.csv:1: parent: required column missing from the header");
    }

    @Test
    void exportThenImportIntoAFreshDatabaseGivesTheSameFile() throws Exception {
        declare(HEADER + "antimony,アンチモン,Antimony,\n"
                + "antimony trioxide,三酸化アンチモン,\"Antimony trioxide, Sb2O3\",antimony\n"
                + "tin,スズ,Tin,\n");
        String first = export(database);

        TenkenDatabase fresh = TenkenDatabase.open(dir.resolve("fresh.db"), false);
        new CatalogueImporter(fresh).importMaterials("e.csv", first.getBytes(StandardCharsets.UTF_8), null,
                ProgressMonitor.NONE);

        assertThat(export(fresh)).isEqualTo(first);
        assertThat(first).startsWith(HEADER).contains("antimony trioxide,三酸化アンチモン,\"Antimony trioxide, Sb2O3\",antimony\n");
    }

    private static String export(TenkenDatabase database) throws Exception {
        StringWriter out = new StringWriter();
        CatalogueExporter.writeMaterials(new CatalogueRepository(database).load(), out);
        return out.toString();
    }
}
