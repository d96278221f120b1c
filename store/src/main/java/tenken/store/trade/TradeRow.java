package tenken.store.trade;

import java.util.Map;

/** One row of a trade file: its physical line and its values by column name. */
record TradeRow(long line, Map<String, String> values) {

    /** The trimmed value of {@code column}, or an empty string when the row is short. */
    String get(String column) {
        String value = values.get(column);
        return value == null ? "" : value.strip();
    }

    boolean has(String column) {
        return values.containsKey(column);
    }
}
