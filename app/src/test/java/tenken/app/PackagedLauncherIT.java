package tenken.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app image runs on its own runtime: its launcher, with {@code JAVA_HOME} unset and no {@code java}
 * on the {@code PATH}, prints the version and checks a new database. Runs in the package profile only
 * ({@code mvn -B -Ppackage verify}), after the image is built; the launcher comes from app/pom.xml.
 */
class PackagedLauncherIT {

    @TempDir
    Path dir;

    @Test
    void versionNamesTheReleaseAndTheCommit() throws Exception {
        Result result = launch("--lang", "en", "--version");

        assertThat(result.status()).as(result.output()).isZero();
        assertThat(result.output().strip())
                .matches("tenken Version \\d+\\.\\d+\\.\\d+ \\(commit ([0-9a-f]{7}(-dirty)?|unknown)\\)");
    }

    @Test
    void checkCreatesAndChecksADatabase() throws Exception {
        Path db = dir.resolve("check.db");

        Result result = launch("--lang", "en", "check", "--db", db.toString());

        assertThat(result.status()).as(result.output()).isZero();
        assertThat(result.output()).contains("Integrity check: ok").containsPattern("supply_share\\s+[1-9]\\d+")
                .doesNotContain("Unsupported JavaFX configuration");
        assertThat(db).isRegularFile();
    }

    private Result launch(String... args) throws IOException, InterruptedException {
        Path launcher = Path.of(System.getProperty("tenken.image.launcher"));
        assertThat(launcher).isExecutable();
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(launcher.toString()), Stream.of(args))
                .collect(Collectors.toList()));
        Map<String, String> environment = builder.environment();
        environment.remove("JAVA_HOME");
        environment.remove("JDK_JAVA_OPTIONS");
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.put("PATH", pathWithoutJava(environment.getOrDefault("PATH", "")));
        environment.put("TENKEN_HOME", dir.resolve("home").toString());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }

    /** The PATH without any folder holding a java launcher. */
    private static String pathWithoutJava(String path) {
        List<String> kept = Stream.of(path.split(File.pathSeparator))
                .filter(folder -> !folder.isEmpty())
                .filter(folder -> !Files.exists(Path.of(folder, "java")) && !Files.exists(Path.of(folder, "java.exe")))
                .collect(Collectors.toList());
        return String.join(File.pathSeparator, kept);
    }

    private record Result(int status, String output) {
    }
}
