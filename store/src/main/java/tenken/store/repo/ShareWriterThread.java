package tenken.store.repo;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import tenken.store.model.SupplyShare;

/**
 * Writes a share import's rows on a thread of its own while the caller goes on reading the file, so that
 * parsing and SQLite's B-tree work use both cores instead of taking turns. The caller hands rows over in
 * batches through a bounded queue: memory stays bounded ({@link #QUEUED} batches of {@link #BATCH} rows,
 * some 10 MB) however large the file. The writer thread uses the caller's connection only between
 * {@link #start} and {@link #finish} (or {@link #close}), while the caller leaves it alone, so the
 * connection is never used by two threads at once. A failure on either side stops the other: the
 * writer's failure is thrown from the caller's next {@link #accept} or from {@link #finish}; the
 * caller's failure reaches {@link #close}, which stops the writer before the transaction is rolled back.
 */
final class ShareWriterThread implements AutoCloseable {

    /** Rows per hand-over: large enough that the queue's locking is noise per row. */
    static final int BATCH = 4_096;
    /** Batches waiting at most: lets the faster side run ahead a little, never far. */
    private static final int QUEUED = 4;

    /** Marks the end of the rows (told apart by identity, so two distinct lists). */
    private static final List<SupplyShare> END = new ArrayList<>(0);
    /** Tells the writer to stop without writing what is left (the caller failed). */
    private static final List<SupplyShare> STOP = new ArrayList<>(0);

    interface BatchWriter {
        void write(List<SupplyShare> batch) throws SQLException;
    }

    private final BlockingQueue<List<SupplyShare>> queue = new ArrayBlockingQueue<>(QUEUED);
    private final BatchWriter writer;
    private final Thread thread;
    private volatile Throwable failure;
    private List<SupplyShare> batch = new ArrayList<>(BATCH);
    private boolean finished;

    private ShareWriterThread(BatchWriter writer) {
        this.writer = writer;
        this.thread = new Thread(this::run, "tenken-share-writer");
        thread.setDaemon(true);
    }

    static ShareWriterThread start(BatchWriter writer) {
        ShareWriterThread started = new ShareWriterThread(writer);
        started.thread.start();
        return started;
    }

    /** Takes one row (on the caller's thread). */
    void accept(SupplyShare share) {
        batch.add(share);
        if (batch.size() == BATCH) {
            handOver(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Hands over the last rows and waits until everything is written. */
    void finish() throws SQLException {
        if (!batch.isEmpty()) {
            handOver(batch);
        }
        handOver(END);
        join();
        finished = true;
        rethrowFailure();
    }

    /** Stops the writer when the caller failed before {@link #finish}; the transaction is then rolled back. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        queue.clear();
        queue.add(STOP); // cannot block: the queue was just emptied and only this thread adds to it
        join();
    }

    private void handOver(List<SupplyShare> rows) {
        try {
            while (!queue.offer(rows, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throwIfWriterFailed();
            }
            throwIfWriterFailed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }

    /** Throws the writer's failure on the caller's thread: unchecked ones as they are, an SQL one wrapped. */
    private void throwIfWriterFailed() {
        Throwable failed = failure;
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
        if (failed != null) {
            throw new WriterFailed((SQLException) failed);
        }
    }

    private void rethrowFailure() throws SQLException {
        if (failure instanceof SQLException sql) {
            throw sql;
        }
        throwIfWriterFailed();
    }

    private void join() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the writer must be done with the connection before anyone else uses it
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (true) {
                List<SupplyShare> rows = queue.take();
                if (rows == END || rows == STOP) {
                    return;
                }
                writer.write(rows);
            }
        } catch (SQLException | RuntimeException | Error e) {
            failure = e;
        } catch (InterruptedException e) {
            failure = new CancellationException();
        }
    }

    /** The writer thread's SQL failure, carried through the producer (which cannot throw checked exceptions). */
    static final class WriterFailed extends RuntimeException {
        WriterFailed(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
