package tenken.store.trade;

import tenken.assets.Messages;

/** Reads the fields of one trade-file row, recording a problem for each bad value instead of stopping. */
final class Fields {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    private final TradeRow row;
    private final Problems problems;
    private boolean ok = true;

    Fields(TradeRow row, Problems problems) {
        this.row = row;
        this.problems = problems;
    }

    boolean ok() {
        return ok;
    }

    long line() {
        return row.line();
    }

    String text(String column) {
        return row.get(column);
    }

    String required(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            fail(column, Messages.get("import.error.missingValue"));
        }
        return value;
    }

    int year(String column) {
        String value = required(column);
        if (value.isEmpty()) {
            return 0;
        }
        try {
            int year = Integer.parseInt(value);
            if (year < MIN_YEAR || year > MAX_YEAR) {
                fail(column, Messages.get("import.error.yearRange", value, String.valueOf(MIN_YEAR),
                        String.valueOf(MAX_YEAR)));
            }
            return year;
        } catch (NumberFormatException e) {
            fail(column, Messages.get("import.error.badInteger", value));
            return 0;
        }
    }

    /** A number of zero or more, null when the field is empty (not given). Thousands separators are refused. */
    Double amount(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            if (Double.isNaN(number) || Double.isInfinite(number) || number < 0) {
                fail(column, Messages.get("trade.error.negative", value));
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            fail(column, Messages.get("import.error.badNumber", value));
            return null;
        }
    }

    void fail(String column, String reason) {
        ok = false;
        problems.add(row.line(), column, reason);
    }
}
