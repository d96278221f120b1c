package tenken.store.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits CSV text into records exactly as Apache Commons CSV reads it with {@code CSVFormat.RFC4180},
 * empty lines kept and nothing trimmed ({@code CsvLexerTest} holds the two to the same records, line
 * numbers and errors on generated text), at a fraction of its cost on a large file: fields are cut out of
 * a block of text instead of being appended to a builder one character at a time, and a field equal to
 * the same field of the previous record is that record's string again, not a new one. The rules:
 *
 * <ul>
 *   <li>a record ends at a line break (CR, LF or CR LF) outside quotes; an empty line is a record of one
 *       empty field; a comma just before the end of the text makes an empty last field;
 *   <li>a field that begins with a double quote is quoted: it runs to the next lone quote ({@code ""} is
 *       one quote, commas and line breaks are text); after it, whitespace is skipped up to the comma or
 *       line break, and anything else is {@link Syntax#TEXT_AFTER_QUOTE}; the end of the text inside
 *       it is {@link Syntax#UNCLOSED_QUOTE};
 *   <li>a quote inside a field that does not begin with one is text.
 * </ul>
 */
final class CsvLexer {

    /** What is wrong with the text. */
    enum Syntax {
        UNCLOSED_QUOTE, TEXT_AFTER_QUOTE
    }

    /** The text breaks the rules; the records before it were sound. */
    static final class SyntaxException extends IOException {
        private final transient Syntax syntax;

        SyntaxException(Syntax syntax) {
            super(syntax.name());
            this.syntax = syntax;
        }

        Syntax syntax() {
            return syntax;
        }
    }

    private static final char[] QUOTE = {'"'};

    private static final int DELIMITER = 0;
    private static final int LINE_BREAK = 1;
    private static final int END = 2;

    /** Fields compared with the previous record's: the first columns, up to a length (a repeated note, not a book). */
    private static final int REPEATED_COLUMNS = 64;
    private static final int REPEATED_LENGTH = 4_096;

    private final Reader in;
    private final char[] buffer;
    private int position;
    private int limit;
    private boolean ended;

    /** The field being read (its parts may come from several blocks of text). */
    private char[] field = new char[256];
    private int fieldLength;

    private String[] values = new String[16];
    private final String[] previous = new String[REPEATED_COLUMNS];
    private final char[][] previousChars = new char[REPEATED_COLUMNS][];

    /** Line breaks read so far, and a last line without one once the text has ended. */
    private long lines;

    CsvLexer(Reader in) {
        this(in, 1 << 16);
    }

    /** With a block of {@code bufferSize} characters; tests make it tiny so that fields straddle blocks. */
    CsvLexer(Reader in, int bufferSize) {
        this.in = in;
        this.buffer = new char[bufferSize];
    }

    /** Physical lines read so far (CR, LF and CR LF each end one, inside quoted fields too). */
    long lines() {
        return lines;
    }

    /**
     * The next record's fields, or null at the end of the text.
     *
     * @throws SyntaxException when the text breaks the rules; reading then stops
     * @throws IOException when the reader fails
     */
    String[] next() throws IOException {
        if (ended || peek() < 0) {
            ended = true;
            return null;
        }
        int count = 0;
        while (true) {
            int end = readField();
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count] = value(count);
            count++;
            if (end != DELIMITER) {
                if (end == END) {
                    ended = true;
                    lines++; // the last line, which no line break ends
                }
                return Arrays.copyOf(values, count);
            }
        }
    }

    /** Reads one field into {@link #field}; returns what ended it. */
    private int readField() throws IOException {
        fieldLength = 0;
        if (peek() == '"') {
            position++;
            return readQuoted();
        }
        while (true) {
            char[] text = buffer;
            int start = position;
            int at = start;
            int stop = limit;
            while (at < stop) {
                char c = text[at];
                if (c <= ',' && (c == ',' || c == '\n' || c == '\r')) {
                    break;
                }
                at++;
            }
            append(text, start, at - start);
            position = at;
            if (at < stop) {
                position++;
                return text[at] == ',' ? DELIMITER : lineBreak(text[at]);
            }
            if (!fill()) {
                return END;
            }
        }
    }

    /** Reads a quoted field after its opening quote. */
    private int readQuoted() throws IOException {
        char before = '"';
        while (true) {
            char[] text = buffer;
            int start = position;
            int at = start;
            int stop = limit;
            while (at < stop) {
                char c = text[at];
                if (c == '"') {
                    break;
                }
                if (c == '\r' || c == '\n' && before != '\r') {
                    lines++;
                }
                before = c;
                at++;
            }
            append(text, start, at - start);
            position = at;
            if (at == stop) {
                if (!fill()) {
                    throw new SyntaxException(Syntax.UNCLOSED_QUOTE);
                }
                continue;
            }
            position++;
            if (peek() != '"') {
                return afterQuote();
            }
            position++;
            append(QUOTE, 0, 1);
            before = '"';
        }
    }

    /** After a quoted field's closing quote: whitespace, then a comma, a line break or the end. */
    private int afterQuote() throws IOException {
        while (true) {
            int c = peek();
            if (c < 0) {
                return END;
            }
            position++;
            if (c == ',') {
                return DELIMITER;
            }
            if (c == '\r' || c == '\n') {
                return lineBreak((char) c);
            }
            if (!Character.isWhitespace((char) c)) {
                throw new SyntaxException(Syntax.TEXT_AFTER_QUOTE);
            }
        }
    }

    /** Counts the line break {@code c}, just read, taking the LF of a CR LF with it. */
    private int lineBreak(char c) throws IOException {
        lines++;
        if (c == '\r' && peek() == '\n') {
            position++;
        }
        return LINE_BREAK;
    }

    /** The field just read: the previous record's string when the text is the same. */
    private String value(int column) {
        if (fieldLength == 0) {
            return "";
        }
        if (column >= REPEATED_COLUMNS) {
            return new String(field, 0, fieldLength);
        }
        String last = previous[column];
        if (last != null && last.length() == fieldLength
                && Arrays.equals(previousChars[column], 0, fieldLength, field, 0, fieldLength)) {
            return last;
        }
        String value = new String(field, 0, fieldLength);
        if (fieldLength > REPEATED_LENGTH) {
            previous[column] = null;
            return value;
        }
        char[] chars = previousChars[column];
        if (chars == null || chars.length < fieldLength) {
            chars = new char[Math.max(fieldLength, 32)];
            previousChars[column] = chars;
        }
        System.arraycopy(field, 0, chars, 0, fieldLength);
        previous[column] = value;
        return value;
    }

    private void append(char[] text, int from, int length) {
        if (fieldLength + length > field.length) {
            field = Arrays.copyOf(field, Math.max(field.length * 2, fieldLength + length));
        }
        System.arraycopy(text, from, field, fieldLength, length);
        fieldLength += length;
    }

    /** The next character without taking it, or -1 at the end of the text. */
    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    /** Reads the next block of text (what is left of the last one has been taken); false at the end. */
    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            position = limit;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
