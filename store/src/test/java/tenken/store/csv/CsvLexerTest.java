package tenken.store.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * {@link CsvLexer} reads CSV exactly as Apache Commons CSV does with the format Tenken read files with
 * before it ({@code RFC4180}, empty lines kept, nothing trimmed): the same records, the same physical
 * line after each, and the same syntax errors after the same records. Compared on written examples of
 * each rule and on generated text made of the characters that matter (quotes, commas, every line break,
 * whitespace and the no-break space, which is not whitespace), with blocks of text so small that
 * fields, quote pairs and CR LF pairs straddle them.
 */
class CsvLexerTest {

    private static final CSVFormat COMMONS = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(false).build();

    private static final String ALPHABET = "ab,,\"\"\"\r\n\n  \t\u000B\u00A0é";

    @Test
    void readsTheRulesAsCommonsCsvDoes() {
        for (String text : List.of("", "a", "a\n", "a,b\r\nc,d\r\n", "a\rb\r\n\rc", "\n\n\na,b\n\n", "a,\n,\n,", "a,",
                "\"a,b\"\"c\"\"\nd\",e\n", "\"a\"  ,\"b\"\t\r\nc", "\"a\" x,b\n", "\"a\"\u00A0\n", "a\"b\",c\n",
                " \"a\",b", "\"a\nb", "\"\"", "\"\"\"\"", "h\n\"a\r\nb\",c\nd", "x,\"\"\r", "\"a\"\"")) {
            assertSame(text);
        }
    }

    @Test
    void readsGeneratedTextAsCommonsCsvDoes() {
        Random random = new Random(20261128);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            assertSame(text.toString());
        }
    }

    @Test
    void aFieldEqualToThePreviousRecordsIsThatRecordsString() throws IOException {
        CsvLexer lexer = new CsvLexer(new StringReader("gallium,0.5,\"USGS, 2025\"\ngallium,0.25,\"USGS, 2025\"\n"));
        String[] first = lexer.next();
        String[] second = lexer.next();
        assertThat(second).containsExactly("gallium", "0.25", "USGS, 2025");
        assertThat(second[0]).isSameAs(first[0]);
        assertThat(second[2]).isSameAs(first[2]);
    }

    private static void assertSame(String text) {
        List<String> expected = commons(text);
        for (int size : new int[] {1, 2, 3, 5, 64}) {
            assertThat(lexer(text, size)).as("%s, read in blocks of %d", printable(text), size).isEqualTo(expected);
        }
    }

    /** Each record with the line after it, then how the reading ended. */
    private static List<String> commons(String text) {
        List<String> read = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, COMMONS)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                read.add(records.next().toList() + " then line " + (parser.getCurrentLineNumber() + 1));
            }
            read.add("end");
        } catch (UncheckedIOException e) {
            String message = e.getMessage();
            read.add(message.contains("EOF reached before encapsulated token finished") ? "UNCLOSED_QUOTE"
                    : message.contains("between encapsulated token and delimiter") ? "TEXT_AFTER_QUOTE" : message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read;
    }

    private static List<String> lexer(String text, int bufferSize) {
        List<String> read = new ArrayList<>();
        Reader reader = new StringReader(text);
        CsvLexer lexer = new CsvLexer(reader, bufferSize);
        try {
            for (String[] record = lexer.next(); record != null; record = lexer.next()) {
                read.add(List.of(record) + " then line " + (lexer.lines() + 1));
            }
            read.add("end");
        } catch (CsvLexer.SyntaxException e) {
            read.add(e.syntax().name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read;
    }

    private static String printable(String text) {
        return "\"" + text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t").replace("\u000B", "\\v")
                .replace("\u00A0", "\\u00A0") + "\"";
    }
}
