package tenken.store;

import java.nio.file.Path;
import java.util.List;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Country;
import tenken.store.model.Material;
import tenken.store.repo.CatalogueWriter;

/** Databases for tests: the reference vocabulary (countries and stages) and a few materials, without shares. */
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

    /** Materials that share files in tests may name (strict resolution: nothing is created by a share row). */
    public static final List<Material> MATERIALS = List.of(
            new Material("critical minerals", "重要鉱物", "Critical minerals", null, 1),
            new Material("gallium", "ガリウム", "Gallium", "critical minerals", 2),
            new Material("germanium", "ゲルマニウム", "Germanium", "critical minerals", 3),
            new Material("neodymium", "ネオジム", "Neodymium", "critical minerals", 4),
            new Material("dysprosium", "ジスプロシウム", "Dysprosium", "critical minerals", 5),
            new Material("permanent magnets", "永久磁石", "Permanent magnets", null, 6),
            new Material("beta-lactam antibiotics", "βラクタム系抗菌薬", "Beta-lactam antibiotics", null, 7));

    private TestDatabases() {
    }

    public static TenkenDatabase withCountries(Path file) {
        TenkenDatabase database = TenkenDatabase.open(file, false);
        new CatalogueWriter(database).putCountries(COUNTRIES);
        return database;
    }

    /** {@link #withCountries} and the {@link #MATERIALS} that test share files name. */
    public static TenkenDatabase withMaterials(Path file) {
        TenkenDatabase database = withCountries(file);
        new CatalogueWriter(database).putMaterials(MATERIALS);
        return database;
    }
}
