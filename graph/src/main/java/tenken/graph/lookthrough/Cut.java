package tenken.graph.lookthrough;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A disruption: the countries in {@code countries} cut their exports by {@code fraction} (1.0 = they stop
 * exporting entirely) of the materials in {@code materials} and their items, or of everything when it
 * is empty (an export control names materials; a stop names none). What a country supplies to itself is
 * not cut.
 */
public record Cut(Set<String> countries, double fraction, Set<String> materials) {

    public Cut {
        if (countries.isEmpty()) {
            throw new IllegalArgumentException("A cut needs at least one country");
        }
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("The fraction cut must be within 0..1: " + fraction);
        }
        countries = Set.copyOf(new TreeSet<>(countries));
        materials = Set.copyOf(materials);
    }

    /** A cut of every material. */
    public Cut(Set<String> countries, double fraction) {
        this(countries, fraction, Set.of());
    }

    public static Cut of(String country, double fraction) {
        return new Cut(Set.of(country), fraction);
    }

    /**
     * True when the cut reaches a material whose lineage (the material, then its parents: see
     * {@code SupplyData.lineage}) is {@code lineage}: the cut names no materials, or one of these.
     */
    public boolean covers(List<String> lineage) {
        return materials.isEmpty() || lineage.stream().anyMatch(materials::contains);
    }

    /**
     * True when the cut reaches {@code supplier}'s deliveries to {@code consumer} of a material it covers:
     * the supplier is cut and it is not supplying itself. The fraction cut is then cut(A→K) = f, else 0.
     */
    public boolean hits(String supplier, String consumer) {
        return countries.contains(supplier) && !supplier.equals(consumer);
    }
}
