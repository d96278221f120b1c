package tenken.store.assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tenken.store.db.TenkenDatabase;

/**
 * Reads and appends assessment versions, and reads the requirement definitions. Saving never changes
 * a version: it appends the next one (the schema refuses UPDATE and DELETE as well).
 */
public final class AssessmentRepository {

    private static final String COLUMNS = String.join(", ", AssessmentHash.FIELDS) + ", chain_hash";

    private final TenkenDatabase database;
    private final Clock clock;

    public AssessmentRepository(TenkenDatabase database) {
        this(database, Clock.systemUTC());
    }

    public AssessmentRepository(TenkenDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The four definitions in requirement order; empty when the database was never given them. */
    public List<RequirementDefinition> definitions() {
        return query("SELECT requirement, title_ja, title_en, definition_ja, definition_en, source"
                + " FROM requirement_definition ORDER BY requirement", statement -> { }, row ->
                new RequirementDefinition(Requirement.ofNumber(row.getInt(1)), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6)));
    }

    public void putDefinitions(Collection<RequirementDefinition> definitions) {
        try (Connection connection = database.connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO requirement_definition (requirement, title_ja, title_en, definition_ja,"
                        + " definition_en, source) VALUES (?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (RequirementDefinition d : definitions) {
                insert.setInt(1, d.requirement().number());
                insert.setString(2, d.titleJa());
                insert.setString(3, d.titleEn());
                insert.setString(4, d.definitionJa());
                insert.setString(5, d.definitionEn());
                insert.setString(6, d.source());
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            throw database.translate(e);
        }
    }

    /** Every version of the material's assessment, oldest first; empty when it was never assessed. */
    public List<AssessmentVersion> history(String materialKey) {
        return query("SELECT " + COLUMNS + " FROM assessment_version WHERE material_key = ? ORDER BY version",
                statement -> statement.setString(1, materialKey), AssessmentRepository::version);
    }

    public Optional<AssessmentVersion> latest(String materialKey) {
        List<AssessmentVersion> history = history(materialKey);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /** The latest version of every assessed material, by material key. */
    public Map<String, AssessmentVersion> latestOfAll() {
        Map<String, AssessmentVersion> latest = new LinkedHashMap<>();
        query("SELECT " + COLUMNS + " FROM assessment_version v WHERE version ="
                + " (SELECT max(version) FROM assessment_version w WHERE w.material_key = v.material_key)"
                + " ORDER BY material_key", statement -> { }, AssessmentRepository::version)
                .forEach(v -> latest.put(v.materialKey(), v));
        return latest;
    }

    /** Appends the analyst's next version of the material's assessment and returns it. */
    public AssessmentVersion save(String materialKey, Findings findings, String changeNote, String assessor) {
        if (assessor == null || assessor.isBlank()) {
            throw new IllegalArgumentException("An assessment is saved under the assessor's name");
        }
        return append(materialKey, findings, changeNote, assessor.strip(), false);
    }

    /**
     * Appends a reference version, drawn from the reasons for designation that government documents give.
     * It is dated by those documents, not by the moment the database was made: {@code datedBy} is the
     * material's designation date (UTC midnight), and the documents' own dates are in its references
     * ({@link AssessmentVersion#documentDates()}). A material whose designation date is not known gets today's.
     */
    public AssessmentVersion saveReference(String materialKey, Findings findings, String changeNote, LocalDate datedBy) {
        return append(materialKey, findings, changeNote, AssessmentVersion.REFERENCE_ASSESSOR, true,
                datedBy == null ? clock.instant().truncatedTo(ChronoUnit.SECONDS)
                        : datedBy.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private AssessmentVersion append(String materialKey, Findings findings, String changeNote, String assessor,
            boolean reference) {
        // Seconds are enough to order versions (the version number orders them) and read better.
        return append(materialKey, findings, changeNote, assessor, reference,
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    private AssessmentVersion append(String materialKey, Findings findings, String changeNote, String assessor,
            boolean reference, Instant now) {
        List<String> values = new ArrayList<>(List.of(materialKey, "", assessor, now.toString(),
                changeNote == null ? "" : changeNote.strip(), reference ? "1" : "0"));
        for (Requirement requirement : Requirement.values()) {
            Finding finding = findings.of(requirement);
            values.addAll(List.of(finding.judgment().code(), finding.rationale(), finding.rationaleEn(),
                    finding.references()));
        }
        String placeholders = String.join(", ", java.util.Collections.nCopies(values.size() + 1, "?"));
        try (Connection connection = database.connect(); Statement transaction = connection.createStatement()) {
            // The next number and the previous hash are read and the row written under one write lock, so
            // two workstations saving at once cannot both take a number or chain to the same version; the
            // UNIQUE (material_key, version) constraint is the backstop.
            transaction.execute("BEGIN IMMEDIATE");
            try {
                int version = 1;
                String previousHash = "";
                try (PreparedStatement last = connection.prepareStatement("SELECT version, chain_hash"
                        + " FROM assessment_version WHERE material_key = ? ORDER BY version DESC LIMIT 1")) {
                    last.setString(1, materialKey);
                    try (ResultSet row = last.executeQuery()) {
                        if (row.next()) {
                            version = row.getInt(1) + 1;
                            previousHash = row.getString(2);
                        }
                    }
                }
                values.set(1, Integer.toString(version));
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO assessment_version (" + COLUMNS + ") VALUES (" + placeholders + ")")) {
                    int i = 1;
                    for (int field = 0; field < values.size(); field++) {
                        String name = AssessmentHash.FIELDS.get(field);
                        if (name.equals("version") || name.equals("reference")) {
                            insert.setInt(i++, Integer.parseInt(values.get(field)));
                        } else {
                            insert.setString(i++, values.get(field));
                        }
                    }
                    insert.setString(i, AssessmentHash.of(values, previousHash));
                    insert.executeUpdate();
                }
                transaction.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                try {
                    transaction.execute("ROLLBACK");
                } catch (SQLException rollback) {
                    // SQLite may have rolled back already (a full disk does): the cause is what counts.
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw database.translate(e);
        }
        return latest(materialKey).orElseThrow();
    }

    private static AssessmentVersion version(ResultSet row) throws SQLException {
        Map<Requirement, Finding> findings = new EnumMap<>(Requirement.class);
        int column = 7;
        for (Requirement requirement : Requirement.values()) {
            findings.put(requirement, new Finding(Judgment.parse(row.getString(column)), row.getString(column + 1),
                    row.getString(column + 2), row.getString(column + 3)));
            column += 4;
        }
        return new AssessmentVersion(row.getString(1), row.getInt(2), row.getString(3), Instant.parse(row.getString(4)),
                row.getString(5), row.getInt(6) == 1, new Findings(findings), row.getString(23));
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface Mapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, Mapper<T> mapper) {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw database.translate(e);
        }
    }
}
