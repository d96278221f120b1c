package tenken.store.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A generated file's text as bytes, in an encoding the fuzzer picks: UTF-8 with or without a
 * byte-order mark and Shift_JIS as Excel writes it (all sound), EUC-JP (refused: it cannot be told
 * from Shift_JIS without {@code --encoding}), or UTF-8 with one character damaged.
 */
public final class Encoded {

    static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    static final Charset EUC_JP = Charset.forName("EUC-JP");

    /** Japanese text a damaged file carries intact around the damage, so that it is plainly UTF-8. */
    public static final String DAMAGE_MARK = "経済産業省製造産業局資料損傷箇所";

    private Encoded() {
    }

    /** The bytes of {@code text}, and the hostile class their encoding makes (null: sound). */
    public record Bytes(byte[] bytes, String charset, String hostileClass) {
    }

    /** Sound encodings only, EUC-JP where the text can be written in it, or damaged UTF-8. */
    public enum Mode { SOUND, EUC_JP, DAMAGE }

    public static Bytes encode(Choices choices, String text, Mode mode) {
        if (mode == Mode.DAMAGE) {
            return damaged(choices, text);
        }
        if (mode == Mode.EUC_JP && EUC_JP.newEncoder().canEncode(text) && text.chars().anyMatch(c -> c >= 0x80)) {
            return new Bytes(text.getBytes(EUC_JP), "EUC-JP", "EUC-JP bytes");
        }
        switch (choices.below(6)) {
            case 1:
                if (WINDOWS_31J.newEncoder().canEncode(text)) {
                    return new Bytes(text.getBytes(WINDOWS_31J), "windows-31j", null);
                }
                break;
            case 2:
                byte[] body = text.getBytes(StandardCharsets.UTF_8);
                byte[] withBom = new byte[body.length + 3];
                withBom[0] = (byte) 0xEF;
                withBom[1] = (byte) 0xBB;
                withBom[2] = (byte) 0xBF;
                System.arraycopy(body, 0, withBom, 3, body.length);
                return new Bytes(withBom, "UTF-8 with BOM", null);
            default:
                break;
        }
        return new Bytes(text.getBytes(StandardCharsets.UTF_8), "UTF-8", null);
    }

    /** UTF-8 in which one character of {@link #DAMAGE_MARK} is broken the way the fuzzer chooses. */
    private static Bytes damaged(Choices choices, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] mark = DAMAGE_MARK.getBytes(StandardCharsets.UTF_8);
        int start = indexOf(bytes, mark) + 3 * choices.below(DAMAGE_MARK.length());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, start);
        switch (choices.below(6)) {
            case 1 -> out.write(bytes, start, 2);                        // a sequence cut short
            case 2 -> out.write(new byte[] {bytes[start], 'A', bytes[start + 2]}, 0, 3);  // a continuation byte lost
            case 3 -> out.write(new byte[] {(byte) 0xFF, bytes[start], bytes[start + 1], bytes[start + 2]}, 0, 4);
            case 4 -> out.write(new byte[] {(byte) 0xC0, (byte) 0xAF}, 0, 2);  // an overlong '/'
            case 5 -> out.write(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 3);  // a lone surrogate
            default -> out.write(new byte[] {(byte) 0x80, bytes[start + 1], bytes[start + 2]}, 0, 3);  // no lead byte
        }
        out.write(bytes, start + 3, bytes.length - start - 3);
        byte[] result = out.toByteArray();
        if (isUtf8(result)) {
            throw new IllegalStateException("the damage left valid UTF-8");
        }
        return new Bytes(result, "damaged UTF-8", "damaged UTF-8");
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no damage mark in the text");
    }
}
