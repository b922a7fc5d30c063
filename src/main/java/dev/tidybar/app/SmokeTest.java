package dev.tidybar.app;

import dev.tidybar.ui.common.Notice;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * {@code --smoke-test}: signs in to the demo workspace as soon as the window has drawn, waits for the
 * group list, prints one {@code TIDYBAR_SMOKE} line and exits, 0 if all went well, 1 otherwise.
 * Installers run it to prove the packaged app really starts and talks HTTP.
 */
final class SmokeTest {

    private static final Duration TIME_LIMIT = Duration.seconds(60);

    private final AppShell shell;
    private final PrintStream out;
    private final IntConsumer exit;
    private final PauseTransition deadline = new PauseTransition(TIME_LIMIT);
    private long firstFrameMs = -1;
    private boolean finished;

    /** {@code exit} releases what the app holds and ends the process with the status. */
    SmokeTest(AppShell shell, PrintStream out, IntConsumer exit) {
        this.shell = shell;
        this.out = out;
        this.exit = exit;
    }

    /** Call before the stage is shown. */
    void watch(Stage stage) {
        deadline.setOnFinished(event -> fail("no group list after " + (long) TIME_LIMIT.toSeconds() + " s"));
        deadline.play();
        stage.setOnShown(event -> afterSecondPulse(sinceStart -> {
            firstFrameMs = sinceStart;
            shell.login().signIn();
        }));
        shell.login().noticeProperty().addListener((observable, was, notice) -> {
            if (notice != null && notice.severity() != Notice.Severity.INFO) {
                fail("sign-in failed: " + notice.title() + " " + notice.message());
            }
        });
        shell.listLoadedProperty().addListener((observable, was, loaded) -> {
            if (loaded) {
                afterSecondPulse(listMs -> finish(0, "ok groups=" + shell.groupCount()
                        + " first-frame-ms=" + firstFrameMs + " list-ms=" + listMs));
            }
        });
    }

    void fail(String reason) {
        finish(1, "failed " + reason.replaceAll("\\s+", " ").strip());
    }

    private void finish(int status, String outcome) {
        if (finished) {
            return;
        }
        finished = true;
        deadline.stop();
        out.println("TIDYBAR_SMOKE " + outcome);
        out.flush();
        exit.accept(status);
    }

    /** Waits until two frames were drawn, so the measurement includes the first real paint. */
    private static void afterSecondPulse(LongConsumer msSinceJvmStart) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    msSinceJvmStart.accept(System.currentTimeMillis()
                            - ManagementFactory.getRuntimeMXBean().getStartTime());
                }
            }
        }.start();
    }
}
