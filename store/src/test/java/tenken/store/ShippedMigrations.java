package tenken.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The newest migration the store ships, read from its resources: what a migrated file must reach. SQL
 * migrations and Java ones (V4 computes SHA-256, which SQL cannot) count alike.
 */
public final class ShippedMigrations {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__[^$]+\\.(sql|class)");

    private ShippedMigrations() {
    }

    public static String newestVersion() {
        try (Stream<Path> files = Files.list(Path.of(ShippedMigrations.class.getResource("/db/migration").toURI()))) {
            return String.valueOf(files.map(f -> VERSIONED.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
