package tenken.store.model;

import java.time.LocalDate;
import java.util.List;

/** A dated event that affects supply, such as an export control, by a country on some materials. */
public record SupplyEvent(
        LocalDate date,
        String country,
        String kind,
        List<String> materials,
        String titleJa,
        String titleEn,
        String source) {

    public static final String EXPORT_CONTROL = "export_control";
}
