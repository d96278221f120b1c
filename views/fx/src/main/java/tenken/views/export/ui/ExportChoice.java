package tenken.views.export.ui;

import java.util.List;
import tenken.views.export.ExportFormat;
import tenken.views.export.ExportTheme;
import tenken.views.export.ScreenExport;

/** What the export dialog asks: the pictures, format, theme, PNG scale and background, and the marking. */
record ExportChoice(List<ScreenExport> screens, ExportFormat format, ExportTheme theme, int scale,
        boolean transparent, String classification) {
}
