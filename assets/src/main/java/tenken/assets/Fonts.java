package tenken.assets;

import java.io.InputStream;

/**
 * The Japanese font Tenken ships: IPAex Gothic (IPA Font License v1.0, redistributable; licence text
 * beside it). It is TrueType, which JavaFX renders and PDFBox embeds as a subset; Noto CJK (CFF) is
 * neither, and an offline workstation may have no Japanese font at all.
 */
public final class Fonts {

    public static final String JAPANESE_FAMILY = "IPAexGothic";
    public static final String JAPANESE_TTF = "/tenken/assets/fonts/ipaexg.ttf";

    private Fonts() {
    }

    /** A new stream of the TrueType file; the caller closes it. */
    public static InputStream japaneseTrueType() {
        InputStream in = Fonts.class.getResourceAsStream(JAPANESE_TTF);
        if (in == null) {
            throw new IllegalStateException(JAPANESE_TTF + " is missing from the assets jar");
        }
        return in;
    }
}
