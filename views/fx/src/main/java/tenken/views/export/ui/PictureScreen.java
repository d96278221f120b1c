package tenken.views.export.ui;

import java.util.List;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.export.ScreenExport;

/** A screen whose pictures the Export… action (Ctrl+Shift+S) can take. */
public interface PictureScreen {

    /** The pictures this screen offers now; none while it is still computing. */
    List<ScreenExport> exports(AnalysisSnapshot analysis);
}
