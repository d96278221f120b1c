package tenken.views.picture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tenken.assets.Messages;

/** The footnote every picture carries: its sources by title and the data vintage. */
final class Footnotes {

    /**
     * Sources are named whole, most used first, while the names fit this many columns ({@link TextWrap#columns}:
     * about two lines of a footer on an A4 page or on the projector); the rest are counted. The first is always named. A title is never cut:
     * a reader looks a document up by its whole name.
     */
    static final int NAMED_COLUMNS = 200;

    private Footnotes() {
    }

    static String of(List<String> sources, String vintage, String consumer) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        sources.forEach(source -> counts.merge(title(source), 1, Integer::sum));
        List<String> titles = counts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .map(Map.Entry::getKey).toList();
        List<String> named = new ArrayList<>();
        for (String title : titles) {
            String longer = named.isEmpty() ? title : String.join("; ", named) + "; " + title;
            if (!named.isEmpty() && TextWrap.columns(longer) > NAMED_COLUMNS) {
                break;
            }
            named.add(title);
        }
        String names = String.join("; ", named);
        if (titles.size() > named.size()) {
            names = Messages.get("picture.moreSources", names, String.valueOf(titles.size() - named.size()));
        }
        return Messages.get("picture.footnote", titles.isEmpty() ? Messages.get("common.notGiven") : names,
                vintage, consumer);
    }

    /** A source's name without its details: the text before the first comma, semicolon or bracket. */
    static String title(String source) {
        String text = source.strip();
        int cut = text.length();
        for (char stop : new char[] {',', ';', '(', '（', '、', '；'}) {
            int at = text.indexOf(stop);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return text.substring(0, cut).strip();
    }
}
