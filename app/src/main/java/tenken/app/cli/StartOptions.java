package tenken.app.cli;

import java.nio.file.Path;
import tenken.views.model.Screen;

/**
 * How the window starts: the database (seeded with the shipped catalogue when new and
 * {@code seedCatalogue}), whether to print the start-up time, the first screen, presentation mode,
 * the dark theme, and the material to open (null: none chosen).
 */
public record StartOptions(Path database, boolean seedCatalogue, boolean timing, Screen screen, boolean presentation,
        boolean dark, String material) {
}
