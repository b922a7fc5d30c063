package dev.tidybar.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The app's task runner: outcomes arrive on the FX thread, whatever the work throws. */
@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerTest {

    private final FxTaskRunner runner = new FxTaskRunner(1);
    private final Thread.UncaughtExceptionHandler previousHandler = Thread.getDefaultUncaughtExceptionHandler();

    @AfterEach
    void restore() {
        runner.close();
        Thread.setDefaultUncaughtExceptionHandler(previousHandler);
    }

    @Test
    void aResultArrivesOnTheFxThread() throws Exception {
        var delivered = new CompletableFuture<Boolean>();

        runner.run(() -> "done", result -> delivered.complete(Platform.isFxApplicationThread()),
                delivered::completeExceptionally);

        assertThat(delivered.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void anErrorStillEndsTheWorkAsAFailureAndIsReportedAsACrash() throws Exception {
        var crash = new CompletableFuture<Throwable>();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> crash.complete(error));
        var failure = new CompletableFuture<Exception>();
        var bug = new NoClassDefFoundError("a module the runtime lacks");

        runner.run(() -> {
            throw bug;
        }, result -> failure.cancel(false), failure::complete);

        assertThat(failure.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class).hasCause(bug);
        assertThat(crash.get(10, TimeUnit.SECONDS)).isSameAs(bug);
    }

    @Test
    void aCancelledTaskCallsNothingBack() throws Exception {
        var gate = new CompletableFuture<Void>();
        var calledBack = new CompletableFuture<String>();

        var task = runner.run(() -> {
            gate.get(10, TimeUnit.SECONDS);
            return "late";
        }, calledBack::complete, failure -> calledBack.complete("failure"));
        task.cancel();
        gate.complete(null);
        var marker = new CompletableFuture<String>();
        runner.run(() -> "after", marker::complete, marker::completeExceptionally);

        assertThat(marker.get(10, TimeUnit.SECONDS)).isEqualTo("after");
        assertThat(calledBack).isNotDone();
    }

    @Test
    void afterClosingCallsAreNeitherRunNorAnsweredNorRefused() throws Exception {
        var waiting = new CompletableFuture<Void>();
        var calledBack = new CompletableFuture<Object>();
        runner.run(() -> {
            waiting.complete(null);
            new CompletableFuture<Void>().get();   // until closing interrupts it
            return "never";
        }, calledBack::complete, calledBack::complete);
        waiting.get(10, TimeUnit.SECONDS);

        runner.close();
        // a countdown ending after the app closed its runner starts its retry now
        var late = runner.run(() -> "late", calledBack::complete, calledBack::complete);
        late.cancel();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(calledBack).as("the interrupted call is not reported as failed").isNotDone();
    }
}
