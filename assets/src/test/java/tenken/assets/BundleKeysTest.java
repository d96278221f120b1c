package tenken.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Japanese message has its English twin and the other way round: no screen falls back silently. */
class BundleKeysTest {

    private static final Path BUNDLES = Path.of("src/main/resources/tenken/assets/i18n");

    @Test
    void japaneseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        List<Path> japanese;
        try (Stream<Path> files = Files.list(BUNDLES)) {
            japanese = files.filter(file -> file.getFileName().toString().endsWith(".properties"))
                    .filter(file -> !file.getFileName().toString().contains("_"))
                    .sorted().toList();
        }
        assertThat(japanese).isNotEmpty();
        for (Path bundle : japanese) {
            Path english = bundle.resolveSibling(bundle.getFileName().toString().replace(".properties", "_en.properties"));
            assertThat(english).as("English twin of %s", bundle.getFileName()).exists();
            Set<String> japaneseKeys = keys(bundle);
            Set<String> englishKeys = keys(english);
            assertThat(japaneseKeys).as("keys of %s", bundle.getFileName()).isNotEmpty();
            assertThat(difference(japaneseKeys, englishKeys)).as("keys only in %s", bundle.getFileName()).isEmpty();
            assertThat(difference(englishKeys, japaneseKeys)).as("keys only in %s", english.getFileName()).isEmpty();
        }
    }

    private static Set<String> keys(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> only = new TreeSet<>(left);
        only.removeAll(right);
        return only;
    }
}
