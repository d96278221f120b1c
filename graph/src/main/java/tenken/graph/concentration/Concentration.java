package tenken.graph.concentration;

import tenken.graph.network.Item;

/**
 * How concentrated one consumer's supply of one item is, over named countries ({@code ROW} and other
 * aggregates are never counted). Shares are fractions of the consumer's whole supply, not rescaled.
 *
 * @param topCountry the largest named supplier, null when there is none
 * @param topShare its share, 0 when there is none
 * @param top3Share the sum of the three largest named shares
 * @param hhi the Herfindahl–Hirschman index on the 0..1 scale, Σ s² over named suppliers
 * @param suppliers the number of named suppliers with a positive share
 * @param namedShare the sum of the named shares
 * @param coverage the sum of all listed shares, ROW included (below 1: data are missing)
 * @param domesticShare the consumer's own production as a share of its supply (0 for world production):
 *     counted among the named suppliers, but never what the level measures
 * @param level from the largest foreign supplier's share ({@link ConcentrationAnalysis#of(ShareGroup)})
 */
public record Concentration(
        Item item,
        String consumer,
        int year,
        String topCountry,
        double topShare,
        double top3Share,
        double hhi,
        int suppliers,
        double namedShare,
        double coverage,
        double domesticShare,
        Level level) {
}
