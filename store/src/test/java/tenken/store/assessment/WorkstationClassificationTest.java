package tenken.store.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkstationClassificationTest {

    @TempDir
    Path dir;

    @Test
    void theClassificationMarkingIsKeptBesideTheAssessorAndABlankOneRemovesIt() {
        Path file = dir.resolve(Workstation.FILE_NAME);
        Workstation workstation = new Workstation(file);
        assertThat(workstation.classification()).isEmpty();

        workstation.setAssessor("山田");
        workstation.setClassification(" 取扱注意 ");

        assertThat(new Workstation(file).classification()).contains("取扱注意");
        assertThat(new Workstation(file).assessor()).contains("山田");

        workstation.setClassification("  ");
        assertThat(new Workstation(file).classification()).isEmpty();
    }
}
