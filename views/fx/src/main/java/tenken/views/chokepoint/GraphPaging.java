package tenken.views.chokepoint;

import javafx.geometry.Bounds;
import tenken.views.canvas.GraphView;
import tenken.views.workbench.Subscriptions;
import tenken.views.workbench.WorkbenchContext;

/**
 * On the projector, a graph that does not fit whole at 24 px is shown in pages (issue 13 item 2): this
 * gives the model the room its viewport has at the legible scale whenever presentation mode or the
 * viewport's size changes (none on the desk, where the whole graph is shown and scrolled), shows the
 * model's page in the view's page bar, and turns pages when the user asks, fitting each page whole.
 */
public final class GraphPaging {

    private GraphPaging() {
    }

    public static void bind(GraphModel model, GraphView view, WorkbenchContext context, Subscriptions subscriptions) {
        Runnable room = () -> {
            Bounds viewport = view.viewportLayoutBounds().get();
            if (!context.presentationProperty().get()) {
                model.setPageRoom(null);
            } else if (viewport.getWidth() > 0 && viewport.getHeight() > 0) {
                double[] size = view.roomAtLegibleScale(context.pictureStyle().get());
                model.setPageRoom(new GraphModel.Room(size[0], size[1]));
            }
        };
        subscriptions.add(context.presentationProperty().subscribe(on -> room.run()));
        subscriptions.add(view.viewportLayoutBounds().subscribe(bounds -> room.run()));
        Runnable paging = () -> view.setPaging(model.pageProperty().get(), model.pageCountProperty().get());
        model.pageProperty().addListener((obs, old, page) -> paging.run());
        model.pageCountProperty().addListener((obs, old, count) -> paging.run());
        paging.run();
        view.setOnPageStep(step -> {
            int before = model.pageProperty().get();
            model.showPage(before + step);
            if (model.pageProperty().get() != before) {
                view.fitToView();
            }
        });
    }
}
