package tenken.store.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tenken.store.csv.CsvTable;
import tenken.store.io.CatalogueImporter;
import tenken.store.io.FollowUpImporter;
import tenken.store.model.Country;
import tenken.store.model.Designation;
import tenken.store.model.Material;
import tenken.store.model.Stage;
import tenken.store.model.SupplyEvent;
import tenken.store.progress.ProgressMonitor;
import tenken.store.repo.CatalogueRepository;
import tenken.store.repo.CatalogueWriter;
import tenken.store.trade.TradeSeeder;

/**
 * Fills a new database with the catalogue shipped in {@code tenken/assets/seed/}: the 12 specified
 * critical materials and their items, countries, stages, shares with sources, input relations and
 * events. Shares and inputs go through the same importer as users' files, so the seed is validated
 * by the same rules.
 */
final class CatalogueSeeder {

    static final String SEED_FOLDER = "tenken/assets/seed/";

    private final TenkenDatabase database;
    private final CatalogueWriter writer;

    CatalogueSeeder(TenkenDatabase database) {
        this.database = database;
        this.writer = new CatalogueWriter(database);
    }

    /** The reference vocabulary (countries, stages) always; the catalogue when {@code catalogue}. */
    void seed(boolean catalogue) {
        writer.putCountries(read("countries.csv").rows().stream().map(r -> new Country(r.get("iso3"),
                r.get("name_ja"), r.get("name_en"), "1".equals(r.get("aggregate")))).toList());
        writer.putStages(read("stages.csv").rows().stream().map(r -> new Stage(r.get("key"), r.get("name_ja"),
                r.get("name_en"), Integer.parseInt(r.get("sort_order")))).toList());
        // The requirements' text is vocabulary too: a candidate is assessed against it in any catalogue.
        new AssessmentSeeder(database).seedDefinitions();
        new TradeSeeder(database).seedAggregates();
        if (catalogue) {
            seedCatalogue();
            new TradeSeeder(database).seedMappings();
        }
    }

    private void seedCatalogue() {
        writer.putMaterials(read("materials.csv").rows().stream().map(r -> new Material(r.get("key"),
                r.get("name_ja"), r.get("name_en"), emptyToNull(r.get("parent_key")),
                Integer.parseInt(r.get("sort_order")))).toList());
        writer.putDesignations(read("designations.csv").rows().stream().map(r -> new Designation(
                r.get("material_key"), r.get("ministry_ja"), r.get("ministry_en"), date(r.get("designated_on")),
                r.get("fund_budget_oku_yen").isEmpty() ? null : Double.valueOf(r.get("fund_budget_oku_yen")),
                r.get("certified_plans").isEmpty() ? null : Integer.valueOf(r.get("certified_plans")),
                date(r.get("as_of")), r.get("source"))).toList());
        CatalogueImporter importer = new CatalogueImporter(database);
        importer.importShares(SEED_FOLDER + "shares.csv", bytes("shares.csv"), StandardCharsets.UTF_8, ProgressMonitor.NONE);
        importer.importInputs(SEED_FOLDER + "inputs.csv", bytes("inputs.csv"), StandardCharsets.UTF_8, ProgressMonitor.NONE);
        writer.addEvents(read("events.csv").rows().stream().map(r -> new SupplyEvent(date(r.get("date")),
                r.get("country_iso3"), r.get("kind"),
                Arrays.stream(r.get("materials").split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                r.get("title_ja"), r.get("title_en"), r.get("source"))).toList());
        new AssessmentSeeder(database).seedReferenceAssessments();
        seedFollowUp(database);
    }

    /** The follow-up files, in the order their tables can be read (each names only the catalogue). */
    static final List<String> FOLLOW_UP_FILES = List.of("followup_plans.csv", "followup_plan_totals.csv",
            "followup_report_status.csv", "followup_evaluations.csv", "followup_causes.csv", "followup_targets.csv",
            "followup_funds.csv");

    /** True when the catalogue in {@code database} has every material the seed's follow-up names. */
    static boolean hasFollowUpMaterials(TenkenDatabase database) {
        Set<String> present = new HashSet<>();
        new CatalogueRepository(database).load().materials().forEach(m -> present.add(m.key()));
        return read("followup_plans.csv").rows().stream().allMatch(r -> present.contains(r.get("material")));
    }

    /**
     * The follow-up records of the seed documents, through the importer users' follow-up files go
     * through, so the seed is validated by the same rules.
     */
    static void seedFollowUp(TenkenDatabase database) {
        FollowUpImporter importer = new FollowUpImporter(database);
        for (String file : FOLLOW_UP_FILES) {
            importer.importFile(SEED_FOLDER + file, bytes(file), StandardCharsets.UTF_8);
        }
    }

    private static CsvTable read(String name) {
        return CsvTable.parse(SEED_FOLDER + name, new String(bytes(name), StandardCharsets.UTF_8), List.of());
    }

    private static byte[] bytes(String name) {
        try (InputStream in = CatalogueSeeder.class.getClassLoader().getResourceAsStream(SEED_FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("The seed file " + SEED_FOLDER + name + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static LocalDate date(String value) {
        return value.isEmpty() ? null : LocalDate.parse(value);
    }
}
