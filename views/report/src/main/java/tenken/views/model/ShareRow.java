package tenken.views.model;

/**
 * One row of the supplier table: names already in the display language, the source kept whole, how it was
 * published ({@code quality}) and the full citation with basis, quality and note ({@code citation}).
 */
public record ShareRow(
        String material,
        String stage,
        String consumer,
        String supplier,
        String supplierIso3,
        double share,
        int year,
        String source,
        String quality,
        String citation) {
}
