package tenken.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import tenken.assets.Messages;
import tenken.store.assessment.AssessmentRepository;
import tenken.store.assessment.AssessmentVersion;
import tenken.store.repo.CatalogueRepository;

/** Issue 10 items 2 and 4: the first use seeds a new file once, whole, whatever happens around it. */
class FirstUseTest {

    /** What one complete seed holds (the shipped events and the designated materials' reference versions). */
    private static final long SEEDED_EVENTS = 9;

    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    @Test
    void aFirstUseKilledWhileSeedingLeavesNoHalfSeededDatabase() throws Exception {
        Path file = dir.resolve("new.db");
        List<Long> killedAfterMs = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            Process child = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                    FirstUseChild.class.getName(), file.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long started = System.nanoTime();
            // Kill -9 once the child is writing (its hidden file, or with the old code the target itself),
            // a little later each attempt, so that the kill lands at different moments of the seed.
            while (child.isAlive() && !writing(file)) {
                Thread.sleep(5);
            }
            Thread.sleep(attempt * 150L);
            boolean killed = child.isAlive();
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            if (killed) {
                killedAfterMs.add((System.nanoTime() - started) / 1_000_000);
            }

            assertCompleteOrAbsent(file);
            if (Files.exists(file)) {
                Files.delete(file);
            }
        }
        assertThat(killedAfterMs).as("the child was killed while seeding at least once").isNotEmpty();

        // The next first use seeds again, whole, and clears the killed seeders' leftovers.
        TenkenDatabase reopened = TenkenDatabase.open(file);
        assertCompleteSeed(reopened);
        assertThat(new HealthCheck(reopened).problems()).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains(".seeding-"));
        }
    }

    @Test
    void concurrentFirstUseSeedsExactlyOnce() throws Exception {
        Path file = dir.resolve("r.db");
        int users = 4;
        ExecutorService pool = Executors.newFixedThreadPool(users);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TenkenDatabase>> opened = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            opened.add(pool.submit(() -> {
                start.await();
                return TenkenDatabase.open(file);
            }));
        }
        start.countDown();
        int created = 0;
        for (Future<TenkenDatabase> database : opened) {
            created += database.get(120, TimeUnit.SECONDS).created() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(created).as("exactly one opener made the file").isEqualTo(1);
        assertCompleteSeed(TenkenDatabase.open(file));
    }

    @Test
    void checkReportsAFileWhoseFirstUseWasCutShortBeforeThisRelease() {
        // What older builds left after a kill: the schema, and none of the reference data.
        Path file = dir.resolve("half.db");
        SQLiteDataSource plain = new SQLiteDataSource();
        plain.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(plain).locations("classpath:db/migration").load().migrate();

        List<String> problems = new HealthCheck(TenkenDatabase.open(file)).problems();

        // The migrations themselves write a few reference rows (V6 adds countries that trade statistics use),
        // so the empty reference table reported is whichever the seed alone fills.
        assertThat(problems).anySatisfy(p -> assertThat(p).containsAnyOf("country", "stage", "requirement_definition")
                .contains("cut short"));
    }

    private static boolean writing(Path file) throws Exception {
        if (Files.exists(file)) {
            return true;
        }
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.anyMatch(p -> p.getFileName().toString().contains(".seeding-"));
        }
    }

    private static void assertCompleteOrAbsent(Path file) {
        if (Files.exists(file)) {
            assertCompleteSeed(TenkenDatabase.open(file));
        }
    }

    private static void assertCompleteSeed(TenkenDatabase database) {
        Map<String, Long> counts = new CatalogueRepository(database).rowCounts();
        assertThat(counts.get("country")).as("countries").isGreaterThan(240);
        assertThat(counts.get("supply_event")).as("supply events of one seed").isEqualTo(SEEDED_EVENTS);
        int designated = new CatalogueRepository(database).load().designations().size();
        Map<String, AssessmentVersion> latest = new AssessmentRepository(database).latestOfAll();
        assertThat(latest).hasSize(designated);
        assertThat(latest.values()).allSatisfy(v -> assertThat(v.version()).as(v.materialKey()).isEqualTo(1));
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
