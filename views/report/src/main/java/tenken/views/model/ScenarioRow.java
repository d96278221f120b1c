package tenken.views.model;

/**
 * One designated material's loss in a scenario: its worst item's loss (look-through, all tiers), that
 * item, the face value (the cut countries' direct shares) of that item, and whether the result rests on
 * thin data. Texts are in the session language; {@code tooltip} says where the figures come from. A material
 * without data has no loss and no face value ({@code null}): no data is a state of its own, never 0 %.
 * {@code lossUpper} is the loss if the aggregates holding a cut country (China and India together) stop too;
 * equal to {@code loss} where none is in the data.
 */
public record ScenarioRow(String key, String name, Double loss, String worstItem, Double faceValue,
        boolean insufficientData, String tooltip, Double lossUpper) {

    public ScenarioRow(String key, String name, Double loss, String worstItem, Double faceValue,
            boolean insufficientData, String tooltip) {
        this(key, name, loss, worstItem, faceValue, insufficientData, tooltip, loss);
    }
}
