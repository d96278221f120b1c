package tenken.views.picture;

/** Countries are circles; item–stage nodes are rounded boxes with their name inside. */
public enum NodeShape {
    CIRCLE,
    ROUNDED_BOX
}
