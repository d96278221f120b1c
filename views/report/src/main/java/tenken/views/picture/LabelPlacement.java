package tenken.views.picture;

/** Where a node's label goes: country labels to the left (edges leave to the right), item labels inside. */
public enum LabelPlacement {
    LEFT,
    INSIDE
}
