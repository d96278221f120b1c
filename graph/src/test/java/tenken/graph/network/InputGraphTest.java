package tenken.graph.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tenken.graph.TestCatalogue;

class InputGraphTest {

    private static final Item A = new Item("a", "s");
    private static final Item B = new Item("b", "s");
    private static final Item C = new Item("c", "s");
    private static final Item D = new Item("d", "s");
    private static final Item E = new Item("e", "s");

    @Test
    void cyclesAreReportedByTheirMembersAndNotFollowed() {
        // a ← b ← c ← a is a cycle; d needs a (outside the cycle); e needs itself.
        InputGraph graph = InputGraph.of(SupplyData.of(TestCatalogue.create()
                .input("a", "s", "b", "s")
                .input("b", "s", "c", "s")
                .input("c", "s", "a", "s")
                .input("d", "s", "a", "s")
                .input("e", "s", "e", "s")
                .build()));

        assertThat(graph.cycles()).hasSize(2);
        assertThat(graph.cycles().get(0).items()).containsExactly(A, B, C);
        assertThat(graph.cycles().get(0)).hasToString("a/s ← b/s ← c/s ← a/s");
        assertThat(graph.cycles().get(1).items()).containsExactly(E);

        assertThat(graph.followedInputs(A)).isEmpty();
        assertThat(graph.hasDroppedInput(A)).isTrue();
        assertThat(graph.followedInputs(D)).containsExactly(A);
        assertThat(graph.hasDroppedInput(D)).isFalse();
        assertThat(graph.followedInputs(E)).isEmpty();
        assertThat(graph.hasDroppedInput(E)).isTrue();
        assertThat(graph.inputsFirst()).containsExactlyInAnyOrder(A, B, C, D, E);
        assertThat(graph.inputsFirst().indexOf(A)).isLessThan(graph.inputsFirst().indexOf(D));
    }

    @Test
    void acyclicRelationsAreAllFollowedInputsFirst() {
        InputGraph graph = InputGraph.of(SupplyData.of(TestCatalogue.create()
                .input("c", "s", "b", "s")
                .input("b", "s", "a", "s")
                .input("c", "s", "a", "s")
                .build()));

        assertThat(graph.cycles()).isEmpty();
        assertThat(graph.followedInputs(C)).containsExactlyInAnyOrder(A, B);
        assertThat(graph.inputsFirst()).containsExactly(A, B, C);
    }
}
