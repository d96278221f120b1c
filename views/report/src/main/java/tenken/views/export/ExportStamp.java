package tenken.views.export;

import java.time.LocalDate;
import java.util.Optional;
import tenken.store.assessment.Workstation;

/**
 * What every export carries besides its content: the day it was generated and the workstation's
 * handling marking (for example 取扱注意), if one is set.
 */
public record ExportStamp(LocalDate generated, Optional<String> classification) {

    public ExportStamp {
        classification = classification.map(String::strip).filter(marking -> !marking.isEmpty());
    }

    /** Today, with the marking set on this workstation. */
    public static ExportStamp today(Workstation workstation) {
        return new ExportStamp(LocalDate.now(), workstation.classification());
    }
}
