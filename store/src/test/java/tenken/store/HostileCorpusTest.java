package tenken.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tenken.store.hostile.Choices;
import tenken.store.hostile.InputsFiles;
import tenken.store.hostile.MaterialsFiles;
import tenken.store.hostile.ReplayedInput;
import tenken.store.hostile.SharesFiles;
import tenken.store.hostile.Verdict;

/**
 * The checked-in inputs of {@link HostileImportPropertyTest}, which its regression mode runs in every
 * build, keep covering every hostile class of issue 10 and sound files too: the inputs are replayed
 * through the generators (not the importers, and without Jazzer's agent: {@link ReplayedInput}) and
 * their verdicts collected.
 */
class HostileCorpusTest {

    private static final String SOUND = "accepted";

    @Test
    void shareInputsCoverEveryHostileClassAndSoundFiles() throws Exception {
        assertThat(verdicts("sharesFiles", bytes -> SharesFiles.generate(choices(bytes)).verdict()))
                .containsAll(expected(SharesFiles.Hostile.values()));
    }

    @Test
    void inputRelationInputsCoverEveryHostileClassAndSoundFiles() throws Exception {
        assertThat(verdicts("inputRelationFiles", bytes -> InputsFiles.generate(choices(bytes)).verdict()))
                .containsAll(expected(InputsFiles.Hostile.values()));
    }

    @Test
    void materialsInputsCoverRefusedAndSoundFiles() throws Exception {
        assertThat(verdicts("materialsFiles", bytes -> MaterialsFiles.generate(choices(bytes)).verdict()))
                .contains(SOUND).anyMatch(v -> v.startsWith("materials "));
    }

    private static Set<String> expected(Enum<?>[] classes) {
        Set<String> names = new TreeSet<>(Arrays.stream(classes).map(Enum::name).toList());
        names.add(SOUND);
        return names;
    }

    private static Choices choices(byte[] input) {
        return new Choices(new ReplayedInput(input));
    }

    /** The hostile class (or "accepted") of every checked-in input of one fuzz test. */
    private static Set<String> verdicts(String method, Function<byte[], Verdict> generate)
            throws IOException, URISyntaxException {
        Path inputs = Path.of(HostileCorpusTest.class.getResource("HostileImportPropertyTestInputs/" + method).toURI());
        Set<String> seen = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(inputs)) {
            files = listing.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Verdict verdict = generate.apply(Files.readAllBytes(file));
            seen.add(verdict.refused() ? verdict.hostileClass() : SOUND);
        }
        return seen;
    }
}
