package tenken.views.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats Tenken exports, each with its file extension and what it can hold. */
public enum ExportFormat {
    PNG("png", Kind.PICTURE),
    SVG("svg", Kind.PICTURE),
    PDF("pdf", Kind.PICTURE),
    PPTX("pptx", Kind.PICTURE),
    GRAPHML("graphml", Kind.GRAPH),
    GEXF("gexf", Kind.GRAPH),
    CSV("csv", Kind.TABLE),
    XLSX("xlsx", Kind.TABLE);

    /** Pictures hold any graph or chart; graph files only the chokepoint graph; tables only tables. */
    public enum Kind {
        PICTURE,
        GRAPH,
        TABLE
    }

    private final String extension;
    private final Kind kind;

    ExportFormat(String extension, Kind kind) {
        this.extension = extension;
        this.kind = kind;
    }

    public String extension() {
        return extension;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether several pictures can go in one file (a deck, a multi-page PDF). */
    public boolean holdsSeveralPictures() {
        return this == PDF || this == PPTX;
    }

    private static Optional<ExportFormat> ofName(String name) {
        for (ExportFormat format : values()) {
            if (format.extension.equalsIgnoreCase(name.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format a file name's extension names, if any. */
    public static Optional<ExportFormat> ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : ofName(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
