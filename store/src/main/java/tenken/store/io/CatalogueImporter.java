package tenken.store.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tenken.assets.Messages;
import tenken.store.csv.CsvReader;
import tenken.store.csv.ImportException;
import tenken.store.csv.ImportProblem;
import tenken.store.csv.InputsCsv;
import tenken.store.csv.MaterialsCsv;
import tenken.store.csv.SharesCsv;
import tenken.store.csv.TextDecoder;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Catalogue;
import tenken.store.model.InputRelation;
import tenken.store.model.Material;
import tenken.store.progress.ProgressMonitor;
import tenken.store.repo.CatalogueRepository;
import tenken.store.repo.CatalogueWriter;
import tenken.store.trade.TradeStatistics;

/**
 * Imports materials, shares and input relations from CSV files: decide the encoding, parse, resolve
 * every name and validate every row, and write in one transaction that commits only when the whole
 * file is sound. A refused file changes nothing. Share files are streamed, so their size is bounded by
 * the disk, not the heap.
 */
public final class CatalogueImporter {

    private final TenkenDatabase database;
    private final CatalogueWriter writer;

    public CatalogueImporter(TenkenDatabase database) {
        this.database = database;
        this.writer = new CatalogueWriter(database);
    }

    /** What an import did. */
    public record Summary(String file, Charset charset, long rows, long groups) {
    }

    /** Imports a shares file; {@code encoding} null means detect. */
    public Summary importShares(Path file, Charset encoding, ProgressMonitor monitor) {
        return importShares(file.toString(), source(file), encoding, monitor);
    }

    public Summary importShares(String name, byte[] content, Charset encoding, ProgressMonitor monitor) {
        return importShares(name, TextDecoder.ByteSource.of(content), encoding, monitor);
    }

    /**
     * A shares file is read as {@link TextDecoder#guess guessed} (UTF-8, unless a byte-order mark or the
     * user says otherwise), sparing a million-row file the scan that {@link TextDecoder#decide} makes
     * of every byte before parsing. When the file turns out not to decode as guessed, the transaction
     * has been rolled back and the file is decided and read again: same messages, same result.
     */
    private Summary importShares(String name, TextDecoder.ByteSource source, Charset encoding, ProgressMonitor monitor) {
        try {
            return importShares(name, source, TextDecoder.guess(name, source, encoding), true, monitor);
        } catch (GuessRefuted e) {
            return importShares(name, source, TextDecoder.decide(name, source, encoding), false, monitor);
        }
    }

    private Summary importShares(String name, TextDecoder.ByteSource source, TextDecoder.Decision decision,
            boolean guessed, ProgressMonitor monitor) {
        Catalogue vocabulary = new CatalogueRepository(database).loadVocabulary();
        SharesCsv.Vocabulary known = new SharesCsv.Vocabulary(vocabulary.names(), vocabulary.materials(),
                vocabulary.stages(), vocabulary.countriesByIso3());
        long[] counts = new long[2];
        writer.replaceShares(sink -> withCsv(name, source, decision, guessed, SharesCsv.REQUIRED, SharesCsv.HEADER, csv -> {
            long[] read = SharesCsv.read(name, csv, known, sink::accept, () -> {
                monitor.checkCancelled();
                monitor.progress(csv.linesRead(), -1);
            });
            counts[0] = read[0];
            counts[1] = read[1];
        }), monitor);
        // An importer's own production scales its derived import shares.
        new TradeStatistics(database).recompute();
        return new Summary(name, decision.charset(), counts[0], counts[1]);
    }

    /** Imports an input-relations file; {@code encoding} null means detect. */
    public Summary importInputs(Path file, Charset encoding, ProgressMonitor monitor) {
        return importInputs(file.toString(), source(file), encoding, monitor);
    }

    public Summary importInputs(String name, byte[] content, Charset encoding, ProgressMonitor monitor) {
        return importInputs(name, TextDecoder.ByteSource.of(content), encoding, monitor);
    }

    private Summary importInputs(String name, TextDecoder.ByteSource source, Charset encoding, ProgressMonitor monitor) {
        TextDecoder.Decision decision = TextDecoder.decide(name, source, encoding);
        Catalogue vocabulary = new CatalogueRepository(database).loadVocabulary();
        List<List<InputRelation>> read = new ArrayList<>();
        withCsv(name, source, decision, false, InputsCsv.HEADER, InputsCsv.HEADER,
                csv -> read.add(InputsCsv.read(name, csv, vocabulary.names(), vocabulary.inputs())));
        List<InputRelation> relations = read.get(0);
        monitor.checkCancelled();
        writer.replaceInputs(relations, monitor);
        long groups = relations.stream().map(r -> r.material() + "\u0000" + r.stage()).distinct().count();
        return new Summary(name, decision.charset(), relations.size(), groups);
    }

    /** Imports a materials file (declarations of candidates and items); {@code encoding} null means detect. */
    public Summary importMaterials(Path file, Charset encoding, ProgressMonitor monitor) {
        return importMaterials(file.toString(), source(file), encoding, monitor);
    }

    public Summary importMaterials(String name, byte[] content, Charset encoding, ProgressMonitor monitor) {
        return importMaterials(name, TextDecoder.ByteSource.of(content), encoding, monitor);
    }

    private Summary importMaterials(String name, TextDecoder.ByteSource source, Charset encoding, ProgressMonitor monitor) {
        TextDecoder.Decision decision = TextDecoder.decide(name, source, encoding);
        Catalogue vocabulary = new CatalogueRepository(database).loadVocabulary();
        List<List<Material>> read = new ArrayList<>();
        withCsv(name, source, decision, false, MaterialsCsv.HEADER, MaterialsCsv.HEADER,
                csv -> read.add(MaterialsCsv.read(name, csv, vocabulary.materials())));
        List<Material> materials = read.get(0);
        monitor.checkCancelled();
        writer.putMaterials(materials);
        monitor.progress(materials.size(), materials.size());
        long added = materials.stream().filter(m -> vocabulary.findMaterial(m.key()).isEmpty()).count();
        return new Summary(name, decision.charset(), materials.size(), added);
    }

    private interface CsvWork {
        void read(CsvReader csv);
    }

    /**
     * Opens the file as decided, checks its header and hands the rows to {@code work}; header problems
     * refuse it. A decision that is only {@link TextDecoder#guess guessed} is proven as the file is read.
     *
     * @throws GuessRefuted when the file does not decode as guessed, instead of the problems the parser
     *         made of it
     */
    private static void withCsv(String name, TextDecoder.ByteSource source, TextDecoder.Decision decision,
            boolean guessed, List<String> required, List<String> allowed, CsvWork work) {
        List<ImportProblem> problems = new ArrayList<>();
        try (TextDecoder.CheckedReader reader = TextDecoder.checkedReader(source, decision)) {
            try {
                CsvReader csv = CsvReader.open(name, reader, required, allowed, problems);
                if (csv != null) {
                    work.read(csv);
                }
            } catch (ImportException | UncheckedIOException e) {
                throw guessed && reader.refuted(true) ? new GuessRefuted() : e;
            }
            if (guessed && reader.refuted(!problems.isEmpty())) {
                throw new GuessRefuted();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
    }

    /** The file does not decode as guessed; whatever was read of it is void. */
    private static final class GuessRefuted extends RuntimeException {
        GuessRefuted() {
            super(null, null, false, false);
        }
    }

    private static TextDecoder.ByteSource source(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new IOException(Messages.get("import.error.isFolder"));
            }
            try (InputStream probe = Files.newInputStream(file)) {
                probe.read();
            }
        } catch (NoSuchFileException e) {
            throw new ImportException(List.of(new ImportProblem(file.toString(), 0, Messages.get("import.field.file"),
                    Messages.get("import.error.noFile"))));
        } catch (IOException e) {
            throw new ImportException(List.of(new ImportProblem(file.toString(), 0, Messages.get("import.field.file"),
                    Messages.get("import.error.unreadable", String.valueOf(e.getMessage())))));
        }
        return () -> new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }
}
