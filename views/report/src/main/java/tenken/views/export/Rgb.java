package tenken.views.export;

/** Colours of the picture model, {@code #rrggbb}, as numbers for the raster and PDF surfaces. */
final class Rgb {

    private Rgb() {
    }

    /** {@code 0xrrggbb}. */
    static int of(String hex) {
        if (hex == null || hex.length() != 7 || hex.charAt(0) != '#') {
            throw new IllegalArgumentException("not a #rrggbb colour: " + hex);
        }
        return Integer.parseInt(hex.substring(1), 16);
    }

    static float red(int rgb) {
        return ((rgb >> 16) & 0xff) / 255f;
    }

    static float green(int rgb) {
        return ((rgb >> 8) & 0xff) / 255f;
    }

    static float blue(int rgb) {
        return (rgb & 0xff) / 255f;
    }
}
