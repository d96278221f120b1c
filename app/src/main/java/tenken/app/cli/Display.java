package tenken.app.cli;

import java.util.Locale;
import java.util.Map;

/**
 * Whether the window can be shown here. On Linux and other X11/Wayland systems JavaFX needs a display
 * ({@code DISPLAY} or {@code WAYLAND_DISPLAY}); without one it fails with a raw
 * {@code UnsupportedOperationException}, so the command line asks first and explains instead.
 * Windows and macOS always have one; Monocle (headless tests) needs none.
 */
public final class Display {

    private Display() {
    }

    /** True when a window can be opened in this process. */
    public static boolean available() {
        return available(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"));
    }

    static boolean available(Map<String, String> environment, String osName, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return true;
        }
        return !isBlank(environment.get("DISPLAY")) || !isBlank(environment.get("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
