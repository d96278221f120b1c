package tenken.store.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tenken.store.assessment.VersionDiff.Change;
import tenken.store.assessment.VersionDiff.Field;

class VersionDiffTest {

    private static AssessmentVersion version(int number, Findings findings) {
        return new AssessmentVersion("gallium", number, "山田", Instant.EPOCH, "", false, findings, "");
    }

    @Test
    void listsEachChangedFieldWithItsTextBeforeAndAfter() {
        Findings before = Findings.undetermined()
                .with(Requirement.ESSENTIAL, new Finding(Judgment.MET, "理由", "002"))
                .with(Requirement.EXTERNAL_DEPENDENCE, new Finding(Judgment.UNDETERMINED, "", ""));
        Findings after = before
                .with(Requirement.EXTERNAL_DEPENDENCE, new Finding(Judgment.MET, "中国 98.4%", ""))
                .with(Requirement.ESSENTIAL, new Finding(Judgment.MET, "理由", "002\n004"));

        assertThat(VersionDiff.between(before, after)).containsExactly(
                new Change(Requirement.ESSENTIAL, Field.REFERENCES, "002", "002\n004"),
                new Change(Requirement.EXTERNAL_DEPENDENCE, Field.JUDGMENT, "undetermined", "met"),
                new Change(Requirement.EXTERNAL_DEPENDENCE, Field.RATIONALE, "", "中国 98.4%"));
    }

    @Test
    void identicalFindingsHaveNoChanges() {
        Findings same = Findings.undetermined().with(Requirement.ESSENTIAL, new Finding(Judgment.MET, "a", "b"));

        assertThat(VersionDiff.between(same, same)).isEmpty();
    }

    @Test
    void aVersionIntroducesTheChangesFromTheOneBeforeIt() {
        AssessmentVersion first = version(1, Findings.undetermined()
                .with(Requirement.MEASURE_NECESSITY, new Finding(Judgment.MET, "", "")));
        AssessmentVersion second = version(2, first.findings()
                .with(Requirement.MEASURE_NECESSITY, new Finding(Judgment.NOT_MET, "他制度で対応", "")));
        List<AssessmentVersion> history = List.of(first, second);

        assertThat(VersionDiff.introducedBy(history, first)).containsExactly(
                new Change(Requirement.MEASURE_NECESSITY, Field.JUDGMENT, "undetermined", "met"));
        assertThat(VersionDiff.introducedBy(history, second)).extracting(Change::field)
                .containsExactly(Field.JUDGMENT, Field.RATIONALE);
    }

    @Test
    void anEnglishRenderingIsKeptOnlyWhileTheRationaleItRendersIsUnchanged() {
        Finding reference = new Finding(Judgment.MET, "資料の理由", "The documents' reason", "002");

        assertThat(reference.revisedTo(Judgment.NOT_MET, "資料の理由", "002").rationaleEn())
                .isEqualTo("The documents' reason");
        assertThat(reference.revisedTo(Judgment.MET, "新しい理由", "002").rationaleEn()).isEmpty();
        assertThat(reference.rationale("en")).isEqualTo("The documents' reason");
        assertThat(reference.revisedTo(Judgment.MET, "新しい理由", "002").rationale("en")).isEqualTo("新しい理由");
    }
}
