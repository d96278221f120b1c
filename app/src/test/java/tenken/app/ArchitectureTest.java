package tenken.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The modules' dependencies point one way, store ← graph ← views (report ← fx) ← app, with assets below
 * them all; the analysis knows the domain records but never SQL, the repositories or JavaFX; the store and
 * the headless half of views never touch JavaFX, so that the command line runs without JavaFX at all; and
 * no package depends on itself through others. The classes are imported once for all rules.
 */
@AnalyzeClasses(packages = "tenken", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The packages of views/report: headless, compiled without JavaFX. */
    private static final String[] REPORT = {"tenken.views.picture..", "tenken.views.export",
        "tenken.views.briefing..", "tenken.views.common..", "tenken.views.model.."};

    /** The packages of views/fx: the screens, canvas and dialogs. */
    private static final String[] FX = {"tenken.views.assessment..", "tenken.views.canvas..",
        "tenken.views.catalogue..", "tenken.views.chokepoint..", "tenken.views.dependency..",
        "tenken.views.export.ui..", "tenken.views.imports..", "tenken.views.overview..",
        "tenken.views.presentation..", "tenken.views.scenario..", "tenken.views.shell..", "tenken.views.strengths..", "tenken.views.followup..",
        "tenken.views.workbench.."};

    @ArchTest
    static final ArchRule modulesDependOnlyDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("assets").definedBy("tenken.assets..")
            .layer("store").definedBy("tenken.store..")
            .layer("graph").definedBy("tenken.graph..")
            .layer("report").definedBy(REPORT)
            .layer("fx").definedBy(FX)
            .layer("app").definedBy("tenken.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("fx").mayOnlyBeAccessedByLayers("app")
            .whereLayer("report").mayOnlyBeAccessedByLayers("fx", "app")
            .whereLayer("graph").mayOnlyBeAccessedByLayers("report", "fx", "app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("graph", "report", "fx", "app");

    @ArchTest
    static final ArchRule everyViewsPackageIsInOneHalf = classes().that().resideInAPackage("tenken.views..")
            .should().resideInAnyPackage(REPORT).orShould().resideInAnyPackage(FX);

    @ArchTest
    static final ArchRule theCommandLineNeedsNoJavaFx = noClasses().that().resideInAPackage("tenken.app.cli..")
            .should().transitivelyDependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule theReportHalfKnowsNoJavaFx = noClasses().that().resideInAnyPackage(REPORT)
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule theAnalysisKnowsNeitherSqlNorJavaFx = noClasses().that().resideInAPackage("tenken.graph..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javafx..", "org.sqlite..",
                    "org.flywaydb..", "tenken.store.repo..", "tenken.store.db..");

    @ArchTest
    static final ArchRule theStoreAndTheAssetsKnowNoJavaFx = noClasses()
            .that().resideInAnyPackage("tenken.store..", "tenken.assets..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule theAssetsDependOnNoOtherModule = noClasses().that().resideInAPackage("tenken.assets..")
            .should().dependOnClassesThat().resideInAnyPackage("tenken.store..", "tenken.graph..",
                    "tenken.views..", "tenken.app..");

    @ArchTest
    static final ArchRule theViewsPackagesHaveNoCycles = slices().matching("tenken.views.(*)..")
            .should().beFreeOfCycles();

    /**
     * Every package of the tree, except that the store's own packages still lean on each other (assessment ↔
     * db, db ↔ io ↔ repo): untangling them is separate work, and until then only they are exempt.
     */
    @ArchTest
    static final ArchRule noPackageOutsideTheStoreHasCycles = slices().matching("tenken.(**)")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("tenken.store.."), resideInAPackage("tenken.store.."));
}
