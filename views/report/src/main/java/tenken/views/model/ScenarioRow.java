package tenken.views.model;

/**
 * One designated material's loss in a scenario: its worst item's loss (look-through, all tiers), that
 * item, the face value (the cut countries' direct shares) of that item, and whether the result rests on
 * thin data. Texts are in the session language; {@code tooltip} says where the figures come from.
 */
public record ScenarioRow(String key, String name, double loss, String worstItem, double faceValue,
        boolean insufficientData, String tooltip) {
}
