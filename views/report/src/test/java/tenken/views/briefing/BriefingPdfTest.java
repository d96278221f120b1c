package tenken.views.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tenken.graph.evidence.EventFigure;
import tenken.graph.evidence.Evidence;
import tenken.graph.evidence.ExposureFigure;
import tenken.graph.network.Item;
import tenken.store.assessment.Requirement;
import tenken.store.model.SupplyEvent;
import tenken.store.model.SupplyShare;

class BriefingPdfTest {

    private static EventFigure event(int day) {
        return new EventFigure(new SupplyEvent(LocalDate.of(2023, 1, day), "CHN", SupplyEvent.EXPORT_CONTROL,
                List.of("gallium"), "規制", "control", "METI (2023)"));
    }

    private static ExposureFigure stop(String country, double loss) {
        return new ExposureFigure(Requirement.DISRUPTION_PROBABILITY, "JPN", country, loss,
                new Item("gallium", "refining"), 1.0, false, 2024,
                new SupplyShare("gallium", "refining", "WLD", "CHN", 0.98, 2024, "USGS"));
    }

    @Test
    void theWorstSupplierStopIsKeptWhenEventsFillTheRoom() {
        List<Evidence> evidence = List.of(event(1), event(2), event(3), event(4), event(5), stop("CHN", 0.98),
                stop("RUS", 0.01));

        List<Evidence> briefed = BriefingPdf.briefed(evidence);

        assertThat(briefed).hasSize(BriefingPdf.EVIDENCE_LINES)
                .containsExactly(event(1), event(2), event(3), stop("CHN", 0.98));
    }

    @Test
    void aShortListIsBriefedWhole() {
        List<Evidence> evidence = List.of(stop("CHN", 0.98), event(1));

        assertThat(BriefingPdf.briefed(evidence)).containsExactlyElementsOf(evidence);
    }
}
