package tenken.views.export.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tenken.views.chokepoint.ChokepointController;
import tenken.views.chokepoint.GraphModel;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.dependency.DependencyController;
import tenken.views.export.ScreenExport;
import tenken.views.model.Screen;
import tenken.views.picture.DependencyChart;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.StrengthsChart;
import tenken.views.strengths.StrengthsController;

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
    static List<ScreenExport> of(Screen shown, Function<Screen, Object> controllers, AnalysisSnapshot analysis) {
        List<ScreenExport> result = new ArrayList<>();
        // The strengths picture is offered from its own screen (with the graph and chart beside it), not
        // added to a deck asked for from the graph or the chart.
        List<Screen> order = shown == Screen.STRENGTHS ? List.of(Screen.STRENGTHS, Screen.CHOKEPOINT, Screen.DEPENDENCY)
                : shown == Screen.DEPENDENCY ? List.of(Screen.DEPENDENCY, Screen.CHOKEPOINT)
                : List.of(Screen.CHOKEPOINT, Screen.DEPENDENCY);
        for (Screen screen : order) {
            Object controller = controllers.apply(screen);
            if (controller instanceof ChokepointController graph && analysis != null) {
                GraphModel model = graph.model();
                GraphPicture picture = model.pictureProperty().get();
                if (model.visible() != null && picture != null) {
                    result.add(new ScreenExport.Graph(analysis, graph.consumer(), model.visible(), model.emphasis(),
                            picture.title(), picture.subtitle()));
                }
            } else if (controller instanceof StrengthsController strengths) {
                StrengthsChart chart = strengths.chart();
                if (chart != null) {
                    result.add(new ScreenExport.Strengths(chart));
                }
            } else if (controller instanceof DependencyController dependency) {
                DependencyChart chart = dependency.model().chartProperty().get();
                if (chart != null && !chart.panels().isEmpty()) {
                    result.add(new ScreenExport.Chart(chart));
                }
            }
        }
        return result;
    }
}
