package tenken.store.followup;

import java.util.Locale;
import java.util.Optional;

/** What a fund figure measures; {@link #key()} is the CSV value and JSON value (a contract). */
public enum FundMeasure {
    /** Budgeted for the material's fund (総額, or one budget year). */
    BUDGET,
    /** The maximum subsidy of the certified plans (認定済の最大助成額). */
    CERTIFIED,
    /** Paid into the fund by the state (国からの交付額). */
    GRANTED,
    /** Grants decided (交付決定額). */
    DECIDED,
    /** Spent (支出額). */
    SPENT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FundMeasure> ofKey(String key) {
        for (FundMeasure measure : values()) {
            if (measure.key().equals(key)) {
                return Optional.of(measure);
            }
        }
        return Optional.empty();
    }
}
