package tenken.views.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import tenken.assets.Messages;
import tenken.graph.concentration.Concentration;
import tenken.graph.concentration.Level;
import tenken.graph.format.Citation;
import tenken.graph.network.Item;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.Designation;
import tenken.store.model.Material;
import tenken.store.model.SupplyEvent;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.common.Levels;
import tenken.views.common.Names;
import tenken.views.model.OverviewRow;
import tenken.graph.format.Percent;

/**
 * The overview's state: one row per designated material, worst level first, then one per declared
 * candidate (a top-level material without designation, marked 指定外), filtered by text and by level. Rows are computed from the analysis snapshot (already built off the FX thread).
 */
public final class OverviewViewModel {

    /** The worst level first, then the larger top share: the order analysts triage in. */
    public static final Comparator<OverviewRow> BY_LEVEL = Comparator.<OverviewRow>comparingInt(r -> Levels.rank(r.level()))
            .thenComparing(Comparator.comparingDouble(OverviewRow::topShare).reversed());

    /** The supplies the overview judges: world production and Japan's own sourcing. */
    static final Set<String> CONSUMERS = Set.of(Country.WORLD, Country.JAPAN);

    private final ObservableList<OverviewRow> rows = FXCollections.observableArrayList();
    private final FilteredList<OverviewRow> filtered = new FilteredList<>(rows);
    private final StringProperty filterText = new SimpleStringProperty("");
    /** Rows of at least this level; INSUFFICIENT (or null) shows all, those without data too. */
    private final ObjectProperty<Level> minimumLevel = new SimpleObjectProperty<>(Level.INSUFFICIENT);

    public OverviewViewModel() {
        filterText.addListener((obs, old, text) -> refilter());
        minimumLevel.addListener((obs, old, level) -> refilter());
    }

    public FilteredList<OverviewRow> rows() {
        return filtered;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<Level> minimumLevelProperty() {
        return minimumLevel;
    }

    private void refilter() {
        String text = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        Level minimum = minimumLevel.get();
        filtered.setPredicate(row -> (text.isEmpty() || row.searchText().contains(text))
                && (minimum == null || minimum == Level.INSUFFICIENT
                        || row.level() != null && row.level().ordinal() <= minimum.ordinal()));
    }

    /** Rebuilds the rows for a new analysis snapshot. */
    public void show(AnalysisSnapshot analysis) {
        rows.setAll(analysis == null ? List.of() : rowsOf(analysis));
    }

    static List<OverviewRow> rowsOf(AnalysisSnapshot analysis) {
        Catalogue catalogue = analysis.catalogue();
        Names names = new Names(catalogue);
        List<Concentration> concentrations = analysis.concentration().all();
        List<Material> designated = catalogue.designatedMaterials();
        List<OverviewRow> result = new ArrayList<>();
        List<OverviewRow> candidates = new ArrayList<>();
        for (Material material : catalogue.materials()) {
            boolean isDesignated = designated.contains(material);
            if (!isDesignated && material.parentKey() != null) {
                continue;
            }
            Designation designation = catalogue.designationOf(material.key()).orElse(null);
            Set<String> family = analysis.family(material.key());
            Set<Item> chain = Set.copyOf(analysis.supplyChain(material.key()));
            Concentration worst = concentrations.stream()
                    .filter(c -> chain.contains(c.item()) && CONSUMERS.contains(c.consumer()))
                    .min(Comparator.<Concentration>comparingInt(c -> c.level().ordinal())
                            .thenComparing(Comparator.comparingDouble(Concentration::topShare).reversed()))
                    .orElse(null);
            List<SupplyEvent> events = catalogue.events().stream()
                    .filter(e -> e.materials().stream().anyMatch(family::contains))
                    .sorted(Comparator.comparing(SupplyEvent::date).reversed()).toList();
            SupplyEvent latest = events.isEmpty() ? null : events.get(0);
            String source = worst == null ? "" : analysis.data().group(worst.consumer(), worst.item())
                    .map(g -> Citation.of(g.rows().get(0), Messages.locale())).orElse("");
            String name = material.name(Messages.locale());
            (isDesignated ? result : candidates).add(new OverviewRow(material.key(),
                    isDesignated ? name : Messages.get("overview.candidateName", name),
                    worst == null ? null : worst.level(),
                    worst == null ? "" : Messages.get("overview.worstItem", names.item(worst.item()),
                            names.consumer(worst.consumer())),
                    worst == null || worst.topCountry() == null ? ""
                            : Messages.get("overview.topSupplier", names.country(worst.topCountry()),
                                    Percent.of(worst.topShare())),
                    worst == null ? 0 : worst.topShare(), worst == null ? 0 : worst.year(), source,
                    designation == null ? null : designation.fundBudgetOkuYen(),
                    designation == null ? null : designation.certifiedPlans(),
                    designation == null ? "" : designation.source(),
                    latest == null ? null : latest.date(),
                    latest == null ? null : "ja".equals(Messages.language()) ? latest.titleJa() : latest.titleEn(),
                    events.size(), events.stream().map(SupplyEvent::source).distinct().collect(Collectors.joining("\n")),
                    isDesignated));
        }
        result.sort(BY_LEVEL);
        candidates.sort(BY_LEVEL);
        result.addAll(candidates);
        return result;
    }
}
