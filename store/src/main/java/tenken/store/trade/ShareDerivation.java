package tenken.store.trade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tenken.store.model.ShareQuality;
import tenken.store.model.SupplyShare;

/**
 * An importer's sourcing of each mapped item, from the trade flows.
 *
 * <pre>
 *   share(partner) = imports(partner) / Σ imports(all partners)                     [no domestic figure]
 *   share(partner) = (1 − d) × imports(partner) / Σ imports(all partners)           [domestic share d known]
 * </pre>
 *
 * where imports are the importer's imports of the item's codes in the year, on the mapping's basis (value,
 * or quantity in its unit; a flow without a quantity in that unit adds nothing), and d is the share of the
 * importer itself in the same item, stage and year as entered by hand: domestic production and imports then
 * sum to one. Partner = importer (re-imports of one's own goods) is not an import source and left out.
 *
 * <p>Which flows count: the year's rows of a file where it has them, else its months; where two files of
 * one statistic give the same flow, the later import; where two statistics cover the same importer and year,
 * the importer's own (Japan Customs before Comtrade before BACI, the order of {@link TradeFormat}'s constants).
 */
public final class ShareDerivation {

    private ShareDerivation() {
    }

    /**
     * @param domestic the hand-entered share of each importer in its own supply, by (material, stage, importer,
     *     year)
     */
    public static List<DerivedShare> derive(List<CommodityMapping> mappings, List<StoredFlow> flows,
            Map<SupplyShare.GroupKey, Double> domestic) {
        Map<CommodityMapping.Item, List<CommodityMapping>> byItem = mappings.stream()
                .collect(Collectors.groupingBy(CommodityMapping::item, LinkedHashMap::new, Collectors.toList()));
        Map<CommodityMapping.Item, List<StoredFlow>> flowsByItem = flowsByItem(byItem, countedFlows(flows));
        List<DerivedShare> derived = new ArrayList<>();
        byItem.forEach((item, itemMappings) -> derived.addAll(deriveItem(item, itemMappings,
                flowsByItem.getOrDefault(item, List.of()), domestic)));
        return derived;
    }

    /**
     * The counted flows of each item, in id order: those whose code one of the item's mappings covers, partner
     * = importer left out. Which items a code belongs to is worked out once per distinct code (a BACI year
     * brings tens of thousands of flows over a few dozen codes).
     */
    private static Map<CommodityMapping.Item, List<StoredFlow>> flowsByItem(
            Map<CommodityMapping.Item, List<CommodityMapping>> byItem, List<StoredFlow> imports) {
        Map<String, List<CommodityMapping.Item>> itemsByCode = new HashMap<>();
        Map<CommodityMapping.Item, List<StoredFlow>> flowsByItem = new HashMap<>();
        for (StoredFlow stored : imports) {
            TradeFlow flow = stored.flow();
            if (flow.partner().equals(flow.reporter())) {
                continue;
            }
            List<CommodityMapping.Item> items = itemsByCode.computeIfAbsent(flow.code(), code -> byItem.entrySet()
                    .stream().filter(e -> e.getValue().stream().anyMatch(m -> m.covers(code)))
                    .map(Map.Entry::getKey).toList());
            for (CommodityMapping.Item item : items) {
                flowsByItem.computeIfAbsent(item, k -> new ArrayList<>()).add(stored);
            }
        }
        return flowsByItem;
    }

    private static List<DerivedShare> deriveItem(CommodityMapping.Item item, List<CommodityMapping> mappings,
            List<StoredFlow> itemFlows, Map<SupplyShare.GroupKey, Double> domestic) {
        CommodityMapping first = mappings.get(0);
        // (importer, year) → statistic → flows of the item's codes
        Map<String, Map<TradeFormat, List<StoredFlow>>> byImporterYear = new TreeMap<>();
        for (StoredFlow stored : itemFlows) {
            TradeFlow flow = stored.flow();
            byImporterYear.computeIfAbsent(flow.reporter() + "\u0000" + flow.year(), k -> new TreeMap<>())
                    .computeIfAbsent(stored.format(), k -> new ArrayList<>()).add(stored);
        }
        List<DerivedShare> derived = new ArrayList<>();
        for (Map<TradeFormat, List<StoredFlow>> byFormat : byImporterYear.values()) {
            TradeFormat format = byFormat.keySet().iterator().next();   // TreeMap: lowest precedence first
            derived.addAll(group(item, mappings, first, format, byFormat.get(format), domestic));
        }
        return derived;
    }

    private static List<DerivedShare> group(CommodityMapping.Item item, List<CommodityMapping> mappings,
            CommodityMapping first, TradeFormat format, List<StoredFlow> flows, Map<SupplyShare.GroupKey, Double> domestic) {
        TradeFlow sample = flows.get(0).flow();
        String importer = sample.reporter();
        int year = sample.year();
        Map<String, Double> amountByPartner = new TreeMap<>();
        Map<String, List<Long>> flowsByPartner = new HashMap<>();
        double total = 0;
        for (StoredFlow stored : flows) {
            Double amount = first.basis() == CommodityMapping.Basis.VALUE ? stored.flow().value()
                    : stored.flow().quantityIn(first.unit());
            if (amount == null) {
                continue;
            }
            amountByPartner.merge(stored.flow().partner(), amount, Double::sum);
            flowsByPartner.computeIfAbsent(stored.flow().partner(), k -> new ArrayList<>()).add(stored.id());
            total += amount;
        }
        if (total <= 0) {
            return List.of();
        }
        Double own = domestic.get(new SupplyShare.GroupKey(item.material(), item.stage(), importer, year));
        double importsPart = own == null ? 1 : 1 - own;
        String codes = mappings.stream().map(CommodityMapping::code).sorted().collect(Collectors.joining(", "));
        String basis = first.basis() == CommodityMapping.Basis.VALUE
                ? String.format(Locale.ROOT, "import value (%s%s), calendar year", sample.valueScale() == 1000
                        ? "thousand " : "", sample.currency())
                : String.format(Locale.ROOT, "import quantity (%s), calendar year", first.unit());
        String source = String.format(Locale.ROOT, "%s; %s %s; %d; %s", format.statistic(),
                format == TradeFormat.JAPAN_CUSTOMS ? "statistical codes beginning" : "HS", codes, year, basis);
        String note = own == null
                ? "Derived by Tenken from trade flows: partner's imports ÷ all imports of " + codes
                : String.format(Locale.ROOT, "Derived by Tenken from trade flows: partner's imports ÷ all imports of %s,"
                        + " scaled by %.4f so that domestic production (%.4f, entered by hand) and imports sum to 1",
                        codes, importsPart, own);
        List<DerivedShare> shares = new ArrayList<>();
        final double sum = total;
        amountByPartner.forEach((partner, amount) -> {
            if (amount > 0) {
                shares.add(new DerivedShare(new SupplyShare(item.material(), item.stage(), importer, partner,
                        importsPart * amount / sum, year, source, basis, ShareQuality.DERIVED.key(), note, true),
                        flowsByPartner.get(partner)));
            }
        });
        return shares;
    }

    /**
     * The import flows that count: of each file, the year's rows where it has any for the importer and year,
     * else the months; of two files giving the same flow in one statistic, the later.
     */
    static List<StoredFlow> countedFlows(List<StoredFlow> flows) {
        Set<FileYear> filesWithYearRows = new HashSet<>();
        for (StoredFlow stored : flows) {
            if (stored.flow().month() == null) {
                filesWithYearRows.add(FileYear.of(stored));
            }
        }
        // Of two files giving the same flow, the later import counts; rows of one file add up.
        Map<FlowKey, Long> latestImport = new HashMap<>();
        List<StoredFlow> candidates = new ArrayList<>();
        for (StoredFlow stored : flows) {
            TradeFlow flow = stored.flow();
            if (flow.direction() != TradeFlow.Direction.IMPORT) {
                continue;
            }
            boolean yearRows = filesWithYearRows.contains(FileYear.of(stored));
            if (yearRows != (flow.month() == null)) {
                continue;
            }
            candidates.add(stored);
            latestImport.merge(FlowKey.of(stored), stored.importId(), Math::max);
        }
        List<StoredFlow> counted = new ArrayList<>();
        for (StoredFlow stored : candidates) {
            if (latestImport.get(FlowKey.of(stored)) == stored.importId()) {
                counted.add(stored);
            }
        }
        counted.sort(Comparator.comparingLong(StoredFlow::id));
        return counted;
    }

    /** One file's flows of one importer and year. */
    private record FileYear(long importId, String reporter, int year) {
        static FileYear of(StoredFlow stored) {
            return new FileYear(stored.importId(), stored.flow().reporter(), stored.flow().year());
        }
    }

    /** A flow as two files of one statistic can both give it. */
    private record FlowKey(TradeFormat format, String reporter, String partner, String code, int year, Integer month) {
        static FlowKey of(StoredFlow stored) {
            TradeFlow flow = stored.flow();
            return new FlowKey(stored.format(), flow.reporter(), flow.partner(), flow.code(), flow.year(), flow.month());
        }
    }
}
