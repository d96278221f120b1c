package tenken.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.store.db.TenkenDatabase;
import tenken.store.io.CatalogueExporter;
import tenken.store.io.CatalogueImporter;
import tenken.store.model.InputRelation;
import tenken.store.progress.ProgressMonitor;
import tenken.store.repo.CatalogueRepository;

class RoundTripTest {

    @TempDir
    Path dir;

    private static String exportShares(TenkenDatabase database) throws Exception {
        StringWriter out = new StringWriter();
        CatalogueExporter.writeShares(new CatalogueRepository(database).load(), out);
        return out.toString();
    }

    private static String exportInputs(TenkenDatabase database) throws Exception {
        StringWriter out = new StringWriter();
        CatalogueExporter.writeInputs(new CatalogueRepository(database).load(), out);
        return out.toString();
    }

    private static String exportMaterials(TenkenDatabase database) throws Exception {
        StringWriter out = new StringWriter();
        CatalogueExporter.writeMaterials(new CatalogueRepository(database).load(), out);
        return out.toString();
    }

    @Test
    void theSeededCatalogueSurvivesExportImportIntoAnEmptyDatabaseAndExportAgain() throws Exception {
        TenkenDatabase seeded = TenkenDatabase.open(dir.resolve("seeded.db"));
        String first = exportShares(seeded);
        String firstInputs = exportInputs(seeded);
        String firstMaterials = exportMaterials(seeded);

        TenkenDatabase empty = TenkenDatabase.open(dir.resolve("empty.db"), false);
        CatalogueImporter importer = new CatalogueImporter(empty);
        importer.importMaterials("materials.csv", firstMaterials.getBytes(StandardCharsets.UTF_8), null, ProgressMonitor.NONE);
        importer.importShares("shares.csv", first.getBytes(StandardCharsets.UTF_8), null, ProgressMonitor.NONE);
        importer.importInputs("inputs.csv", firstInputs.getBytes(StandardCharsets.UTF_8), null, ProgressMonitor.NONE);

        assertThat(exportMaterials(empty)).isEqualTo(firstMaterials);
        assertThat(firstMaterials.lines().findFirst()).contains("material,name_ja,name_en,parent");
        assertThat(exportShares(empty)).isEqualTo(first);
        assertThat(exportInputs(empty)).isEqualTo(firstInputs);
        assertThat(first.lines().findFirst()).contains("material,stage,country_iso3,share,year,source,consumer_iso3,basis,quality,note");
        assertThat(first.lines().count()).isGreaterThan(270);
    }

    @Test
    void inputRelationsImportReplacesTheInputsOfEachMaterialAndStage() throws Exception {
        TenkenDatabase database = TestDatabases.withMaterials(dir.resolve("inputs.db"));
        CatalogueImporter importer = new CatalogueImporter(database);
        String header = "material,stage,input_material,input_stage\n";
        importer.importInputs("a.csv", (header + "permanent magnets,product,neodymium,refining\npermanent magnets,product,dysprosium,refining\n")
                .getBytes(StandardCharsets.UTF_8), null, ProgressMonitor.NONE);

        importer.importInputs("b.csv", (header + "permanent magnets,product,neodymium,refining\n").getBytes(StandardCharsets.UTF_8),
                null, ProgressMonitor.NONE);

        assertThat(new CatalogueRepository(database).load().inputs())
                .containsExactly(new InputRelation("permanent magnets", "product", "neodymium", "refining"));
    }
}
