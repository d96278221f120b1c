package tenken.store.assessment;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import tenken.store.io.AtomicFile;

/**
 * This workstation's preferences, in {@code workstation.properties} beside the default database
 * ({@code ~/.tenken} or {@code $TENKEN_HOME}). The assessor's name lives here, entered once, and not in
 * the database: the database may be a shared file that several analysts' workstations open.
 */
public final class Workstation {

    public static final String FILE_NAME = "workstation.properties";
    private static final String ASSESSOR = "assessor";
    private static final String CLASSIFICATION = "classification";

    private final Path file;

    public Workstation(Path file) {
        this.file = file;
    }

    /** The preferences of this workstation's user. */
    public static Workstation current() {
        return new Workstation(tenken.store.db.TenkenDatabase.defaultFile().resolveSibling(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** The name entered on this workstation, if any. */
    public Optional<String> assessor() {
        String name = load().getProperty(ASSESSOR, "").strip();
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    public void setAssessor(String name) {
        store(ASSESSOR, name);
    }

    /**
     * The handling marking this workstation prints on every exported picture (for example 取扱注意), if
     * any: set per workstation because it follows the office's rules, not the data.
     */
    public Optional<String> classification() {
        String marking = load().getProperty(CLASSIFICATION, "").strip();
        return marking.isEmpty() ? Optional.empty() : Optional.of(marking);
    }

    /** Sets the marking; a blank one removes it. */
    public void setClassification(String marking) {
        store(CLASSIFICATION, marking);
    }

    private void store(String key, String value) {
        Properties properties = load();
        properties.setProperty(key, value.strip());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFile.write(file, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                properties.store(writer, "Tenken workstation preferences");
                writer.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Properties load() {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }
}
