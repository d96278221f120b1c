package tenken.store.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tenken.assets.Messages;

/**
 * Decodes an input file's bytes: UTF-8 with or without a byte-order mark, or Shift_JIS as Excel saves
 * it in Japan (Windows-31J, a superset of Shift_JIS), detected by trying strict UTF-8 first. Strict
 * means a malformed byte is an error, never a replacement character, so a wrong guess cannot corrupt
 * names silently.
 */
public final class TextDecoder {

    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextDecoder() {
    }

    /** The decoded text and the charset it was read as. */
    public record Decoded(String text, Charset charset) {
    }

    /**
     * Decodes {@code bytes} as {@code forced} when given, else detects UTF-8 or Windows-31J.
     *
     * @throws ImportException naming the file and the line of the first undecodable byte
     */
    public static Decoded decode(String file, byte[] bytes, Charset forced) {
        if (hasUtf16Signature(bytes) || containsNul(bytes)) {
            throw problem(file, 1, Messages.get("import.error.encodingBinary"));
        }
        int offset = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        if (forced != null) {
            Charset charset = offset > 0 ? StandardCharsets.UTF_8 : forced;
            return strict(bytes, offset, charset).map(text -> new Decoded(text, charset))
                    .orElseThrow(() -> problem(file, lineOfFirstError(bytes, offset, charset),
                            Messages.get("import.error.encodingForced", forced.name())));
        }
        if (offset > 0) {
            return strict(bytes, offset, StandardCharsets.UTF_8)
                    .map(text -> new Decoded(text, StandardCharsets.UTF_8))
                    .orElseThrow(() -> problem(file, lineOfFirstError(bytes, offset, StandardCharsets.UTF_8),
                            Messages.get("import.error.encodingForced", "UTF-8")));
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), StandardCharsets.UTF_8);
        }
        return strict(bytes, 0, WINDOWS_31J).map(text -> new Decoded(text, WINDOWS_31J))
                .orElseThrow(() -> problem(file, lineOfFirstError(bytes, 0, StandardCharsets.UTF_8),
                        Messages.get("import.error.encodingUnknown")));
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The 1-based line of the first byte that {@code charset} cannot decode. */
    private static long lineOfFirstError(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = decoder(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int errorAt = in.position();
        long line = 1;
        for (int i = offset; i < errorAt; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static ImportException problem(String file, long line, String reason) {
        return new ImportException(java.util.List.of(
                new ImportProblem(file, line, Messages.get("import.field.encoding"), reason)));
    }

    private static boolean hasUtf16Signature(byte[] bytes) {
        return startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})
                || startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE});
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
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
