package tenken.store.model;

/**
 * One supplier's share of a consumer's supply of a material at a stage, for a year, with its source.
 *
 * <p>{@code consumer} is {@code WLD} for world production (the supplier's share of world output) or a
 * country such as {@code JPN} for that country's import sourcing. {@code supplier} may be {@code ROW},
 * the rest of the world.
 *
 * <p>{@code derived} marks a share that Tenken computed from trade statistics (the importer's imports by
 * partner) rather than one entered from a published source; derived shares are never exported as entered ones.
 */
public record SupplyShare(
        String material,
        String stage,
        String consumer,
        String supplier,
        double share,
        int year,
        String source,
        String basis,
        String quality,
        String note,
        boolean derived) {

    /** A share entered from a published source. */
    public SupplyShare(String material, String stage, String consumer, String supplier, double share, int year,
            String source, String basis, String quality, String note) {
        this(material, stage, consumer, supplier, share, year, source, basis, quality, note, false);
    }

    public SupplyShare {
        basis = basis == null ? "" : basis;
        quality = quality == null ? "" : quality;
        note = note == null ? "" : note;
    }

    /** A share whose source states no basis, quality or note. */
    public SupplyShare(String material, String stage, String consumer, String supplier, double share, int year,
            String source) {
        this(material, stage, consumer, supplier, share, year, source, "", "", "");
    }

    /**
     * The note in one language: a note written in both as {@code 日本語 / English} gives the half of
     * {@code language} ("ja", else English); a note in one language only is that note.
     */
    public String note(String language) {
        int slash = note.indexOf(" / ");
        if (slash < 0) {
            return note;
        }
        return ("ja".equals(language) ? note.substring(0, slash) : note.substring(slash + 3)).strip();
    }

    /** The key of the group whose shares must not sum over one: material, stage, consumer and year. */
    public GroupKey group() {
        return new GroupKey(material, stage, consumer, year);
    }

    public record GroupKey(String material, String stage, String consumer, int year) {
    }
}
