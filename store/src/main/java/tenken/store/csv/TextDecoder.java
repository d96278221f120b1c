package tenken.store.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tenken.assets.Messages;

/**
 * Decides how an input file's bytes are to be read: UTF-8 with or without a byte-order mark, or
 * Shift_JIS as Excel saves it in Japan (Windows-31J, a superset of Shift_JIS). The file is scanned
 * (streamed, never held whole) before it is parsed. Strict means a malformed byte is an error, never a
 * replacement character, and a guess that would produce mojibake is refused with a hint to name the
 * encoding: bytes that are mostly well-formed UTF-8 with a few broken ones are damaged UTF-8, not
 * Shift_JIS; and bytes that read as Shift_JIS only as half-width katakana while they are also valid
 * EUC-JP may be either.
 */
public final class TextDecoder {

    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final Charset EUC_JP = Charset.forName("EUC-JP");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int CHUNK = 1 << 16;

    private TextDecoder() {
    }

    /** Where a file's bytes come from; opened once to decide the encoding and once to read. */
    public interface ByteSource {
        InputStream open() throws IOException;

        static ByteSource of(byte[] bytes) {
            return () -> new java.io.ByteArrayInputStream(bytes);
        }
    }

    /** How to read the file: the charset, after skipping a byte-order mark of {@code skip} bytes. */
    public record Decision(Charset charset, int skip) {
    }

    /**
     * Decides the charset: {@code forced} when given (a UTF-8 byte-order mark wins), else UTF-8 or
     * Windows-31J when that is the only sound reading.
     *
     * @throws ImportException naming the file and the line of the first undecodable byte
     */
    public static Decision decide(String file, ByteSource source, Charset forced) {
        int skip = byteOrderMark(file, source);
        if (skip > 0 || forced != null) {
            Charset charset = skip > 0 ? StandardCharsets.UTF_8 : forced;
            Scan scan = scan(source, skip, charset);
            if (scan.nul) {
                throw problem(file, scan.errorLine, Messages.get("import.error.encodingBinary"));
            }
            if (scan.errorLine > 0) {
                throw problem(file, scan.errorLine, Messages.get("import.error.encodingForced", charset.name()));
            }
            return new Decision(charset, skip);
        }
        Scan utf8 = scan(source, 0, StandardCharsets.UTF_8);
        if (utf8.nul) {
            throw problem(file, utf8.errorLine, Messages.get("import.error.encodingBinary"));
        }
        if (utf8.errorLine == 0) {
            return new Decision(StandardCharsets.UTF_8, 0);
        }
        if (mostlyUtf8(source)) {
            throw problem(file, utf8.errorLine, Messages.get("import.error.encodingBrokenUtf8"));
        }
        Scan sjis = scan(source, 0, WINDOWS_31J);
        if (sjis.errorLine > 0) {
            throw problem(file, utf8.errorLine, Messages.get("import.error.encodingUnknown"));
        }
        if (sjis.halfWidthKatakana && scan(source, 0, EUC_JP).errorLine == 0) {
            throw problem(file, sjis.halfWidthKatakanaLine, Messages.get("import.error.encodingAmbiguous"));
        }
        return new Decision(WINDOWS_31J, 0);
    }

    /**
     * The reading a file must have if {@link #decide} would accept it without a look past its first
     * bytes: a UTF-8 byte-order mark's, else {@code forced}, else UTF-8. For a large file, whose scan
     * by {@link #decide} is a whole extra pass: read it with {@link #checkedReader} and, when that
     * meets a byte the guess cannot read (a guess refuted), {@link #decide} as before, which then refuses
     * the file with the same words or chooses Shift_JIS.
     *
     * @throws ImportException when the first bytes already show a UTF-16 file
     */
    public static Decision guess(String file, ByteSource source, Charset forced) {
        int skip = byteOrderMark(file, source);
        return new Decision(skip > 0 || forced == null ? StandardCharsets.UTF_8 : forced, skip);
    }

    /** The length of a UTF-8 byte-order mark at the start (0: none); a UTF-16 one is refused. */
    private static int byteOrderMark(String file, ByteSource source) {
        byte[] head = head(source);
        if (startsWith(head, new byte[] {(byte) 0xFE, (byte) 0xFF}) || startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            throw problem(file, 1, Messages.get("import.error.encodingBinary"));
        }
        return startsWith(head, UTF8_BOM) ? UTF8_BOM.length : 0;
    }

    /**
     * A strict reader of the file as guessed or decided that notes, instead of the caller having to
     * tell its failures apart from the CSV parser's, whether it met a byte it cannot decode or a NUL
     * character (which {@link #decide} refuses as binary).
     */
    public static CheckedReader checkedReader(ByteSource source, Decision decision) {
        return new CheckedReader(reader(source, decision));
    }

    /** See {@link #checkedReader}. */
    public static final class CheckedReader extends java.io.FilterReader {
        private boolean refuted;

        private CheckedReader(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read;
            try {
                read = super.read(buffer, offset, length);
            } catch (java.nio.charset.CharacterCodingException e) {
                refuted = true;
                throw e;
            }
            for (int i = offset; i < offset + read; i++) {
                if (buffer[i] == 0) {
                    refuted = true;
                    throw new java.nio.charset.CharacterCodingException();
                }
            }
            return read;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        /**
         * Whether the text read so far, and, after a reader stopped early (a refused file), the rest of
         * the file too, fails to decode: then the guess was wrong and {@link #decide} has the last word.
         */
        public boolean refuted(boolean readRest) {
            if (readRest && !refuted) {
                char[] rest = new char[1 << 14];
                try {
                    while (read(rest, 0, rest.length) >= 0) {
                        // only decoding matters here
                    }
                } catch (IOException e) {
                    // a byte that does not decode has set refuted; other failures are not the guess's
                }
            }
            return refuted;
        }
    }

    /** A strict reader of the file as decided; the scan has already proven every byte decodable. */
    public static Reader reader(ByteSource source, Decision decision) {
        try {
            InputStream in = source.open();
            in.skipNBytes(decision.skip());
            return new InputStreamReader(in, decoder(decision.charset()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The whole text of a small file (a country table, a mapping or follow-up file), read as decided.
     *
     * @throws ImportException naming the file when it cannot be read
     */
    public static String read(String file, ByteSource source, Decision decision) {
        java.io.StringWriter text = new java.io.StringWriter();
        try (Reader reader = reader(source, decision)) {
            reader.transferTo(text);
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException(List.of(new ImportProblem(file, 0, Messages.get("import.field.file"),
                    Messages.get("import.error.unreadable", String.valueOf(e.getMessage())))));
        }
        return text.toString();
    }

    /** What a strict decoding pass found: the line of the first bad byte (0: none), NUL bytes, half-width katakana. */
    private static final class Scan {
        long errorLine;
        boolean nul;
        boolean halfWidthKatakana;
        long halfWidthKatakanaLine;
    }

    private static Scan scan(ByteSource source, int skip, Charset charset) {
        Scan scan = new Scan();
        CharsetDecoder decoder = decoder(charset);
        ByteBuffer in = ByteBuffer.allocate(CHUNK);
        CharBuffer out = CharBuffer.allocate(CHUNK * 2);
        long line = 1;
        try (InputStream stream = source.open()) {
            stream.skipNBytes(skip);
            boolean end = false;
            while (!end) {
                int read = stream.read(in.array(), in.position(), in.remaining());
                if (read < 0) {
                    end = true;
                } else {
                    in.position(in.position() + read);
                }
                in.flip();
                CoderResult result = decoder.decode(in, out, end);
                if (end && !result.isError()) {
                    result = decoder.flush(out);
                }
                out.flip();
                for (int i = 0; i < out.limit(); i++) {
                    char c = out.get(i);
                    if (c == '\n') {
                        line++;
                    } else if (c == 0) {
                        scan.nul = true;
                        scan.errorLine = line;
                        return scan;
                    } else if (c >= '\uFF61' && c <= '\uFF9F' && !scan.halfWidthKatakana) {
                        scan.halfWidthKatakana = true;
                        scan.halfWidthKatakanaLine = line;
                    }
                }
                out.clear();
                if (result.isError()) {
                    scan.errorLine = line;
                    return scan;
                }
                in.compact();
            }
            return scan;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * True when at least half the bytes above ASCII form well-formed UTF-8 sequences of three or four
     * bytes: a UTF-8 file with a damaged byte, which Shift_JIS would read as mojibake. Japanese text in
     * UTF-8 is three-byte sequences; Shift_JIS text forms them only by chance, while any two of its bytes
     * may happen to form a two-byte sequence (採掘 is 8D CC 8C 40, and CC 8C is well-formed UTF-8), so
     * two-byte sequences are no evidence either way.
     */
    private static boolean mostlyUtf8(ByteSource source) {
        long nonAscii = 0;
        long inSequences = 0;
        try (InputStream stream = new java.io.BufferedInputStream(source.open(), CHUNK)) {
            int pending = 0;
            int length = 0;
            for (int b = stream.read(); b >= 0; b = stream.read()) {
                if (b < 0x80) {
                    pending = 0;
                    continue;
                }
                nonAscii++;
                if (pending > 0 && (b & 0xC0) == 0x80) {
                    if (--pending == 0 && length >= 3) {
                        inSequences += length;
                    }
                    continue;
                }
                pending = (b & 0xE0) == 0xC0 ? 1 : (b & 0xF0) == 0xE0 ? 2 : (b & 0xF8) == 0xF0 ? 3 : 0;
                length = pending + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nonAscii > 0 && inSequences * 2 >= nonAscii;
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static byte[] head(ByteSource source) {
        try (InputStream in = source.open()) {
            return in.readNBytes(4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportException problem(String file, long line, String reason) {
        return new ImportException(List.of(new ImportProblem(file, line, Messages.get("import.field.encoding"), reason)));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
