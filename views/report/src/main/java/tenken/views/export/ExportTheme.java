package tenken.views.export;

import java.util.Locale;
import tenken.views.picture.PictureStyle;

/** The look chosen at export: print (paper and documents) or projector (workshops, dark slides). */
public enum ExportTheme {
    PRINT(PictureStyle.PRINT),
    PROJECTOR(PictureStyle.PROJECTOR);

    private final PictureStyle style;

    ExportTheme(PictureStyle style) {
        this.style = style;
    }

    public PictureStyle style() {
        return style;
    }

    /** {@code print} or {@code projector}: the name in message keys and on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
