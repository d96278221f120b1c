package tenken.store.followup;

/**
 * A remark written for the reader beside a figure, in Japanese and English: a document disagreeing with
 * itself, a changed definition, a symbol judged from the text. Empty when there is nothing to say.
 */
public record Note(String ja, String en) {

    public static final Note NONE = new Note("", "");

    public Note {
        ja = ja == null ? "" : ja;
        en = en == null ? "" : en;
    }

    public boolean isEmpty() {
        return ja.isEmpty() && en.isEmpty();
    }

    /** The note in {@code language} ({@code "ja"} or English), falling back to the other. */
    public String in(String language) {
        String wanted = "ja".equals(language) ? ja : en;
        return wanted.isEmpty() ? ("ja".equals(language) ? en : ja) : wanted;
    }
}
