package tenken.views.chokepoint;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import tenken.assets.Messages;
import javafx.concurrent.Task;
import tenken.graph.layout.LayeredGraph;
import tenken.graph.layout.LayeredLayout;
import tenken.graph.layout.Layout;
import tenken.store.progress.ProgressMonitor;
import tenken.views.picture.Emphasis;
import tenken.views.picture.GraphFilter;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.GraphPictureBuilder;
import tenken.views.picture.PictureStyle;
import tenken.views.picture.Point;
import tenken.views.picture.SupplyNetwork;
import tenken.views.workbench.WorkbenchContext;

/**
 * A graph on screen: the network (built off the FX thread), the filter, the style, the layout (computed
 * off the FX thread with progress and cancel), the positions the user dragged nodes to, and what is
 * emphasised; from these the {@link GraphPicture} that the view draws. Filter and style changes lay out
 * again (sizes and the node set change); focus, emphasis and drags only redraw the picture.
 */
public final class GraphModel {

    private final WorkbenchContext context;
    private final ObjectProperty<GraphPicture> picture = new SimpleObjectProperty<>();
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final Map<String, Point> moved = new HashMap<>();
    private SupplyNetwork network;
    private SupplyNetwork visible;
    private LayeredGraph layered;
    private Layout layout;
    private GraphFilter filter = GraphFilter.NONE;
    private PictureStyle style;
    private Emphasis emphasis = Emphasis.NONE;
    private String title = "";
    private String subtitle = "";
    private Task<?> running;
    private Runnable onLaidOut = () -> { };

    public GraphModel(WorkbenchContext context) {
        this.context = context;
        this.style = context.pictureStyle().get();
    }

    public ObjectProperty<GraphPicture> pictureProperty() {
        return picture;
    }

    /**
     * Why the last layout failed, in words for the user; empty while none has. The graph keeps showing
     * the last layout that succeeded.
     */
    public StringProperty failureProperty() {
        return failure;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public SupplyNetwork network() {
        return network;
    }

    /** The network the filter lets through, as laid out. */
    public SupplyNetwork visible() {
        return visible;
    }

    /** Called on the FX thread after each new layout (e.g. to fit the view). */
    public void setOnLaidOut(Runnable onLaidOut) {
        this.onLaidOut = onLaidOut;
    }

    public void setTitle(String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle;
        redraw();
    }

    /** Builds the network with {@code source} off the FX thread, then lays it out. */
    public Task<?> load(Supplier<SupplyNetwork> source) {
        return start(() -> source.get());
    }

    public void setFilter(GraphFilter filter) {
        this.filter = filter;
        relayout();
    }

    public GraphFilter filter() {
        return filter;
    }

    public void setStyle(PictureStyle style) {
        this.style = style;
        relayout();
    }

    public void setEmphasis(Emphasis emphasis) {
        this.emphasis = emphasis;
        redraw();
    }

    public Emphasis emphasis() {
        return emphasis;
    }

    /** Places a node where the user dragged it. */
    public void move(String id, Point at) {
        moved.put(id, at);
        redraw();
    }

    public void cancel() {
        if (running != null) {
            running.cancel(true);
            running = null;
            busy.set(false);
        }
    }

    /** The task under way (loading or laying out), for tests to wait on; null when none is. */
    public Task<?> running() {
        return running;
    }

    private void relayout() {
        if (network != null) {
            SupplyNetwork current = network;
            start(() -> current);
        }
    }

    private Task<?> start(Supplier<SupplyNetwork> source) {
        cancel();
        GraphFilter chosenFilter = filter;
        GraphPictureBuilder builder = new GraphPictureBuilder(style);
        Task<LaidOut> task = new Task<>() {
            @Override
            protected LaidOut call() {
                SupplyNetwork full = source.get();
                SupplyNetwork shown = full.filtered(chosenFilter);
                LayeredGraph graph = builder.layeredGraph(shown);
                Layout computed = LayeredLayout.compute(graph, builder.layoutOptions(shown), new ProgressMonitor() {
                    @Override
                    public void progress(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return stopped();
                    }
                });
                return new LaidOut(full, shown, graph, computed);
            }

            private boolean stopped() {
                return isCancelled();
            }
        };
        progress.bind(task.progressProperty());
        task.setOnSucceeded(event -> {
            LaidOut result = task.getValue();
            network = result.network();
            visible = result.visible();
            layered = result.layered();
            layout = result.layout();
            moved.clear();
            finished(task);
            redraw();
            onLaidOut.run();
        });
        task.setOnFailed(event -> {
            finished(task);
            Throwable cause = task.getException();
            failure.set(Messages.get("graph.layoutFailed",
                    cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage()));
        });
        task.setOnCancelled(event -> finished(task));
        running = task;
        failure.set("");
        busy.set(true);
        context.run(task);
        return task;
    }

    private void finished(Task<?> task) {
        if (running == task) {
            running = null;
            busy.set(false);
            progress.unbind();
        }
    }

    /** Rebuilds the picture from the current layout: cheap, on the FX thread. */
    private void redraw() {
        if (visible == null || layout == null) {
            return;
        }
        picture.set(new GraphPictureBuilder(style).build(visible, layered, layout, emphasis, moved, title, subtitle));
    }

    /** What a layout task hands back to the FX thread: the network, the part the filter shows, and its layout. */
    private record LaidOut(SupplyNetwork network, SupplyNetwork visible, LayeredGraph layered, Layout layout) {
    }
}
