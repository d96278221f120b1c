package tenken.store.model;

/** A stage of supply (mining, refining, API, product...); {@code sortOrder} runs upstream to downstream. */
public record Stage(String key, String nameJa, String nameEn, int sortOrder) {
}
