package tenken.store.assessment;

import java.util.Locale;

/**
 * The four requirements of the designation decision (特定重要物資の指定の要件), in the order the seed
 * documents give them. A material is a designation candidate only when it meets all four.
 */
public enum Requirement {
    /** 国民の生存に必要不可欠 / 広く国民生活・経済活動が依拠. */
    ESSENTIAL(1),
    /** 外部に過度に依存 / 依存するおそれ. */
    EXTERNAL_DEPENDENCE(2),
    /** 外部から行われる行為による供給途絶等の蓋然性. */
    DISRUPTION_PROBABILITY(3),
    /** 本制度による措置の必要性. */
    MEASURE_NECESSITY(4);

    private final int number;

    Requirement(int number) {
        this.number = number;
    }

    /** 1 to 4, as numbered in the seed documents (要件1…要件4). */
    public int number() {
        return number;
    }

    public static Requirement ofNumber(int number) {
        for (Requirement requirement : values()) {
            if (requirement.number == number) {
                return requirement;
            }
        }
        throw new IllegalArgumentException("No requirement " + number + " (1 to 4)");
    }

    /**
     * Reads a requirement as data files write it: {@code 2}, {@code R2}, {@code 要件2} or the constant's
     * name ({@code external_dependence}).
     */
    public static Requirement parse(String text) {
        String value = text.strip();
        String digits = value.replaceAll("[^0-9０-９]", "");
        if (!digits.isEmpty()) {
            return ofNumber(Character.getNumericValue(digits.charAt(digits.length() - 1)));
        }
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
