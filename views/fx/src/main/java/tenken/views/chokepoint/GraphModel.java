package tenken.views.chokepoint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import tenken.assets.Messages;
import javafx.concurrent.Task;
import tenken.store.progress.ProgressMonitor;
import tenken.views.picture.Emphasis;
import tenken.views.picture.GraphFilter;
import tenken.views.picture.GraphPager;
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
 *
 * <p>With a page room set (the projector), the network is shown in pages that each fit that room whole
 * ({@link GraphPager}); without one (the desk), as one page, the whole.
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
    private List<GraphPager.Page> pages = List.of();
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper();
    /** The room a page must fit, in picture units; null: no paging. */
    private Room room;
    private Set<String> pageItems = Set.of();
    private Set<String> pageKeep = Set.of();
    private boolean keepPage;
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

    /** The network of the page shown (the whole visible network when there are no pages). */
    public SupplyNetwork shown() {
        return pages.isEmpty() ? visible : pages.get(page.get()).network();
    }

    /** The page shown, from 0, and how many there are (1 without paging). */
    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** Shows page {@code index} (clamped to the pages there are); dragged positions belong to the page left. */
    public void showPage(int index) {
        int clamped = Math.max(0, Math.min(pages.size() - 1, index));
        if (pages.isEmpty() || clamped == page.get()) {
            return;
        }
        moved.clear();
        page.set(clamped);
        redraw();
    }

    /** The first item the page shown is of (not an input shown to explain a loss), or null. */
    private String firstItem() {
        return pages.isEmpty() ? null : pages.get(page.get()).items().stream().findFirst().orElse(null);
    }

    /**
     * The page that is of item {@code id}, else the first page that shows node {@code id} (a country, or an
     * input shown on another item's page), or -1.
     */
    public int pageOf(String id) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).items().contains(id)) {
                return i;
            }
        }
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).network().node(id) != null) {
                return i;
            }
        }
        return -1;
    }

    /** A page's room in picture units: what the viewport holds at the legible scale. */
    public record Room(double width, double height) {

        /**
         * Whether pages made for {@code paged} need making again for this room: when this is smaller at all
         * (a page might no longer fit), or larger by more than a pixel's rounding.
         */
        boolean repages(Room paged) {
            return paged == null || width < paged.width || height < paged.height || width > paged.width + 2
                    || height > paged.height + 2;
        }
    }

    /** Pages the graph to fit {@code room} (null: one page, the whole), laying it out again if that changes. */
    public void setPageRoom(Room room) {
        boolean changed = room == null ? this.room != null : room.repages(this.room);
        if (changed) {
            this.room = room;
            // A new room keeps the page the user is on (the one showing the same first item).
            keepPage = true;
            relayout();
        }
    }

    public Room pageRoom() {
        return room;
    }

    /**
     * Which items the pages show (empty: all) and which countries they never collapse, e.g. what a scenario's
     * cut reaches and the cut; takes effect with a page room.
     */
    public void setPageScope(Set<String> items, Set<String> keep) {
        boolean changed = !List.copyOf(items).equals(List.copyOf(pageItems)) || !keep.equals(pageKeep);
        // Kept in the caller's order: the pager pages materials in it (a scenario's ranking).
        pageItems = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(items));
        pageKeep = Set.copyOf(keep);
        if (changed && room != null) {
            relayout();
        }
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

    /** The title as set, for an export to draw its own picture with. */
    public String title() {
        return title;
    }

    /**
     * The subtitle as set, without the line the picture adds where world production stands in: an export adds
     * its own, in its own style's words.
     */
    public String subtitle() {
        return subtitle;
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
        GraphPager pager = new GraphPager(new GraphPictureBuilder(style));
        Room chosenRoom = room;
        Set<String> items = pageItems;
        Set<String> keep = pageKeep;
        boolean stay = keepPage;
        keepPage = false;
        Task<LaidOut> task = new Task<>() {
            @Override
            protected LaidOut call() {
                SupplyNetwork full = source.get();
                SupplyNetwork shown = full.filtered(chosenFilter);
                if (chosenRoom != null) {
                    updateProgress(-1, 1);
                    return new LaidOut(full, shown, pager.pages(shown, items, keep, chosenRoom.width(),
                            chosenRoom.height(), this::stopped));
                }
                return new LaidOut(full, shown, List.of(pager.whole(shown, new ProgressMonitor() {
                    @Override
                    public void progress(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return stopped();
                    }
                })));
            }

            private boolean stopped() {
                return isCancelled();
            }
        };
        progress.bind(task.progressProperty());
        task.setOnSucceeded(event -> {
            LaidOut result = task.getValue();
            // The page shown when the new pages arrive (the user may have turned one meanwhile).
            String firstItem = stay && pages.size() > 1 ? firstItem() : null;
            network = result.network();
            visible = result.visible();
            pages = result.pages();
            page.set(Math.max(0, firstItem == null ? 0 : pageOf(firstItem)));
            pageCount.set(pages.size());
            moved.clear();
            finished(task);
            redraw();
            onLaidOut.run();
            if (chosenRoom != room || items != pageItems || keep != pageKeep) {
                // The room or the scope changed while the network was still loading: page it for them.
                keepPage = true;
                relayout();
            }
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
        if (pages.isEmpty()) {
            return;
        }
        GraphPager.Page shown = pages.get(page.get());
        picture.set(new GraphPictureBuilder(style).build(shown.network(), shown.graph(), shown.layout(), emphasis, moved,
                title, subtitle));
    }

    /** What a layout task hands back to the FX thread: the network, the part the filter shows, and its pages. */
    private record LaidOut(SupplyNetwork network, SupplyNetwork visible, List<GraphPager.Page> pages) {
    }
}
