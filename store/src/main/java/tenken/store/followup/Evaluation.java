package tenken.store.followup;

import java.time.LocalDate;

/** One material's progress evaluation toward its target as of a date: the mark and the document's text. */
public record Evaluation(String material, LocalDate asOf, EvaluationMark mark, String textJa, String textEn,
                         String source, Note note) {

    public String text(String language) {
        return "ja".equals(language) || textEn.isEmpty() ? textJa : textEn;
    }
}
