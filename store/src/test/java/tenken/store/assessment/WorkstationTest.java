package tenken.store.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkstationTest {

    @TempDir
    Path dir;

    @Test
    void theAssessorIsEnteredOnceAndRememberedInTheWorkstationFile() {
        Path file = dir.resolve("home").resolve(Workstation.FILE_NAME);
        assertThat(new Workstation(file).assessor()).isEmpty();

        new Workstation(file).setAssessor(" 経済安全保障室 山田 ");

        assertThat(new Workstation(file).assessor()).contains("経済安全保障室 山田");
        assertThat(file).exists();
    }

    @Test
    void requirementsAndJudgmentsReadTheWaysDataFilesWriteThem() {
        assertThat(Requirement.parse("要件２")).isEqualTo(Requirement.EXTERNAL_DEPENDENCE);
        assertThat(Requirement.parse("R3")).isEqualTo(Requirement.DISRUPTION_PROBABILITY);
        assertThat(Requirement.parse("4")).isEqualTo(Requirement.MEASURE_NECESSITY);
        assertThat(Requirement.parse("essential")).isEqualTo(Requirement.ESSENTIAL);
        assertThat(Judgment.parse("Not met")).isEqualTo(Judgment.NOT_MET);
        assertThat(Judgment.parse("met")).isEqualTo(Judgment.MET);
    }
}
