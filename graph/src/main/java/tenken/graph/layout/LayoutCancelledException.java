package tenken.graph.layout;

/** The layout stopped because its monitor asked it to; nothing was produced. */
public final class LayoutCancelledException extends RuntimeException {

    public LayoutCancelledException() {
        super("layout cancelled");
    }
}
