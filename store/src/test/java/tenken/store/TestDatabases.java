package tenken.store;

import java.nio.file.Path;
import java.util.List;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Country;
import tenken.store.repo.CatalogueWriter;

/** Databases for tests: an empty catalogue over the reference vocabulary (countries and stages). */
public final class TestDatabases {

    public static final List<Country> COUNTRIES = List.of(
            new Country("WLD", "世界", "World", true),
            new Country("ROW", "その他", "Rest of world", true),
            new Country("CHN", "中国", "China", false),
            new Country("IND", "インド", "India", false),
            new Country("ITA", "イタリア", "Italy", false),
            new Country("JPN", "日本", "Japan", false),
            new Country("USA", "米国", "United States", false),
            new Country("RUS", "ロシア", "Russia", false));

    private TestDatabases() {
    }

    public static TenkenDatabase withCountries(Path file) {
        TenkenDatabase database = TenkenDatabase.open(file, false);
        new CatalogueWriter(database).putCountries(COUNTRIES);
        return database;
    }

    /** The highest version among the migration files, which a freshly migrated file must report. */
    public static String latestMigration() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return String.valueOf(files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
