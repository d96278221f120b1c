package tenken.views.shell;

/**
 * The workbench's screens, in tab order; each is a tab of the main window whose {@code fx:id} is
 * {@link #tabId()}, and has a menu item with Ctrl+1… as its shortcut.
 */
public enum Screen {
    OVERVIEW("overviewTab"),
    CATALOGUE("catalogueTab"),
    DEPENDENCY("dependencyTab"),
    CHOKEPOINT("chokepointTab"),
    SCENARIO("scenarioTab");

    private final String tabId;

    Screen(String tabId) {
        this.tabId = tabId;
    }

    public String tabId() {
        return tabId;
    }

    /** The screen named on the command line ({@code --screen overview}), case-insensitive. */
    public static Screen named(String name) {
        return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
