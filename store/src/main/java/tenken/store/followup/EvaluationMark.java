package tenken.store.followup;

import java.util.Optional;

/**
 * The progress-evaluation marks of the follow-up (「進捗評価の区分」): {@link #symbol()} is how the documents
 * and the CSV files write it, {@link #key()} names its definition in the message bundles.
 */
public enum EvaluationMark {
    /** ◎ 目標達成に必要な計画を認定済み. */
    CERTIFIED("◎", "certified"),
    /** ○ 今後予定している対応で目標達成の見込み. */
    EXPECTED("○", "expected"),
    /** ■ 外的要因により目標達成に一時的な課題が発生. */
    TEMPORARY_ISSUE("■", "temporaryIssue"),
    /** △ 目標達成のために更なる取組強化が必要. */
    MORE_EFFORT("△", "moreEffort"),
    /** 今後評価: not evaluated yet. */
    LATER("—", "later");

    private final String symbol;
    private final String key;

    EvaluationMark(String symbol, String key) {
        this.symbol = symbol;
        this.key = key;
    }

    public String symbol() {
        return symbol;
    }

    public String key() {
        return key;
    }

    public static Optional<EvaluationMark> ofSymbol(String symbol) {
        for (EvaluationMark mark : values()) {
            if (mark.symbol.equals(symbol)) {
                return Optional.of(mark);
            }
        }
        return Optional.empty();
    }
}
