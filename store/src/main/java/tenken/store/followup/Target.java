package tenken.store.followup;

/** A material's target as a document states it; {@code year} is null where the document gives none. */
public record Target(String material, String targetJa, String targetEn, Integer year, String source, Note note) {

    public String text(String language) {
        return "ja".equals(language) || targetEn.isEmpty() ? targetJa : targetEn;
    }
}
