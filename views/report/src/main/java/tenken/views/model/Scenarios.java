package tenken.views.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tenken.assets.Messages;
import tenken.graph.format.Citation;
import tenken.graph.lookthrough.Cut;
import tenken.graph.lookthrough.ItemLoss;
import tenken.graph.lookthrough.MaterialLoss;
import tenken.graph.lookthrough.ScenarioSummary;
import tenken.graph.network.ShareGroup;
import tenken.store.model.Catalogue;
import tenken.store.model.Material;
import tenken.store.model.SupplyEvent;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.common.Names;
import tenken.graph.format.Percent;

/**
 * Runs scenarios on the engine and ranks their effect on the designated materials.
 *
 * <p>A cut of whole countries is the engine's {@link Cut}: the countries cut their exports of everything
 * by the fraction f, and the look-through gives each item's loss. The engine's loss also counts the
 * supply the listed shares leave unaccounted for (coverage below 1); what the cut costs is
 * {@code loss(X | cut) − loss(X | nothing cut)}, which is what is ranked, and thin data are flagged.
 *
 * <p>An export control on some materials only (the presets) cuts only those materials' supply: in every
 * share group of a controlled material or one of its items, each cut country's share of another
 * consumer's supply is reduced to {@code s × (1 − f)}, and the engine's look-through runs on the data so
 * reduced. Since the look-through is {@code surviving = Σ s × min(inputs surviving)}, the loss the
 * control causes is {@code loss(X) = surviving_before(X) − surviving_after(X)}, both computed with a
 * cut of fraction 0 (which cuts nothing), so that missing data (coverage below 1) count in neither.
 */
public final class Scenarios {

    /** Losses below this are rounding, not effects. */
    public static final double SMALLEST_LOSS = ScenarioSummary.SMALLEST_LOSS;

    private Scenarios() {
    }

    /** The seeds' export controls, one preset per country and year, newest first. */
    public static List<Preset> presets(Catalogue catalogue) {
        Names names = new Names(catalogue);
        Map<String, List<SupplyEvent>> byCountryYear = new LinkedHashMap<>();
        catalogue.events().stream()
                .filter(e -> SupplyEvent.EXPORT_CONTROL.equals(e.kind()))
                .sorted(Comparator.comparing(SupplyEvent::date).reversed())
                .forEach(e -> byCountryYear.computeIfAbsent(e.country() + "/" + e.date().getYear(),
                        k -> new ArrayList<>()).add(e));
        List<Preset> presets = new ArrayList<>();
        byCountryYear.values().forEach(events -> {
            SupplyEvent first = events.get(0);
            Set<String> materials = new TreeSet<>();
            events.forEach(e -> materials.addAll(e.materials()));
            String materialNames = materials.stream().map(names::material)
                    .collect(Collectors.joining(Messages.get("common.listSeparator")));
            presets.add(new Preset(first.country(), first.date().getYear(), materials,
                    Messages.get("scenarioView.presetLabel", names.country(first.country()),
                            String.valueOf(first.date().getYear()), materialNames),
                    events.stream().map(e -> Messages.get("scenarioView.presetSource", e.date().toString(),
                            "ja".equals(Messages.language()) ? e.titleJa() : e.titleEn(), e.source())).toList()));
        });
        return presets;
    }

    /**
     * The losses of {@code consumer}'s items, whole countries cut when {@code scope} is empty, else only
     * the materials in {@code scope} (and their items).
     */
    public static List<ItemLoss> losses(AnalysisSnapshot analysis, String consumer, Set<String> countries, double fraction,
            Set<String> scope) {
        return analysis.network().scenario(consumer, new Cut(countries, fraction, scope)).losses();
    }

    /**
     * Every designated material, worst loss first (those without data at the end, in catalogue order): the
     * engine's {@link ScenarioSummary}, the same list the command line prints.
     */
    public static List<ScenarioRow> ranked(AnalysisSnapshot analysis, String consumer, List<ItemLoss> losses) {
        Names names = new Names(analysis.catalogue());
        List<String> designated = analysis.catalogue().designatedMaterials().stream().map(Material::key).toList();
        List<ScenarioRow> rows = new ArrayList<>();
        for (MaterialLoss row : ScenarioSummary.of(losses, analysis.data(), designated)) {
            String key = row.material();
            if (row.worst().isEmpty()) {
                rows.add(new ScenarioRow(key, names.material(key), null, Messages.get("scenarioView.noData"), null,
                        false, Messages.get("scenarioView.noDataTooltip")));
                continue;
            }
            ItemLoss worst = row.worst().get();
            if (row.unaffected()) {
                // Nothing of this material is lost: no item "loses most", so none is named.
                rows.add(new ScenarioRow(key, names.material(key), worst.loss(), Messages.get("scenarioView.unaffected"),
                        worst.faceValue(), false, tooltip("scenarioView.rowTooltip", analysis, names, consumer, worst),
                        worst.lossUpper()));
                continue;
            }
            if (row.viaInput()) {
                // No shares for the material itself: what reaches it is what its inputs upstream lose, which
                // the row shows as such (the material's own loss cannot be told without its shares).
                rows.add(new ScenarioRow(key, names.material(key), worst.loss(),
                        withRange(Messages.get("scenarioView.viaInput", names.item(worst.item())), worst),
                        worst.faceValue(), true, tooltip("scenarioView.viaInputTooltip", analysis, names, consumer, worst)
                                + "\n" + Messages.get("scenarioView.thinExplain"), worst.lossUpper()));
            } else {
                boolean thin = worst.insufficientData() || worst.coverage() < 0.999;
                rows.add(new ScenarioRow(key, names.material(key), worst.loss(), withRange(names.item(worst.item()), worst),
                        worst.faceValue(), thin, tooltip("scenarioView.rowTooltip", analysis, names, consumer, worst)
                                + (thin ? "\n" + Messages.get("scenarioView.thinExplain") : ""), worst.lossUpper()));
            }
        }
        return rows;
    }

    /** The worst item's text, with the upper end of its loss where an aggregate makes the loss a range. */
    private static String withRange(String item, ItemLoss loss) {
        return loss.isRange() ? Messages.get("scenarioView.range", item, Percent.of(loss.loss()),
                Percent.of(loss.lossUpper())) : item;
    }

    /** A row's tooltip: the item, its loss and face value, coverage, and the year and source of its sourcing. */
    private static String tooltip(String key, AnalysisSnapshot analysis, Names names, String consumer, ItemLoss loss) {
        Optional<ShareGroup> sourcing = analysis.data().sourcing(consumer, loss.item());
        int year = sourcing.map(ShareGroup::year).orElse(0);
        String source = sourcing.map(g -> g.rows().isEmpty() ? "" : Citation.of(g.rows().get(0), Messages.locale()))
                .orElse("");
        if (sourcing.isPresent() && !sourcing.get().consumer().equals(consumer)) {
            source += "\n" + Messages.get("scenarioView.worldStandsIn", names.consumer(consumer));
        }
        return Messages.get(key, names.item(loss.item()), Percent.of(loss.loss()), Percent.of(loss.faceValue()),
                Percent.of(loss.coverage()), String.valueOf(year), source);
    }

    /** The label of a cut the user put together: its countries and fraction. */
    public static String customLabel(Names names, Set<String> countries, double fraction) {
        return Messages.get("scenarioView.customLabel",
                countries.stream().map(names::country).collect(Collectors.joining(Messages.get("common.listSeparator"))), Percent.of(fraction));
    }
}
