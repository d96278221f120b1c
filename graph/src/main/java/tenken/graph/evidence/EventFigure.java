package tenken.graph.evidence;

import tenken.store.assessment.Requirement;
import tenken.store.model.SupplyEvent;

/** An export control or other event affecting the material's supply (requirement 3). */
public record EventFigure(SupplyEvent event) implements Evidence {

    @Override
    public Requirement requirement() {
        return Requirement.DISRUPTION_PROBABILITY;
    }

    public boolean exportControl() {
        return SupplyEvent.EXPORT_CONTROL.equals(event.kind());
    }

    @Override
    public String describe(EvidenceText text) {
        String title = "ja".equals(text.language()) ? event.titleJa() : event.titleEn();
        return text.message(exportControl() ? "assessment.evidence.exportControl" : "assessment.evidence.event",
                event.date().toString(), text.country(event.country()), title);
    }

    @Override
    public String source(EvidenceText text) {
        return event.source();
    }

    @Override
    public String year() {
        return String.valueOf(event.date().getYear());
    }
}
