package tenken.views.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where to cut a picture into pages along one axis: between the things that must stay whole (a node with
 * its label, a chart row with its bar), never through one where there is a gap. Greedy: each page takes
 * as much as fits, up to the last gap before its limit, and the cut falls in the middle of that gap.
 */
final class Cuts {

    private Cuts() {
    }

    /**
     * The page boundaries from {@code start} to {@code end}, first and last included, no two more than
     * {@code longest} apart, none inside a span ({@code [from, to]}) where a gap allows. Where things
     * overlap for longer than a page there is no gap: the cut then goes where it crosses the fewest.
     */
    static List<Double> along(double start, double end, double longest, List<double[]> spans) {
        if (!(longest > 0)) {
            throw new IllegalArgumentException("a page must have a length: " + longest);
        }
        List<double[]> merged = merge(spans);
        List<Double> cuts = new ArrayList<>();
        cuts.add(start);
        double position = start;
        while (end - position > longest) {
            double limit = position + longest;
            double cut = lastGapBefore(position, limit, merged);
            position = cut > position ? cut : fewestCrossed(position, limit, spans);
            cuts.add(position);
        }
        cuts.add(end);
        return cuts;
    }

    /**
     * The furthest point after {@code from} and no later than {@code limit} that lies in a gap after
     * something to show, or {@code from} itself when there is none.
     */
    private static double lastGapBefore(double from, double limit, List<double[]> merged) {
        double gapStart = Double.NEGATIVE_INFINITY;
        for (double[] span : merged) {
            if (span[0] > limit) {
                return limit;
            }
            if (span[1] >= limit) {
                // The limit falls in this span: cut in the gap before it, if a span lies between that gap and
                // {@code from}; else the page would show nothing.
                return gapStart > from ? (gapStart + span[0]) / 2 : from;
            }
            gapStart = span[1];
        }
        return limit;
    }

    /** The point in the second half of the page's reach that lies inside the fewest spans, the furthest on ties. */
    private static double fewestCrossed(double from, double limit, List<double[]> spans) {
        double best = limit;
        long bestCrossed = crossed(limit, spans);
        for (double[] span : spans) {
            double candidate = Math.nextUp(span[1]);
            if (candidate > from + (limit - from) / 2 && candidate < limit) {
                long crossed = crossed(candidate, spans);
                if (crossed < bestCrossed || crossed == bestCrossed && candidate > best) {
                    best = candidate;
                    bestCrossed = crossed;
                }
            }
        }
        return best;
    }

    private static long crossed(double at, List<double[]> spans) {
        return spans.stream().filter(span -> span[0] < at && span[1] > at).count();
    }

    /** The spans sorted and those that overlap or touch joined. */
    private static List<double[]> merge(List<double[]> spans) {
        List<double[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingDouble(span -> span[0]));
        List<double[]> merged = new ArrayList<>();
        for (double[] span : sorted) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] <= last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(new double[] {span[0], span[1]});
            }
        }
        return merged;
    }
}
