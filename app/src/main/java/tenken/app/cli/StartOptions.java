package tenken.app.cli;

import java.nio.file.Path;
import tenken.views.model.Screen;

/**
 * How the window starts: the database (seeded with the shipped catalogue when new and
 * {@code seedCatalogue}), whether to print the start-up time, the first screen, presentation mode,
 * the dark theme, the material to open (null: none chosen), and work to do off the FX thread once the
 * first screen shows its data, after which the window closes (null: none; the packaging's training run).
 */
public record StartOptions(Path database, boolean seedCatalogue, boolean timing, Screen screen, boolean presentation,
        boolean dark, String material, Runnable afterDataShown) {

    public StartOptions(Path database, boolean seedCatalogue, boolean timing, Screen screen, boolean presentation,
            boolean dark, String material) {
        this(database, seedCatalogue, timing, screen, presentation, dark, material, null);
    }
}
