package tenken.views.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** A page as an SVG document: vector shapes, labels as text, in the page's style. */
public final class SvgRenderer {

    private SvgRenderer() {
    }

    public static void write(Page page, OutputStream out) throws IOException {
        Sheet sheet = page.framed();
        SvgSurface surface = new SvgSurface();
        sheet.paint(surface, page.style().background());
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        surface.writeTo(writer);
    }
}
