package tenken.views.picture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tenken.assets.Messages;

/** The footnote every picture carries: its sources in short form and the data vintage. */
final class Footnotes {

    /** At most this many sources are named; the rest are counted. */
    static final int NAMED_SOURCES = 4;
    static final int SHORT_SOURCE_LENGTH = 48;

    private Footnotes() {
    }

    static String of(List<String> sources, String vintage, String consumer) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        sources.forEach(source -> counts.merge(shortName(source), 1, Integer::sum));
        List<String> names = counts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .map(Map.Entry::getKey).toList();
        String named = String.join("; ", names.subList(0, Math.min(NAMED_SOURCES, names.size())));
        if (names.size() > NAMED_SOURCES) {
            named = Messages.get("picture.moreSources", named, String.valueOf(names.size() - NAMED_SOURCES));
        }
        return Messages.get("picture.footnote", names.isEmpty() ? Messages.get("common.notGiven") : named,
                vintage, consumer);
    }

    /** A source's name without its details, shortened to fit a footnote that names several. */
    static String shortName(String source) {
        String text = title(source);
        return text.length() > SHORT_SOURCE_LENGTH ? text.substring(0, SHORT_SOURCE_LENGTH - 1) + "…" : text;
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
