package tenken.views.workbench;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import tenken.assets.Fonts;

/**
 * The looks of the workbench: AtlantaFX's PrimerLight or PrimerDark in normal mode with Tenken's own
 * stylesheet on top, and in presentation mode PrimerDark under the high-contrast projector stylesheet.
 */
public final class Themes {

    public static final String TENKEN_CSS = "/tenken/assets/css/tenken.css";
    public static final String PROJECTOR_CSS = "/tenken/assets/css/projector.css";

    private static boolean dark;

    private Themes() {
    }

    /** Registers the shipped Japanese font with JavaFX, so that Japanese renders on any workstation. */
    public static void loadFonts() {
        try (var in = Fonts.japaneseTrueType()) {
            Font.loadFont(in, 14);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static void applyUserAgent(boolean useDark) {
        dark = useDark;
        Application.setUserAgentStylesheet(useDark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static boolean isDark() {
        return dark;
    }

    /** Adds Tenken's stylesheet (Japanese font first, status bar, level colours) to a scene. */
    public static void style(Scene scene) {
        String css = Themes.class.getResource(TENKEN_CSS).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }

    /**
     * Switches a scene into or out of presentation mode: the dark base theme (whatever the user chose,
     * which comes back on leaving) with the projector stylesheet on top.
     */
    public static void presentation(Scene scene, boolean on, boolean userDark) {
        String css = Themes.class.getResource(PROJECTOR_CSS).toExternalForm();
        Application.setUserAgentStylesheet(on || userDark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        dark = userDark;
        scene.getStylesheets().remove(css);
        if (on) {
            scene.getStylesheets().add(css);
        }
    }
}
