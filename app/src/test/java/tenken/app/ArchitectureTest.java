package tenken.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The modules' dependencies point one way, store ← graph ← views ← app, with assets below them all;
 * the analysis knows the domain records but never SQL, the repositories or JavaFX; the store never
 * touches JavaFX; the exporters draw without JavaFX, so that the command line needs no display.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("tenken");
    }

    @Test
    void modulesDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("assets").definedBy("tenken.assets..")
                .layer("store").definedBy("tenken.store..")
                .layer("graph").definedBy("tenken.graph..")
                .layer("views").definedBy("tenken.views..")
                .layer("app").definedBy("tenken.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("views").mayOnlyBeAccessedByLayers("app")
                .whereLayer("graph").mayOnlyBeAccessedByLayers("views", "app")
                .whereLayer("store").mayOnlyBeAccessedByLayers("graph", "views", "app")
                .check(classes);
    }

    @Test
    void theAnalysisKnowsNeitherSqlNorJavaFx() {
        noClasses().that().resideInAPackage("tenken.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javafx..", "org.sqlite..",
                        "org.flywaydb..", "tenken.store.repo..", "tenken.store.db..")
                .check(classes);
    }

    @Test
    void theRenderersAndThePictureModelKnowNoJavaFx() {
        // Only the window's export dialog (tenken.views.export.ui) may.
        noClasses().that().resideInAnyPackage("tenken.views.export", "tenken.views.picture")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void theStoreAndTheAssetsKnowNoJavaFx() {
        noClasses().that().resideInAnyPackage("tenken.store..", "tenken.assets..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void theAssetsDependOnNoOtherModule() {
        noClasses().that().resideInAPackage("tenken.assets..")
                .should().dependOnClassesThat().resideInAnyPackage("tenken.store..", "tenken.graph..",
                        "tenken.views..", "tenken.app..")
                .check(classes);
    }
}
