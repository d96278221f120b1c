package tenken.graph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The graph module knows the domain records and JGraphT: never SQL, JavaFX or the modules above it. */
class ArchitectureTest {

    private final JavaClasses graph = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("tenken.graph");

    @Test
    void graphUsesNeitherSqlNorJavaFxNorTheModulesAboveIt() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javafx..", "tenken.store.repo..", "tenken.store.db..",
                        "tenken.views..", "tenken.app..")
                .check(graph);
    }
}
