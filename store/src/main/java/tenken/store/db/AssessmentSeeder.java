package tenken.store.db;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tenken.store.assessment.AssessmentRepository;
import tenken.store.assessment.Finding;
import tenken.store.assessment.Findings;
import tenken.store.assessment.Judgment;
import tenken.store.assessment.Requirement;
import tenken.store.assessment.RequirementDefinition;
import tenken.store.csv.CsvReader;
import tenken.store.csv.CsvTable;
import tenken.store.repo.CatalogueRepository;

/**
 * Loads the official text of the four designation requirements ({@code definitions.csv}) and the
 * reference assessments of the designated materials drawn from the reasons that government documents give
 * ({@code reference_assessments.csv}), each dated by the material's designation.
 */
final class AssessmentSeeder {

    private final TenkenDatabase database;
    private final AssessmentRepository assessments;

    AssessmentSeeder(TenkenDatabase database) {
        this.database = database;
        this.assessments = new AssessmentRepository(database);
    }

    void seedDefinitions() {
        assessments.putDefinitions(read("definitions.csv").rows().stream().map(r -> new RequirementDefinition(
                Requirement.parse(r.get("requirement")), r.get("title_ja"), r.get("title_en"),
                r.get("definition_ja"), r.get("definition_en"), r.get("source"))).toList());
    }

    /**
     * One reference version for each designated material the file covers that has no assessment yet;
     * rows for materials this database does not designate are skipped (an empty catalogue has none).
     */
    void seedReferenceAssessments() {
        Map<String, LocalDate> designated = new HashMap<>();
        new CatalogueRepository(database).load().designations()
                .forEach(d -> designated.put(d.materialKey(), d.designatedOn()));
        Map<String, Findings> byMaterial = new LinkedHashMap<>();
        for (CsvReader.Row row : read("reference_assessments.csv").rows()) {
            String material = row.get("material_key");
            if (designated.containsKey(material)) {
                byMaterial.merge(material, Findings.undetermined().with(Requirement.parse(row.get("requirement")),
                        finding(row)), (a, b) -> merge(a, b));
            }
        }
        byMaterial.forEach((material, findings) -> {
            if (assessments.history(material).isEmpty()) {
                assessments.saveReference(material, findings, "", designated.get(material));
            }
        });
    }

    private static Finding finding(CsvReader.Row row) {
        return new Finding(Judgment.parse(row.get("judgment")), row.get("rationale_ja"), row.get("rationale_en"),
                row.get("reference"));
    }

    /** {@code a} with the requirements {@code b} has decided (each row of the file decides one). */
    private static Findings merge(Findings a, Findings b) {
        Findings merged = a;
        for (Requirement requirement : Requirement.values()) {
            if (!b.of(requirement).equals(Finding.UNDETERMINED)) {
                merged = merged.with(requirement, b.of(requirement));
            }
        }
        return merged;
    }

    private static CsvTable read(String name) {
        String path = CatalogueSeeder.SEED_FOLDER + name;
        try (InputStream in = AssessmentSeeder.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The seed file " + path + " is not on the classpath");
            }
            return CsvTable.parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
