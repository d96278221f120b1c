package tenken.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;
import tenken.assets.Messages;
import tenken.store.assessment.Workstation;
import tenken.views.export.ExportFormat;
import tenken.views.export.ExportStamp;
import tenken.views.export.ExportTheme;
import tenken.views.export.PictureExporter;

/** The options of the picture exports: file, format, scale, background, theme and marking. */
public final class PictureOptions {

    /** PNG scales offered: screen, print, large print. */
    static final Set<Integer> SCALES = Set.of(1, 2, 4);

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "option.exportOut")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "option.exportFormat")
    ExportFormat format;

    @Option(names = "--scale", paramLabel = "1|2|4", defaultValue = "2", descriptionKey = "option.exportScale")
    int scale;

    @Option(names = "--transparent", descriptionKey = "option.exportTransparent")
    boolean transparent;

    @Option(names = "--theme", paramLabel = "print|projector", defaultValue = "print",
            descriptionKey = "option.exportTheme")
    ExportTheme theme;

    @Option(names = "--classification", paramLabel = "TEXT", descriptionKey = "option.exportClassification")
    String classification;

    /** {@code --format}, else the one {@code --out}'s extension names; one of {@code allowed}. */
    ExportFormat format(Set<ExportFormat> allowed) {
        String names = allowed.stream().map(ExportFormat::extension).sorted().collect(Collectors.joining("|"));
        Optional<ExportFormat> chosen = format != null ? Optional.of(format) : ExportFormat.ofFile(out);
        if (chosen.isEmpty()) {
            throw new UserError(Messages.get("export.error.noFormat", out.toString(), names));
        }
        if (!allowed.contains(chosen.get())) {
            throw new UserError(Messages.get("export.error.format",
                    format == null ? out.toString() : format.extension(), names));
        }
        return chosen.get();
    }

    ExportTheme theme() {
        return theme;
    }

    PictureExporter exporter() {
        if (!SCALES.contains(scale)) {
            throw new UserError(Messages.get("export.error.scale", String.valueOf(scale)));
        }
        return new PictureExporter(scale, transparent);
    }

    /** Today, with {@code --classification} or else this workstation's marking. */
    ExportStamp stamp() {
        ExportStamp workstation = ExportStamp.today(Workstation.current());
        return classification == null ? workstation
                : new ExportStamp(workstation.generated(), Optional.of(classification));
    }
}
