package tenken.store.model;

/** Producing {@code material} at {@code stage} needs {@code inputMaterial} at {@code inputStage}. */
public record InputRelation(String material, String stage, String inputMaterial, String inputStage) {
}
