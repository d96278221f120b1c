package tenken.views.model;

/**
 * The workbench's screens, in tab order; each is a tab of the main window whose {@code fx:id} is
 * {@link #tabId()}, and has a menu item with Ctrl+1… as its shortcut. A screen with an {@link #fxml()}
 * is loaded into its tab when first shown, so that start-up builds only the first screen.
 */
public enum Screen {
    OVERVIEW("overviewTab", "/tenken/views/overview/OverviewView.fxml"),
    CATALOGUE("catalogueTab", "/tenken/views/catalogue/CatalogueView.fxml"),
    DEPENDENCY("dependencyTab", "/tenken/views/dependency/DependencyView.fxml"),
    CHOKEPOINT("chokepointTab", "/tenken/views/chokepoint/ChokepointView.fxml"),
    SCENARIO("scenarioTab", "/tenken/views/scenario/ScenarioView.fxml"),
    /** Built in code by {@code AssessmentScreen} into the tab the main window adds, when first shown. */
    ASSESSMENT("assessmentTab", null),
    /** Added by the main window after the screens above. */
    STRENGTHS("strengthsTab", "/tenken/views/strengths/StrengthsView.fxml");

    private final String tabId;
    private final String fxml;

    Screen(String tabId, String fxml) {
        this.tabId = tabId;
        this.fxml = fxml;
    }

    public String tabId() {
        return tabId;
    }

    /** The screen's FXML, or null when it is part of the main window's own FXML. */
    public String fxml() {
        return fxml;
    }

    /** The screen whose tab has {@code id}, or null. */
    public static Screen ofTab(String id) {
        for (Screen screen : values()) {
            if (screen.tabId.equals(id)) {
                return screen;
            }
        }
        return null;
    }

    /** The screen named on the command line ({@code --screen overview}), case-insensitive. */
    public static Screen named(String name) {
        return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
