package tenken.views.picture;

/** A symbol drawn on a node besides its colour, so that its role survives greyscale printing. */
public enum Marker {
    NONE,
    /** A structural chokepoint: a double ring and a warning triangle. */
    CHOKEPOINT,
    /** A country cut in the scenario shown: a cross. */
    CUT
}
