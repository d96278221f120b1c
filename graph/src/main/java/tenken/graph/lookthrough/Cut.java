package tenken.graph.lookthrough;

import java.util.Set;
import java.util.TreeSet;

/**
 * A disruption: the countries in {@code countries} cut their exports by {@code fraction} (1.0 = they stop
 * exporting entirely). What a country supplies to itself is not cut.
 */
public record Cut(Set<String> countries, double fraction) {

    public Cut {
        if (countries.isEmpty()) {
            throw new IllegalArgumentException("A cut needs at least one country");
        }
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("The fraction cut must be within 0..1: " + fraction);
        }
        countries = Set.copyOf(new TreeSet<>(countries));
    }

    public static Cut of(String country, double fraction) {
        return new Cut(Set.of(country), fraction);
    }

    /**
     * True when the cut reaches {@code supplier}'s deliveries to {@code consumer}: the supplier is cut
     * and it is not supplying itself. The fraction cut is then cut(A→K) = f, else 0.
     */
    public boolean hits(String supplier, String consumer) {
        return countries.contains(supplier) && !supplier.equals(consumer);
    }
}
