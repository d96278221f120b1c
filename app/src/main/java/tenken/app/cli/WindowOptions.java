package tenken.app.cli;

import picocli.CommandLine.Option;

/**
 * Options of the window only, hidden from help because they serve screenshots, workshops scripted in
 * advance and start-up measurements: {@code --screen overview|catalogue|dependency|chokepoint|scenario}
 * opens on that screen, {@code --presentation} starts in presentation mode, {@code --dark} in the dark
 * theme, {@code --material KEY} on that material, and {@code --timing-floor} shows a bare window with one
 * label instead, printing its start-up time: the floor that {@code --timing} is compared with.
 * {@code --training-run DIR} is the packaging's class-loading training ({@link TrainingRun}).
 */
public final class WindowOptions {

    @Option(names = "--screen", paramLabel = "NAME", hidden = true)
    String screen;

    @Option(names = "--presentation", hidden = true)
    boolean presentation;

    @Option(names = "--dark", hidden = true)
    boolean dark;

    @Option(names = "--material", paramLabel = "KEY", hidden = true)
    String material;

    @Option(names = "--timing-floor", hidden = true)
    boolean timingFloor;

    @Option(names = "--training-run", paramLabel = "DIR", hidden = true)
    java.nio.file.Path trainingRun;
}
