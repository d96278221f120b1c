package tenken.views.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import tenken.store.io.AtomicFile;
import tenken.store.progress.ProgressMonitor;

/**
 * An export asked for in the window: which screens' pictures, in which format and theme, to which file.
 * {@link #run} does the work off the FX thread, reporting progress and stopping when asked.
 */
public record ExportRequest(List<ScreenExport> screens, ExportFormat format, ExportTheme theme,
        PictureExporter exporter, ExportStamp stamp, Path target) {

    public ExportRequest {
        screens = List.copyOf(screens);
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("nothing to export");
        }
        if (screens.size() > 1 && !format.holdsSeveralPictures()) {
            throw new IllegalArgumentException(format + " holds one picture");
        }
    }

    /** Writes the file; throws {@link CancellationException} when {@code monitor} asks to stop. */
    public void run(ProgressMonitor monitor) throws IOException {
        if (format.kind() == ExportFormat.Kind.GRAPH) {
            monitor.progress(1, 2);
            AtomicFile.write(target, out -> screens.get(0).writeGraphFile(format, out));
            monitor.progress(2, 2);
            return;
        }
        List<Page> pages = new ArrayList<>();
        int count = screens.size();
        for (int i = 0; i < count; i++) {
            pages.add(screens.get(i).page(theme, stamp, part(monitor, i, count + 1)));
        }
        monitor.checkCancelled();
        monitor.progress(count, count + 1);
        AtomicFile.write(target, out -> exporter.write(pages, format, out));
        monitor.progress(count + 1, count + 1);
    }

    /** Part {@code index} of {@code parts} of the whole, for the progress bar. */
    private static ProgressMonitor part(ProgressMonitor whole, int index, int parts) {
        return new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
                whole.progress(index * total + done, parts * total);
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }
}
