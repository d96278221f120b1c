package tenken.views.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The context's background work as the screen tests wait for it ({@link WorkbenchContext#working()}). */
@ExtendWith(ApplicationExtension.class)
class WorkbenchContextTest {

    @TempDir
    Path dir;
    private WorkbenchContext context;

    @AfterEach
    void shutdown() {
        context.shutdown();
    }

    @Test
    void workingFromTheHandOverUntilTheTaskHasReturned() throws Exception {
        context = new WorkbenchContext(dir.resolve("unopened.db"), () -> {
            throw new AssertionError("no task here opens the database");
        });
        CountDownLatch release = new CountDownLatch(1);
        assertThat(context.working()).isFalse();

        Task<Void> task = context.run(new Task<>() {
            @Override
            protected Void call() throws Exception {
                release.await();
                return null;
            }
        });

        assertThat(context.working()).as("a task waiting in the pool or running").isTrue();
        release.countDown();
        task.get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !context.working());
    }

    @Test
    void aTaskRefusedAfterShutdownIsCancelledAndNotCountedAsWorking() {
        context = new WorkbenchContext(dir.resolve("unopened.db"), () -> {
            throw new AssertionError("no task here opens the database");
        });
        context.shutdown();

        Task<Void> task = context.run(new Task<>() {
            @Override
            protected Void call() {
                return null;
            }
        });

        assertThat(task.isCancelled()).isTrue();
        assertThat(context.working()).isFalse();
    }
}
