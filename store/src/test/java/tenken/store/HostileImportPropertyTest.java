package tenken.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;
import tenken.store.csv.ImportException;
import tenken.store.db.TenkenDatabase;
import tenken.store.io.CatalogueImporter;
import tenken.store.model.Material;
import tenken.store.model.SupplyShare;
import tenken.store.progress.ProgressMonitor;
import tenken.store.repo.CatalogueRepository;

/**
 * Property-based tests of both importers: files generated from the classes of hostile input in issue
 * 10 (names, field counts, headers, blank lines and multi-line fields, syntax, numbers, aggregates,
 * text limits, control characters, encodings, sums, duplicates) mixed with sound rows written in every
 * accepted spelling. Properties: a file is refused exactly when it holds a hostile row; refused means
 * the database file and its contents are unchanged; accepted means every stored value equals the
 * file's. Bounded for the normal suite: {@link #TRIES} files or {@link #BUDGET_MS}, whichever comes
 * first; the seed of a failing file is in the assertion message.
 */
class HostileImportPropertyTest {

    static final int TRIES = 200;
    static final long BUDGET_MS = 8_000;

    private static final String[] SUPPLIERS = {"CHN", "IND", "ITA", "JPN", "USA", "RUS", "ROW"};

    @TempDir
    Path dir;

    private TenkenDatabase database;
    private CatalogueImporter importer;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.ENGLISH);
        database = TestDatabases.withMaterials(dir.resolve("p.db"));
        importer = new CatalogueImporter(database);
    }

    /** One generated share row: its text, whether it is hostile, and what a sound row must store. */
    private record Line(String text, boolean hostile, SupplyShare expected) {
    }

    /** A sound row for (material, year, supplier) in one of the spellings that must resolve. */
    private static Line sound(Random random, String material, int year, String supplier, double share) {
        Material m = TestDatabases.MATERIALS.stream().filter(x -> x.key().equals(material)).findFirst().orElseThrow();
        String name = switch (random.nextInt(6)) {
            case 0 -> m.nameJa();
            case 1 -> m.nameEn().toUpperCase(java.util.Locale.ROOT);
            case 2 -> toFullWidth(m.key());
            case 3 -> m.key() + "\u200B";
            case 4 -> "\u00A0" + m.nameEn();
            default -> m.key();
        };
        String stage = random.nextBoolean() ? "refining" : "製錬・精製";
        String shareText = random.nextInt(4) == 0 ? toFullWidth(plain(share)) : plain(share);
        String yearText = random.nextInt(4) == 0 ? toFullWidth(String.valueOf(year)) : String.valueOf(year);
        String source = switch (random.nextInt(3)) {
            case 0 -> "\"USGS, Mineral Commodity Summaries " + year + "\"";
            case 1 -> "\"経済産業省 資料\nsecond line of the source\"";
            default -> "METI";
        };
        String storedSource = source.startsWith("\"") ? source.substring(1, source.length() - 1) : source;
        return new Line(csv(name, stage, supplier, shareText, yearText, source), false,
                new SupplyShare(material, "refining", "WLD", supplier, share, year, storedSource));
    }

    /** A hostile row of one of the classes of issue 10. */
    private static Line hostile(Random random, int year) {
        String source = "s";
        String row = switch (random.nextInt(16)) {
            case 0 -> csv("galium", "refining", "CHN", "0.1", "" + year, source);
            case 1 -> csv("gallium", "精錬", "CHN", "0.1", "" + year, source);
            case 2 -> csv("gallium", "refining", "CHN", "0.1", "" + year, source) + ",extra";
            case 3 -> "gallium,refining,CHN,0.1," + year;
            case 4 -> csv("gallium", "refining", "CHN", "0x1p-1", "" + year, source);
            case 5 -> csv("gallium", "refining", "CHN", random.nextBoolean() ? "0.5d" : "NaN", "" + year, source);
            case 6 -> csv("gallium", "refining", "CHN", "0.1", "٢٠٣٠", source);
            case 7 -> csv("gallium", "refining", "WLD", "0.1", "" + year, source);
            case 8 -> csv("g".repeat(201), "refining", "CHN", "0.1", "" + year, source);
            case 9 -> csv("gallium", "refining", "CHN", "0.1", "" + year, "x".repeat(2_001));
            case 10 -> csv("gallium", "refining", "CHN", "0.1", "" + year, "USGS\u202Eevil");
            case 11 -> csv("gallium", "refining", "CHN", "0.1", "" + year, "soft\u000Bbreak");
            case 12 -> csv("gallium", "refining", "CHN", "0.1", "" + year, "\"open") + "\" and more";
            case 13 -> csv("gallium", "refining", "XXX", "0.1", "" + year, source);
            case 14 -> csv("gallium", "refining", "CHN", "1.5", "" + year, source);
            default -> csv("\"gal\nlium\"", "refining", "CHN", "0.1", "" + year, source);
        };
        return new Line(row, true, null);
    }

    @Test
    void sharesImporterRefusesExactlyTheHostileFilesAndStoresTheOthersExactly() throws Exception {
        long start = System.currentTimeMillis();
        int tries = 0;
        for (long seed = 1; tries < TRIES && System.currentTimeMillis() - start < BUDGET_MS; seed++, tries++) {
            Random random = new Random(seed);
            List<Line> lines = new ArrayList<>();
            int year = 1950 + random.nextInt(100);
            String material = random.nextBoolean() ? "gallium" : "germanium";
            int suppliers = 1 + random.nextInt(SUPPLIERS.length);
            for (int i = 0; i < suppliers; i++) {
                lines.add(sound(random, material, year, SUPPLIERS[i], 0.1));
            }
            boolean hostileFile = random.nextInt(3) > 0;
            if (hostileFile) {
                lines.add(random.nextInt(lines.size() + 1), hostile(random, year + 1));
            }
            String header = random.nextInt(10) == 0 ? "material,stage,country_iso3,share,year,source,source\n"
                    : "material,stage,country_iso3,share,year,source\n";
            hostileFile |= header.endsWith("source,source\n");
            StringBuilder text = new StringBuilder(header);
            for (Line line : lines) {
                text.append(line.text()).append('\n');
                if (random.nextInt(4) == 0) {
                    text.append('\n');  // blank lines are allowed anywhere
                }
            }
            // Encodings: UTF-8, Shift_JIS as Excel writes it (sound), EUC-JP (refused: it cannot be told
            // from Shift_JIS mojibake without --encoding), each only where it can encode the text.
            Charset charset = switch (random.nextInt(5)) {
                case 0 -> Charset.forName("windows-31j");
                case 1 -> Charset.forName("EUC-JP");
                default -> StandardCharsets.UTF_8;
            };
            if (!charset.newEncoder().canEncode(text)) {
                charset = StandardCharsets.UTF_8;
            }
            hostileFile |= charset.name().equals("EUC-JP") && !text.chars().allMatch(c -> c < 0x80);
            byte[] bytes = text.toString().getBytes(charset);
            check("seed " + seed, bytes, hostileFile, lines, () -> {
                importer.importShares("f.csv", bytes, null, ProgressMonitor.NONE);
                return null;
            });
        }
        assertThat(tries).as("files tried within the budget").isGreaterThanOrEqualTo(20);
    }

    private void check(String seed, byte[] file, boolean hostile, List<Line> lines, Supplier<Void> importing)
            throws Exception {
        byte[] before = Files.readAllBytes(database.file());
        var catalogueBefore = new CatalogueRepository(database).load();
        boolean refused = false;
        try {
            importing.get();
        } catch (ImportException e) {
            refused = true;
            assertThat(e.getMessage()).as(seed).doesNotContain("Exception").matches("(?s)f\\.csv:\\d+: .*");
        }
        String shown = seed + "\n" + new String(file, StandardCharsets.UTF_8);
        assertThat(refused).as("refused, for " + shown).isEqualTo(hostile);
        if (refused) {
            assertThat(Files.readAllBytes(database.file())).as("database file unchanged, " + seed).isEqualTo(before);
            assertThat(new CatalogueRepository(database).load()).as(seed).isEqualTo(catalogueBefore);
        } else {
            Map<String, SupplyShare> stored = new LinkedHashMap<>();
            for (SupplyShare s : new CatalogueRepository(database).load().shares()) {
                stored.put(s.group() + s.supplier(), s);
            }
            for (Line line : lines) {
                SupplyShare expected = line.expected();
                assertThat(stored.get(expected.group() + expected.supplier())).as(shown).isEqualTo(expected);
            }
        }
    }

    @Test
    void materialsImporterRefusesExactlyTheHostileFilesAndStoresTheOthersExactly() throws Exception {
        long start = System.currentTimeMillis();
        int tries = 0;
        for (long seed = 1; tries < TRIES && System.currentTimeMillis() - start < BUDGET_MS; seed++, tries++) {
            Random random = new Random(seed);
            List<String> rows = new ArrayList<>();
            List<Material> expected = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                String key = "candidate " + seed + " " + i;
                String parent = i > 0 && random.nextBoolean() ? "candidate " + seed + " " + (i - 1)
                        : random.nextBoolean() ? "重要鉱物" : "";
                String parentKey = parent.isEmpty() ? null : parent.equals("重要鉱物") ? "critical minerals" : parent;
                rows.add(csv(key, "候補" + seed + "の" + i, "Candidate " + seed + "/" + i, parent));
                expected.add(new Material(key, "候補" + seed + "の" + i, "Candidate " + seed + "/" + i, parentKey, 0));
            }
            boolean hostile = random.nextInt(3) > 0;
            if (hostile) {
                String bad = switch (random.nextInt(8)) {
                    case 0 -> csv("Bad Key", "悪い", "Bad", "");
                    case 1 -> csv("other " + seed, "ガリウム", "Other", "");
                    case 2 -> csv("other " + seed, "他", "Other", "critical minerls");
                    case 3 -> csv("other " + seed, "他", "Other", "") + ",extra";
                    case 4 -> csv("other " + seed, "他\u202E", "Other", "");
                    case 5 -> csv("other " + seed, "他", "O".repeat(201), "");
                    case 6 -> csv("critical minerals", "重要鉱物", "Critical minerals", "gallium");
                    default -> csv("other " + seed, "\"他", "Other", "");
                };
                rows.add(random.nextInt(rows.size() + 1), bad);
            }
            byte[] bytes = ("material,name_ja,name_en,parent\n" + String.join("\n", rows) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] before = Files.readAllBytes(database.file());
            var catalogueBefore = new CatalogueRepository(database).load();
            boolean refused = false;
            try {
                importer.importMaterials("f.csv", bytes, null, ProgressMonitor.NONE);
            } catch (ImportException e) {
                refused = true;
            }
            String shown = "seed " + seed + "\n" + new String(bytes, StandardCharsets.UTF_8);
            assertThat(refused).as("refused, for " + shown).isEqualTo(hostile);
            if (refused) {
                assertThat(Files.readAllBytes(database.file())).as(shown).isEqualTo(before);
                assertThat(new CatalogueRepository(database).load()).as(shown).isEqualTo(catalogueBefore);
            } else {
                Map<String, Material> stored = new CatalogueRepository(database).load().materialsByKey();
                for (Material m : expected) {
                    Material s = stored.get(m.key());
                    assertThat(new Material(s.key(), s.nameJa(), s.nameEn(), s.parentKey(), 0)).as(shown).isEqualTo(m);
                }
            }
        }
        assertThat(tries).isGreaterThanOrEqualTo(20);
    }

    private static String csv(String... fields) {
        return String.join(",", fields);
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String toFullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c > ' ' && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : c);
        }
        return out.toString();
    }
}
