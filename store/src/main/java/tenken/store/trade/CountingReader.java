package tenken.store.trade;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/**
 * A file's decoded text that counts the characters handed out, so that a reader parsing it row by row can
 * report how far it is (the CSV parser reads ahead a little, so the figure runs slightly ahead of the row).
 */
final class CountingReader extends Reader {

    private final Reader text;
    private final long length;
    private long consumed;

    CountingReader(String text) {
        this.text = new StringReader(text);
        this.length = text.length();
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int read = text.read(buffer, offset, count);
        if (read > 0) {
            consumed += read;
        }
        return read;
    }

    long consumed() {
        return consumed;
    }

    long length() {
        return length;
    }

    @Override
    public void close() throws IOException {
        text.close();
    }
}
