package tenken.views.export.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.export.ScreenExport;
import tenken.views.model.Screen;
import tenken.views.workbench.WorkbenchScreen;

/** Takes what the chokepoint, dependency and strengths screens show, on the FX thread, for an export. */
final class ScreenCaptures {

    private ScreenCaptures() {
    }

    /** Whether {@code screen} has a picture to export. */
    static boolean exports(Screen screen) {
        return screen == Screen.CHOKEPOINT || screen == Screen.DEPENDENCY || screen == Screen.STRENGTHS;
    }

    /**
     * The pictures of the screens built so far, the one shown first; a screen still computing (or with
     * nothing to show) offers none.
     */
    static List<ScreenExport> of(Screen shown, Function<Screen, WorkbenchScreen> screens, AnalysisSnapshot analysis) {
        List<ScreenExport> result = new ArrayList<>();
        // The strengths picture is offered from its own screen (with the graph and chart beside it), not
        // added to a deck asked for from the graph or the chart.
        List<Screen> order = shown == Screen.STRENGTHS ? List.of(Screen.STRENGTHS, Screen.CHOKEPOINT, Screen.DEPENDENCY)
                : shown == Screen.DEPENDENCY ? List.of(Screen.DEPENDENCY, Screen.CHOKEPOINT)
                : List.of(Screen.CHOKEPOINT, Screen.DEPENDENCY);
        for (Screen screen : order) {
            WorkbenchScreen built = screens.apply(screen);
            if (built instanceof PictureScreen pictures && analysis != null) {
                result.addAll(pictures.exports(analysis));
            }
        }
        return result;
    }
}
