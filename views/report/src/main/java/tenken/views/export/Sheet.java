package tenken.views.export;

/** A page laid out and ready to draw: its size in picture units and how to draw it on any surface. */
interface Sheet {

    double width();

    double height();

    /** Draws the page; a null background leaves it transparent. */
    void paint(Surface surface, String background);
}
