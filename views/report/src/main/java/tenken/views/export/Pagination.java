package tenken.views.export;

import java.util.ArrayList;
import java.util.List;
import tenken.views.picture.ChartPicture;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.PictureEdge;
import tenken.views.picture.PictureStyle;

/**
 * A picture cut to fit the area a page or slide leaves it, each part with its legend. The picture is drawn
 * at {@code scale = max(legible, min(fit, largest))} points per picture unit, where {@code legible} sets its
 * smallest type at {@link #SMALLEST_TEXT_POINTS}, {@code fit} fits the whole on one page and {@code largest}
 * caps the enlargement of a small picture. When that scale does not fit, the picture is cut into parts of
 * at most the area's size ({@link Cuts}): a graph between its layout's columns, then each column band
 * between its nodes; a chart, laid out to the area's width, between its rows. The same painter draws every
 * part through a {@link Viewport}.
 */
final class Pagination {

    /** No text on a printed page or a slide is set smaller than this, in points. */
    static final double SMALLEST_TEXT_POINTS = 10;

    private Pagination() {
    }

    /** One part of a picture and its legend, {@code width} × {@code height} points. */
    interface Part {

        double width();

        double height();

        /** Points per picture unit. */
        double scale();

        /** Draws the part with its top left corner at ({@code left}, {@code top}), in points. */
        void paint(Surface surface, double left, double top);
    }

    /**
     * The graph cut to fit {@code width} × {@code height} points, enlarged at most {@code largest} times,
     * its legend beside it or below it, whichever draws it larger, then on fewer parts.
     */
    static List<Part> graph(GraphPicture picture, double width, double height, double largest) {
        List<Part> beside = graph(picture, width, height, largest, false);
        List<Part> below = graph(picture, width, height, largest, true);
        double besideScale = beside.get(0).scale();
        double belowScale = below.get(0).scale();
        if (besideScale != belowScale) {
            return belowScale > besideScale ? below : beside;
        }
        return below.size() < beside.size() ? below : beside;
    }

    private static List<Part> graph(GraphPicture picture, double width, double height, double largest,
            boolean legendBelow) {
        PictureStyle style = picture.style();
        GraphPainter painter = new GraphPainter(picture);
        LegendPainter legend = new LegendPainter(picture.legend(), style);
        double gap = legend.width() > 0 ? style.fontSize() * 2 : 0;
        double smallest = legend.width() > 0 ? Math.min(style.fontSize(), style.smallFontSize()) : style.fontSize();
        // What the legend takes beside the graph part, across and down.
        double besideWidth = legendBelow ? 0 : gap + legend.width();
        double belowHeight = legendBelow ? gap + legend.height() : 0;
        Viewport whole = new Viewport(picture.minX(), picture.minY(), picture.maxX(), picture.maxY());
        double fit = Math.min(width / Math.max(wide(whole) + besideWidth, legendBelow ? legend.width() : 0),
                height / Math.max(high(whole) + belowHeight, legendBelow ? 0 : legend.height()));
        double scale = Math.max(SMALLEST_TEXT_POINTS / smallest, Math.min(fit, largest));
        List<Viewport> parts = scale <= fit ? List.of(whole)
                : cut(whole, painter.extents(), width / scale - besideWidth, height / scale - belowHeight);
        List<Part> result = new ArrayList<>();
        for (Viewport part : parts) {
            result.add(new GraphPart(painter, legend, part, gap, legendBelow, scale));
        }
        return result;
    }

    /**
     * The chart laid out to {@code width} points at the legible scale, its legend at the top right of each
     * part, cut between rows into parts at most {@code height} points tall. A chart whose texts need more
     * than the width is drawn smaller to fit it.
     */
    static List<Part> chart(ChartLayout layout, double width, double height) {
        double legible = SMALLEST_TEXT_POINTS / layout.style().smallFontSize();
        ChartPicture chart = layout.at(width / legible);
        double scale = Math.min(legible, width / chart.width());
        ChartPainter painter = new ChartPainter(chart, false);
        double gap = layout.style().fontSize() * 0.5;
        Viewport whole = painter.whole();
        double room = height / scale - painter.legend().height() - gap;
        List<Part> result = new ArrayList<>();
        List<Double> cuts = Cuts.along(whole.minY(), whole.maxY(), room, painter.rows());
        for (int i = 1; i < cuts.size(); i++) {
            Viewport part = new Viewport(whole.minX(), cuts.get(i - 1), whole.maxX(), cuts.get(i));
            result.add(new ChartPart(painter, part, gap, layout.style().fontSize(), scale));
        }
        return result;
    }

    /** A graph cut across at gaps between its columns, then each band down at gaps between its nodes. */
    private static List<Viewport> cut(Viewport whole, List<PictureEdge.Box> boxes, double partWidth,
            double partHeight) {
        List<double[]> columns = boxes.stream().map(box -> new double[] {box.minX(), box.maxX()}).toList();
        List<Double> xs = Cuts.along(whole.minX(), whole.maxX(), partWidth, columns);
        List<Viewport> parts = new ArrayList<>();
        for (int i = 1; i < xs.size(); i++) {
            double left = xs.get(i - 1);
            double right = xs.get(i);
            List<PictureEdge.Box> band = boxes.stream()
                    .filter(box -> box.maxX() >= left && box.minX() <= right).toList();
            // A band spans only as far down as its own nodes, so that no page is left empty below them.
            double top = Math.max(whole.minY(), band.stream().mapToDouble(PictureEdge.Box::minY).min()
                    .orElse(whole.minY()) - 1);
            double bottom = Math.min(whole.maxY(), band.stream().mapToDouble(PictureEdge.Box::maxY).max()
                    .orElse(whole.maxY()) + 1);
            List<double[]> rows = band.stream().map(box -> new double[] {box.minY(), box.maxY()}).toList();
            List<Double> ys = Cuts.along(top, bottom, partHeight, rows);
            for (int j = 1; j < ys.size(); j++) {
                parts.add(new Viewport(left, ys.get(j - 1), right, ys.get(j)));
            }
        }
        return parts;
    }

    private static double wide(Viewport part) {
        return part.maxX() - part.minX();
    }

    private static double high(Viewport part) {
        return part.maxY() - part.minY();
    }

    /** A part of a graph with the legend beside it at the right, or below it. */
    private record GraphPart(GraphPainter painter, LegendPainter legend, Viewport part, double gap,
            boolean legendBelow, double scale) implements Part {

        @Override
        public double width() {
            return (legendBelow ? Math.max(wide(part), legend.width()) : wide(part) + gap + legend.width()) * scale;
        }

        @Override
        public double height() {
            return (legendBelow ? high(part) + gap + legend.height() : Math.max(high(part), legend.height())) * scale;
        }

        @Override
        public void paint(Surface surface, double left, double top) {
            PlacedSurface placed = new PlacedSurface(surface, left, top, scale);
            painter.paintPart(placed, part, 0, 0);
            if (legendBelow) {
                legend.paint(placed, 0, high(part) + gap);
            } else {
                legend.paint(placed, wide(part) + gap, 0);
            }
        }
    }

    /**
     * A band of a chart's rows with the legend above it at the right, {@code margin} from the edge as on the
     * whole chart.
     */
    private record ChartPart(ChartPainter painter, Viewport part, double gap, double margin, double scale)
            implements Part {

        @Override
        public double width() {
            return wide(part) * scale;
        }

        @Override
        public double height() {
            return (painter.legend().height() + gap + high(part)) * scale;
        }

        @Override
        public void paint(Surface surface, double left, double top) {
            PlacedSurface placed = new PlacedSurface(surface, left, top, scale);
            LegendPainter legend = painter.legend();
            legend.paint(placed, wide(part) - margin - legend.width(), 0);
            painter.paintPart(placed, part, 0, legend.height() + gap);
        }
    }
}
