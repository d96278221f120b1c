package tenken.views.model;

/**
 * One designated material's loss in a scenario: its worst item's loss (look-through, all tiers), that
 * item, the face value (the cut countries' direct shares) of that item, and whether the result rests on
 * thin data. Texts are in the session language; {@code tooltip} says where the figures come from.
 * {@code lossUpper} is the loss if the aggregates holding a cut country (China and India together) stop too;
 * equal to {@code loss} where none is in the data.
 */
public record ScenarioRow(String key, String name, double loss, String worstItem, double faceValue,
        boolean insufficientData, String tooltip, double lossUpper) {

    public ScenarioRow(String key, String name, double loss, String worstItem, double faceValue,
            boolean insufficientData, String tooltip) {
        this(key, name, loss, worstItem, faceValue, insufficientData, tooltip, loss);
    }
}
