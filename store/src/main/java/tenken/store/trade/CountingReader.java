package tenken.store.trade;

import java.io.IOException;
import java.io.Reader;
import java.util.function.LongSupplier;

/**
 * A file's decoded text with how far into the file it has been read, so that a reader parsing it row by row
 * can report its progress (in bytes of the file: the decoder reads ahead a little, so the figure runs
 * slightly ahead of the row).
 */
final class CountingReader extends Reader {

    private final Reader text;
    private final LongSupplier bytesRead;
    private final long length;

    CountingReader(Reader text, LongSupplier bytesRead, long length) {
        this.text = text;
        this.bytesRead = bytesRead;
        this.length = length;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        return text.read(buffer, offset, count);
    }

    /** Bytes of the file read so far. */
    long consumed() {
        return Math.min(bytesRead.getAsLong(), length);
    }

    /** The file's size in bytes. */
    long length() {
        return length;
    }

    @Override
    public void close() {
        try {
            text.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
