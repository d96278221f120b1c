package tenken.views.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import tenken.assets.Messages;

/**
 * A page as a PNG: one picture unit is one pixel at scale 1, so scale 2 or 4 gives print quality. The
 * file records its resolution (96 dpi times the scale), so that Word and PowerPoint place a 2× image
 * at the same size as a 1× one, only sharper.
 */
public final class PngRenderer {

    /** The largest raster made: 4 bytes a pixel, so about 480 MB of memory. */
    static final long MAX_PIXELS = 120_000_000L;
    private static final double SCREEN_DPI = 96;
    private static final double INCH_MM = 25.4;

    private PngRenderer() {
    }

    /** Width and height in pixels of the page at {@code scale}. */
    public static int[] size(Page page, double scale) {
        Sheet sheet = page.framed();
        return new int[] {pixels(sheet.width(), scale), pixels(sheet.height(), scale)};
    }

    public static void write(Page page, double scale, boolean transparent, OutputStream out) throws IOException {
        write(render(page.framed(), scale, transparent ? null : page.style().background()), scale, out);
    }

    /** The sheet drawn at {@code scale} pixels per unit; a null background leaves it transparent. */
    static BufferedImage render(Sheet sheet, double scale, String background) {
        int width = pixels(sheet.width(), scale);
        int height = pixels(sheet.height(), scale);
        if ((long) width * height > MAX_PIXELS) {
            throw new ExportException(Messages.get("export.error.tooLarge", String.valueOf(width),
                    String.valueOf(height)));
        }
        BufferedImage image = new BufferedImage(width, height,
                background == null ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            if (background != null) {
                // Whole pixels first: the page's own background ends mid-pixel at most scales, which
                // antialiasing would blend with the raster's black into a grey last row or column.
                g.setColor(new java.awt.Color(Rgb.of(background)));
                g.fillRect(0, 0, width, height);
            }
            g.scale(scale, scale);
            Java2dSurface surface = new Java2dSurface(g);
            sheet.paint(surface, background);
            surface.flush();
        } finally {
            g.dispose();
        }
        return image;
    }

    static void write(BufferedImage image, double scale, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    null);
            resolution(metadata, SCREEN_DPI * scale);
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
    }

    private static void resolution(IIOMetadata metadata, double dpi) throws IIOInvalidTreeException {
        double pixelsPerMm = dpi / INCH_MM;
        IIOMetadataNode horizontal = new IIOMetadataNode("HorizontalPixelSize");
        horizontal.setAttribute("value", Double.toString(1 / pixelsPerMm));
        IIOMetadataNode vertical = new IIOMetadataNode("VerticalPixelSize");
        vertical.setAttribute("value", Double.toString(1 / pixelsPerMm));
        IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
        dimension.appendChild(horizontal);
        dimension.appendChild(vertical);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
        root.appendChild(dimension);
        metadata.mergeTree("javax_imageio_1.0", root);
    }

    private static int pixels(double units, double scale) {
        return Math.max(1, (int) Math.round(units * scale));
    }
}
