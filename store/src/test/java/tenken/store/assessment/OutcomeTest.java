package tenken.store.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    private static Findings judged(Judgment r1, Judgment r2, Judgment r3, Judgment r4) {
        return Findings.undetermined()
                .with(Requirement.ESSENTIAL, new Finding(r1, "", ""))
                .with(Requirement.EXTERNAL_DEPENDENCE, new Finding(r2, "", ""))
                .with(Requirement.DISRUPTION_PROBABILITY, new Finding(r3, "", ""))
                .with(Requirement.MEASURE_NECESSITY, new Finding(r4, "", ""));
    }

    @Test
    void allFourMetMakesACandidate() {
        Outcome outcome = Outcome.of(judged(Judgment.MET, Judgment.MET, Judgment.MET, Judgment.MET));

        assertThat(outcome.candidate()).isTrue();
        assertThat(outcome.failing()).isEmpty();
        assertThat(outcome.pending()).isEmpty();
        assertThat(outcome.rejected()).isFalse();
    }

    @Test
    void oneRequirementNotMetFailsTheMaterial() {
        Outcome outcome = Outcome.of(judged(Judgment.MET, Judgment.MET, Judgment.NOT_MET, Judgment.MET));

        assertThat(outcome.candidate()).isFalse();
        assertThat(outcome.rejected()).isTrue();
        assertThat(outcome.failing()).containsExactly(Requirement.DISRUPTION_PROBABILITY);
        assertThat(outcome.pending()).isEmpty();
    }

    @Test
    void anUndeterminedRequirementLeavesTheOutcomePendingNotFailed() {
        Outcome outcome = Outcome.of(judged(Judgment.MET, Judgment.UNDETERMINED, Judgment.MET, Judgment.MET));

        assertThat(outcome.candidate()).isFalse();
        assertThat(outcome.rejected()).isFalse();
        assertThat(outcome.pending()).containsExactly(Requirement.EXTERNAL_DEPENDENCE);
    }

    @Test
    void failuresAndPendingRequirementsAreEachListedInOrder() {
        Outcome outcome = Outcome.of(judged(Judgment.NOT_MET, Judgment.UNDETERMINED, Judgment.MET, Judgment.NOT_MET));

        assertThat(outcome.failing()).containsExactly(Requirement.ESSENTIAL, Requirement.MEASURE_NECESSITY);
        assertThat(outcome.pending()).containsExactly(Requirement.EXTERNAL_DEPENDENCE);
        assertThat(outcome.rejected()).isTrue();
    }

    @Test
    void aNewAssessmentIsPendingOnAllFour() {
        Outcome outcome = Outcome.of(Findings.undetermined());

        assertThat(outcome.candidate()).isFalse();
        assertThat(outcome.pending()).containsExactlyElementsOf(List.of(Requirement.values()));
    }

    @Test
    void notMetOnAllFourFailsOnAllFour() {
        Outcome outcome = Outcome.of(judged(Judgment.NOT_MET, Judgment.NOT_MET, Judgment.NOT_MET, Judgment.NOT_MET));

        assertThat(outcome.failing()).hasSize(4);
        assertThat(outcome.pending()).isEmpty();
    }
}
