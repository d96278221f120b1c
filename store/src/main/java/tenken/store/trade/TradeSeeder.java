package tenken.store.trade;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.LinkedHashSet;
import java.util.List;
import tenken.store.csv.CsvReader;
import tenken.store.csv.CsvTable;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Catalogue;
import tenken.store.repo.CatalogueRepository;

/**
 * The shipped defaults of trade statistics: the members of the aggregate countries ({@code aggregates.csv})
 * and the commodity codes of the catalogue's items with their rationale ({@code trade_mappings.csv}).
 */
public final class TradeSeeder {

    private static final String SEED_FOLDER = "tenken/assets/seed/";

    private final TenkenDatabase database;

    public TradeSeeder(TenkenDatabase database) {
        this.database = database;
    }

    /** The aggregates' members, for every aggregate and member the store knows. */
    public void seedAggregates() {
        CsvTable table = read("aggregates.csv", List.of("aggregate_iso3", "member_iso3"));
        new TradeStatistics(database).inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT OR IGNORE INTO aggregate_member"
                    + " (aggregate_iso3, member_iso3) SELECT ?, ? WHERE EXISTS (SELECT 1 FROM country WHERE iso3 = ?)"
                    + " AND EXISTS (SELECT 1 FROM country WHERE iso3 = ?)")) {
                for (CsvReader.Row row : table.rows()) {
                    insert.setString(1, row.get("aggregate_iso3"));
                    insert.setString(2, row.get("member_iso3"));
                    insert.setString(3, row.get("aggregate_iso3"));
                    insert.setString(4, row.get("member_iso3"));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** The default mappings of the items this catalogue has (a catalogue without them gets none). */
    public void seedMappings() {
        Catalogue catalogue = new CatalogueRepository(database).load();
        CsvTable table = read("trade_mappings.csv", MappingCsv.REQUIRED);
        List<CsvReader.Row> present = table.rows().stream()
                .filter(row -> catalogue.materialsByKey().containsKey(row.get(MappingCsv.MATERIAL))).toList();
        MappingCsv.Read mappings = MappingCsv.read(SEED_FOLDER + "trade_mappings.csv", present, catalogue);
        new TradeStatistics(database).replaceMappings(new LinkedHashSet<>(mappings.items()), mappings.mappings());
    }

    private static CsvTable read(String name, List<String> required) {
        try (InputStream in = TradeSeeder.class.getClassLoader().getResourceAsStream(SEED_FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("The seed file " + SEED_FOLDER + name + " is not on the classpath");
            }
            return CsvTable.parse(SEED_FOLDER + name, new String(in.readAllBytes(), StandardCharsets.UTF_8), required);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
