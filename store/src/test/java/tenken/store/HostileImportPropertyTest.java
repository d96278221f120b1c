package tenken.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tenken.assets.Messages;
import tenken.store.csv.ImportException;
import tenken.store.csv.ImportProblem;
import tenken.store.db.TenkenDatabase;
import tenken.store.hostile.Choices;
import tenken.store.hostile.InputsFiles;
import tenken.store.hostile.MaterialsFiles;
import tenken.store.hostile.SharesFiles;
import tenken.store.hostile.Verdict;
import tenken.store.io.CatalogueImporter;
import tenken.store.model.Material;
import tenken.store.model.SupplyShare;
import tenken.store.progress.ProgressMonitor;
import tenken.store.repo.CatalogueRepository;

/**
 * Property-based tests of the importers, with Jazzer as the engine: the fuzzer's bytes steer a
 * generator of hostile files ({@link SharesFiles}, {@link InputsFiles}, {@link MaterialsFiles}) built
 * from the classes of hostile input in issue 10, mixed with sound rows in every accepted spelling.
 * Properties, for every file:
 *
 * <ul>
 *   <li>it is refused exactly when the generator put a hostile element in it;
 *   <li>refused: the database's files are byte-identical to before, and the refusal is a list of
 *       {@code FILE:LINE: field: reason} messages, no stack trace, naming the hostile element's line
 *       and field;
 *   <li>accepted: the store holds exactly the file's values.
 * </ul>
 *
 * <p>In the normal suite (regression mode) each test runs on the checked-in inputs under
 * {@code src/test/resources/tenken/store/HostileImportPropertyTestInputs/<method>/}; the store
 * module's surefire executions {@code fuzz-*} also fuzz each test for a bounded time
 * ({@code JAZZER_FUZZ=1}). A failing input is saved to that folder by Jazzer, and the assertion
 * message shows the generated file.
 */
class HostileImportPropertyTest {

    private static final String FILE = "f.csv";

    /** One database per importer, made once per JVM and restored to these bytes before every file. */
    private static final Map<String, Store> STORES = new java.util.concurrent.ConcurrentHashMap<>();

    @FuzzTest(maxDuration = "8s")
    void sharesFiles(FuzzedDataProvider data) {
        SharesFiles.Generated file = SharesFiles.generate(new Choices(data));
        Store store = store("shares", TestDatabases::withMaterials);
        check(store, file.description(), file.verdict(), () -> store.importer.importShares(FILE, file.bytes(), null,
                ProgressMonitor.NONE), () -> {
                    Set<SupplyShare> stored = new CatalogueRepository(store.database).load().shares().stream()
                            .filter(s -> !s.derived()).collect(Collectors.toSet());
                    assertThat(stored).as("shares stored from\n%s", file.description())
                            .containsExactlyInAnyOrderElementsOf(file.expected());
                });
    }

    @FuzzTest(maxDuration = "8s")
    void inputRelationFiles(FuzzedDataProvider data) {
        InputsFiles.Generated file = InputsFiles.generate(new Choices(data));
        Store store = store("inputs", path -> {
            TenkenDatabase database = TestDatabases.withMaterials(path);
            new tenken.store.repo.CatalogueWriter(database).replaceInputs(InputsFiles.STORED, ProgressMonitor.NONE);
            return database;
        });
        check(store, file.description(), file.verdict(), () -> store.importer.importInputs(FILE, file.bytes(), null,
                ProgressMonitor.NONE), () -> assertThat(new HashSet<>(new CatalogueRepository(store.database).load().inputs()))
                        .as("input relations stored from\n%s", file.description())
                        .isEqualTo(file.expected()));
    }

    @FuzzTest(maxDuration = "8s")
    void materialsFiles(FuzzedDataProvider data) {
        MaterialsFiles.Generated file = MaterialsFiles.generate(new Choices(data));
        Store store = store("materials", TestDatabases::withMaterials);
        check(store, file.description(), file.verdict(), () -> store.importer.importMaterials(FILE, file.bytes(), null,
                ProgressMonitor.NONE), () -> {
                    Map<String, Material> stored = new CatalogueRepository(store.database).load().materialsByKey();
                    Set<String> keys = new HashSet<>(TestDatabases.MATERIALS.stream().map(Material::key).toList());
                    file.expected().forEach(m -> keys.add(m.key()));
                    assertThat(stored.keySet()).as("materials after\n%s", file.description()).isEqualTo(keys);
                    for (Material m : file.expected()) {
                        Material s = stored.get(m.key());
                        assertThat(new Material(s.key(), s.nameJa(), s.nameEn(), s.parentKey(), 0))
                                .as("material stored from\n%s", file.description()).isEqualTo(m);
                    }
                });
    }

    private static void check(Store store, String description, Verdict verdict, Runnable importing,
            Runnable storedEqualsFile) {
        store.restore();
        ImportException refusal = null;
        try {
            importing.run();
        } catch (ImportException e) {
            refusal = e;
        }
        if (!verdict.refused()) {
            assertThat(refusal).as("a sound file was refused:\n%s\n--- the file, %s", refusal == null ? ""
                    : refusal.getMessage(), description).isNull();
            storedEqualsFile.run();
            return;
        }
        assertThat(refusal).as("a hostile file was accepted, %s", description).isNotNull();
        assertThat(store.snapshot()).as("the database's bytes after refusing %s", description).isEqualTo(store.template);
        String message = refusal.getMessage();
        assertThat(message).as("refusal of %s", description).doesNotContain("Exception").doesNotContain("\tat ");
        List<ImportProblem> problems = refusal.problems();
        assertThat(problems).as("refusal of %s", description).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.line()).isPositive();
            assertThat(p.field()).isNotBlank();
            assertThat(p.reason()).isNotBlank();
        });
        String found = problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n"));
        if (verdict.line() > 0) {
            assertThat(problems).as("problems on line %d only, in %s:\n%s\n--- the file, %s", verdict.line(),
                    verdict.field(), found, description).allMatch(p -> p.line() == verdict.line());
        }
        if (verdict.field() != null) {
            assertThat(problems).as("a problem in %s:\n%s\n--- the file, %s", verdict.field(), found, description)
                    .anyMatch(p -> p.field().equals(verdict.field()));
        }
    }

    private static Store store(String name, Function<Path, TenkenDatabase> create) {
        return STORES.computeIfAbsent(name, n -> new Store(n, create));
    }

    /** A database whose bytes are put back before every file, so that each input is judged on its own. */
    private static final class Store {
        final Path file;
        final TenkenDatabase database;
        final CatalogueImporter importer;
        final byte[] template;

        Store(String name, Function<Path, TenkenDatabase> create) {
            Messages.setLocale(Messages.ENGLISH);
            try {
                Path dir = Files.createTempDirectory("tenken-hostile-" + name);
                dir.toFile().deleteOnExit();
                file = dir.resolve(name + ".db");
                file.toFile().deleteOnExit();
                database = create.apply(file);
                importer = new CatalogueImporter(database);
                template = snapshot();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void restore() {
            try {
                Files.deleteIfExists(sibling("-wal"));
                Files.deleteIfExists(sibling("-shm"));
                Files.write(file, template);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The database file and, should one be left, its write-ahead log. */
        byte[] snapshot() {
            try {
                byte[] main = Files.readAllBytes(file);
                Path wal = sibling("-wal");
                if (!Files.exists(wal)) {
                    return main;
                }
                byte[] log = Files.readAllBytes(wal);
                byte[] both = java.util.Arrays.copyOf(main, main.length + log.length);
                System.arraycopy(log, 0, both, main.length, log.length);
                return both;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Path sibling(String suffix) {
            return file.resolveSibling(file.getFileName() + suffix);
        }
    }
}
