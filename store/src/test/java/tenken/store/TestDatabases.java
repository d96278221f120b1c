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
}
