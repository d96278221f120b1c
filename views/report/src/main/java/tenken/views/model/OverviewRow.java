package tenken.views.model;

import java.time.LocalDate;
import tenken.graph.concentration.Level;

/**
 * One designated material at a glance, texts in the session language. {@code level} is the worst level
 * of any share group in the material's supply chain — its items and, through all tiers, their inputs —
 * for world production or Japan's own sourcing; null when the chain has no share data; {@code worstItem}, {@code topSupplier}, {@code topShare}, {@code year} and
 * {@code source} describe that group. Each figure's tooltip says its source and year.
 */
public record OverviewRow(
        String key,
        String name,
        Level level,
        String worstItem,
        String topSupplier,
        double topShare,
        int year,
        String source,
        Double budgetOkuYen,
        Integer certifiedPlans,
        String designationSource,
        LocalDate latestEvent,
        String latestEventTitle,
        int events,
        String eventSources,
        boolean designated) {

    /** Lowercase text that the filter field searches: names, item, supplier, event. */
    public String searchText() {
        return String.join(" ", key, name, worstItem, topSupplier, latestEventTitle == null ? "" : latestEventTitle)
                .toLowerCase(java.util.Locale.ROOT);
    }
}
