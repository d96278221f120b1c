package tenken.views.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import tenken.store.io.XmlText;

/**
 * Writes SVG directly: shapes as elements, labels as {@code <text>} (so they stay searchable and
 * editable), tooltips as {@code <title>}. The font is named, IPAex Gothic first then the Japanese fonts
 * of Windows, macOS and Linux, since SVG viewers use installed fonts only.
 */
final class SvgSurface implements Surface {

    static final String FONT_FAMILY =
            "IPAexGothic, 'IPAGothic', 'Yu Gothic', Meiryo, 'Hiragino Sans', 'Noto Sans CJK JP', sans-serif";

    private final StringBuilder svg = new StringBuilder(1 << 16);
    private int clips;

    @Override
    public void begin(double width, double height, String background) {
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(number(width))
                .append("\" height=\"").append(number(height)).append("\" viewBox=\"0 0 ").append(number(width))
                .append(' ').append(number(height)).append("\" font-family=\"").append(FONT_FAMILY).append("\">\n");
        if (background != null) {
            svg.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(background).append("\"/>\n");
        }
    }

    @Override
    public void rect(double x, double y, double width, double height, String fill, String stroke, double strokeWidth,
            double opacity) {
        roundRect(x, y, width, height, 0, fill, stroke, strokeWidth, opacity);
    }

    @Override
    public void roundRect(double x, double y, double width, double height, double radius, String fill,
            String stroke, double strokeWidth, double opacity) {
        svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
                .append(number(width)).append("\" height=\"").append(number(height)).append('"');
        if (radius > 0) {
            svg.append(" rx=\"").append(number(radius)).append('"');
        }
        paint(fill, stroke, strokeWidth, List.of(), opacity);
        svg.append("/>\n");
    }

    @Override
    public void ellipse(double x, double y, double width, double height, String fill, String stroke,
            double strokeWidth, double opacity) {
        svg.append("<ellipse cx=\"").append(number(x + width / 2)).append("\" cy=\"").append(number(y + height / 2))
                .append("\" rx=\"").append(number(width / 2)).append("\" ry=\"").append(number(height / 2)).append('"');
        paint(fill, stroke, strokeWidth, List.of(), opacity);
        svg.append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width, List<Double> dash,
            double opacity) {
        svg.append("<line x1=\"").append(number(x1)).append("\" y1=\"").append(number(y1)).append("\" x2=\"")
                .append(number(x2)).append("\" y2=\"").append(number(y2)).append('"');
        paint(null, stroke, width, dash, opacity);
        svg.append("/>\n");
    }

    @Override
    public void curve(double[] xs, double[] ys, String stroke, double width, List<Double> dash, double opacity) {
        svg.append("<path d=\"M").append(number(xs[0])).append(',').append(number(ys[0])).append('C');
        for (int i = 1; i < 4; i++) {
            svg.append(number(xs[i])).append(',').append(number(ys[i])).append(i < 3 ? " " : "");
        }
        svg.append('"');
        paint(null, stroke, width, dash, opacity);
        svg.append("/>\n");
    }

    @Override
    public void polygon(double[] xs, double[] ys, String fill, double opacity) {
        svg.append("<polygon points=\"");
        for (int i = 0; i < xs.length; i++) {
            svg.append(i == 0 ? "" : " ").append(number(xs[i])).append(',').append(number(ys[i]));
        }
        svg.append('"');
        paint(fill, null, 0, List.of(), opacity);
        svg.append("/>\n");
    }

    @Override
    public void text(double x, double y, String text, double size, String color, boolean bold, Anchor anchor,
            double opacity) {
        svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" font-size=\"")
                .append(number(size)).append("\" fill=\"").append(color).append('"');
        if (bold) {
            svg.append(" font-weight=\"bold\"");
        }
        if (anchor != Anchor.START) {
            svg.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        if (opacity < 1) {
            svg.append(" fill-opacity=\"").append(number(opacity)).append('"');
        }
        svg.append('>');
        escape(text);
        svg.append("</text>\n");
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        String id = "clip" + ++clips;
        svg.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(number(x)).append("\" y=\"")
                .append(number(y)).append("\" width=\"").append(number(width)).append("\" height=\"")
                .append(number(height)).append("\"/></clipPath>\n<g clip-path=\"url(#").append(id).append(")\">\n");
    }

    @Override
    public void endClip() {
        svg.append("</g>\n");
    }

    @Override
    public void beginGroup(String tooltip) {
        svg.append("<g>");
        if (tooltip != null && !tooltip.isBlank()) {
            svg.append("<title>");
            escape(tooltip);
            svg.append("</title>");
        }
        svg.append('\n');
    }

    @Override
    public void endGroup() {
        svg.append("</g>\n");
    }

    /** Ends the document and writes it. */
    void writeTo(Writer out) throws IOException {
        svg.append("</svg>\n");
        out.append(svg);
        out.flush();
    }

    private void paint(String fill, String stroke, double strokeWidth, List<Double> dash, double opacity) {
        svg.append(" fill=\"").append(fill == null ? "none" : fill).append('"');
        if (stroke != null && strokeWidth > 0) {
            svg.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(number(strokeWidth)).append('"');
            if (!dash.isEmpty()) {
                svg.append(" stroke-dasharray=\"");
                for (int i = 0; i < dash.size(); i++) {
                    svg.append(i == 0 ? "" : " ").append(number(dash.get(i)));
                }
                svg.append('"');
            }
        }
        if (opacity < 1) {
            // Fill and stroke each at the opacity, as the window's canvas does, not the group as a whole.
            svg.append(" fill-opacity=\"").append(number(opacity)).append("\" stroke-opacity=\"")
                    .append(number(opacity)).append('"');
        }
    }

    /** XML text and attribute escaping, after dropping the characters XML 1.0 refuses. */
    private void escape(String raw) {
        String text = XmlText.clean(raw);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> svg.append("&lt;");
                case '>' -> svg.append("&gt;");
                case '&' -> svg.append("&amp;");
                case '"' -> svg.append("&quot;");
                default -> svg.append(c);
            }
        }
    }

    /** A coordinate to two decimals without exponent or trailing zeros: enough for print, and short. */
    static String number(double value) {
        long hundredths = Math.round(value * 100);
        StringBuilder text = new StringBuilder(12);
        if (hundredths < 0) {
            text.append('-');
            hundredths = -hundredths;
        }
        text.append(hundredths / 100);
        long fraction = hundredths % 100;
        if (fraction != 0) {
            text.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                text.append(fraction % 10);
            }
        }
        return text.toString();
    }
}
