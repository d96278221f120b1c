package tenken.views.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes pictures in a picture format: PDF and PowerPoint take several (pages, slides); PNG and SVG one.
 *
 * @param scale PNG pixels per picture unit (1, 2 or 4)
 * @param transparent PNG without its background
 */
public record PictureExporter(double scale, boolean transparent) {

    public static final PictureExporter DEFAULT = new PictureExporter(2, false);

    public PictureExporter {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
    }

    public void write(List<Page> pages, ExportFormat format, OutputStream out) throws IOException {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pictures to write");
        }
        if (pages.size() > 1 && !format.holdsSeveralPictures()) {
            throw new IllegalArgumentException(format + " holds one picture, not " + pages.size());
        }
        switch (format) {
            case PNG -> PngRenderer.write(pages.get(0), scale, transparent, out);
            case SVG -> SvgRenderer.write(pages.get(0), out);
            case PDF -> PdfRenderer.write(pages, out);
            case PPTX -> PptxRenderer.write(pages, out);
            default -> throw new IllegalArgumentException(format + " is not a picture format");
        }
    }
}
