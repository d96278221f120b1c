package tenken.views.model;

/**
 * The workbench's screens, in tab order: the one registration a screen needs. The main window makes each
 * a tab (whose {@code fx:id} is {@link #tabId()}, titled by {@link #titleKey()} with {@link #icon()}) and
 * a Screen menu item with Ctrl+{@link #shortcut()} as its shortcut. A screen with an {@link #fxml()} is loaded
 * into its tab when first shown (its controller a {@code WorkbenchScreen}), so that start-up builds only
 * the first screen.
 */
public enum Screen {
    OVERVIEW("overviewTab", "/tenken/views/overview/OverviewView.fxml", "screen.overview",
            "mdi2v-view-dashboard-outline", 1),
    CATALOGUE("catalogueTab", "/tenken/views/catalogue/CatalogueView.fxml", "screen.catalogue",
            "mdi2f-format-list-bulleted", 2),
    DEPENDENCY("dependencyTab", "/tenken/views/dependency/DependencyView.fxml", "screen.dependency",
            "mdi2c-chart-bar", 3),
    CHOKEPOINT("chokepointTab", "/tenken/views/chokepoint/ChokepointView.fxml", "screen.chokepoint",
            "mdi2g-graph-outline", 4),
    SCENARIO("scenarioTab", "/tenken/views/scenario/ScenarioView.fxml", "screen.scenario", "mdi2c-content-cut", 5),
    /** Built in code by {@code AssessmentScreen} when first shown. */
    ASSESSMENT("assessmentTab", null, "assessment.screen.tab", "mdi2c-clipboard-check-outline", 6),
    /** The follow-up of measures taken (screen 7). */
    FOLLOWUP("followupTab", "/tenken/views/followup/FollowUpView.fxml", "followup.screen.tab",
            "mdi2c-clipboard-pulse-outline", 7),
    /** Japan's strengths. */
    STRENGTHS("strengthsTab", "/tenken/views/strengths/StrengthsView.fxml", "screen.strengths",
            "mdi2s-shield-star-outline", 8);

    private final String tabId;
    private final String fxml;
    private final String titleKey;
    private final String icon;
    private final int shortcut;

    Screen(String tabId, String fxml, String titleKey, String icon, int shortcut) {
        this.tabId = tabId;
        this.fxml = fxml;
        this.titleKey = titleKey;
        this.icon = icon;
        this.shortcut = shortcut;
    }

    /** The digit of the screen's Ctrl+digit shortcut, 1 to 9. */
    public int shortcut() {
        return shortcut;
    }

    /** The message key of the screen's tab and menu item. */
    public String titleKey() {
        return titleKey;
    }

    /** The Ikonli icon literal of the screen's tab. */
    public String icon() {
        return icon;
    }

    public String tabId() {
        return tabId;
    }

    /** The screen's FXML, or null when the screen is built in code. */
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
