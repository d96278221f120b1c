package tenken.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The exporters run from the command line without a display: the renderers and what they draw from
 * ({@code tenken.views.export}, {@code tenken.views.picture}) use no JavaFX; only the window's export
 * dialog ({@code tenken.views.export.ui}) does.
 */
class ExportArchitectureTest {

    @Test
    void theRenderersAndThePictureModelKnowNoJavaFx() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("tenken.views");
        noClasses().that().resideInAnyPackage("tenken.views.export", "tenken.views.picture")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }
}
