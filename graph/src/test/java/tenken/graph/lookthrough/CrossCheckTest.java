package tenken.graph.lookthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tenken.graph.bench.NetworkGenerator;
import tenken.graph.bench.NetworkSize;
import tenken.graph.network.SupplyData;
import tenken.store.model.Catalogue;
import tenken.store.model.InputRelation;

/** The compiled engine against the literal recursion, on generated networks with cycles added. */
class CrossCheckTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void compiledEngineAgreesWithTheLiteralFormula(long seed) {
        Catalogue generated = new NetworkGenerator(seed).generate(new NetworkSize(120, 4, 25, 5, 6));
        // Close two cycles: a tier-1 item made from a tier-4 item, and one made from itself.
        List<InputRelation> inputs = new ArrayList<>(generated.inputs());
        inputs.add(new InputRelation("m00001", "tier1", "m00119", "tier4"));
        inputs.add(new InputRelation("m00002", "tier1", "m00002", "tier1"));
        Catalogue catalogue = new Catalogue(generated.countries(), generated.stages(), generated.materials(),
                generated.designations(), generated.shares(), inputs, generated.events(), generated.settings());
        SupplyData data = SupplyData.of(catalogue);
        LookThroughNetwork network = LookThroughNetwork.compile(data);
        assertThat(network.cycles()).isNotEmpty();

        // JPN and AAA have own shares; AAP and AAQ do not; WLD is the world.
        List<Cut> cuts = List.of(Cut.of("AAB", 1.0), Cut.of("JPN", 1.0), Cut.of("AAP", 0.5),
                new Cut(Set.of("AAA", "AAP", "AAQ"), 0.3),
                new Cut(Set.of("AAB", "AAC"), 0.8, Set.of("m00005", "m00040", "m00070", "m00100")));
        int partial = 0;
        for (String consumer : List.of("JPN", "AAA", "AAP", "WLD")) {
            for (Cut cut : cuts) {
                ReferenceLookThrough reference = new ReferenceLookThrough(data, cut);
                ReferenceLookThrough uncut = new ReferenceLookThrough(data, new Cut(cut.countries(), 0));
                for (ItemLoss loss : network.scenario(consumer, cut).losses()) {
                    assertThat(loss.loss())
                            .as("%s %s %s", consumer, cut, loss.item())
                            .isCloseTo(uncut.surviving(consumer, loss.item())
                                    - reference.surviving(consumer, loss.item()), within(1e-12));
                    partial += loss.loss() > 0.01 && loss.loss() < 0.99 ? 1 : 0;
                }
            }
        }
        // Not a comparison of zeros: most items lose something, few lose all.
        assertThat(partial).isGreaterThan(4 * 5 * 120 / 3);
    }
}
