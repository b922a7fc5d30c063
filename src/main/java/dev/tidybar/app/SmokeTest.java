package dev.tidybar.app;

import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.Pulses;
import dev.tidybar.ui.login.KeepSignedIn.Availability;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * {@code --smoke-test}: signs in to the demo workspace as soon as the window has drawn, waits for the
 * group list and for the keychain probe, prints one {@code TIDYBAR_SMOKE} line and exits, 0 if all went
 * well, 1 otherwise. Installers run it to prove the packaged app really starts, talks HTTP and reaches
 * the system keychain ({@code keychain=available} or {@code keychain=unavailable}; no keychain is no failure here).
 */
final class SmokeTest {

    private static final Duration TIME_LIMIT = Duration.seconds(60);

    private final AppShell shell;
    private final PrintStream out;
    private final IntConsumer exit;
    private final PauseTransition deadline = new PauseTransition(TIME_LIMIT);
    private final PulseGaps pulseGaps = new PulseGaps();
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
        deadline.setOnFinished(event -> fail("no whole group list after " + (long) TIME_LIMIT.toSeconds() + " s"));
        deadline.play();
        stage.setOnShown(event -> afterSecondPulse(sinceStart -> {
            firstFrameMs = sinceStart;
            pulseGaps.start();
            shell.login().signIn();
        }));
        failOnProblem(shell.login().noticeProperty(), "sign-in failed: ");
        failOnProblem(shell.groupsNoticeProperty(), "the list failed: ");
        shell.listLoadedProperty().addListener((observable, was, loaded) -> {
            if (loaded) {
                afterSecondPulse(listMs -> {
                    pulseGaps.stop();
                    whenFilledIn(() -> whenKeychainKnown(keychain -> finish(0, "ok groups=" + shell.groupCount()
                            + " first-frame-ms=" + firstFrameMs + " list-ms=" + listMs
                            + " longest-pulse-gap-ms=" + pulseGaps.longestMs() + " keychain=" + keychain)));
                });
            }
        });
    }

    /** Once the room columns are filled in: a failed page has shown its banner by then, and failed here. */
    private void whenFilledIn(Runnable then) {
        once(shell.listFillingProperty(), filling -> !filling, filling -> then.run());
    }

    private void whenKeychainKnown(Consumer<String> then) {
        once(shell.login().keepSignedIn().availabilityProperty(), known -> known != Availability.CHECKING,
                known -> then.accept(known.name().toLowerCase(Locale.ROOT)));
    }

    /** Runs {@code then} with the value as soon as it is {@code ready}: now, or at the change that makes it so. */
    private static <T> void once(ObservableValue<T> value, Predicate<T> ready, Consumer<T> then) {
        if (ready.test(value.getValue())) {
            then.accept(value.getValue());
            return;
        }
        value.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> observable, T was, T now) {
                if (ready.test(now)) {
                    value.removeListener(this);
                    then.accept(now);
                }
            }
        });
    }

    private void failOnProblem(ObservableValue<Notice> banner, String what) {
        banner.addListener((observable, was, notice) -> {
            if (notice != null && notice.severity() != Notice.Severity.INFO) {
                fail(what + notice.title() + " " + notice.message());
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
        pulseGaps.stop();
        out.println("TIDYBAR_SMOKE " + outcome);
        out.flush();
        exit.accept(status);
    }

    /**
     * The longest time between two pulses of the FX thread: how long the window could not redraw or
     * answer the user. Running, it asks for a pulse every frame, so an idle window counts too.
     */
    private static final class PulseGaps extends AnimationTimer {
        private long lastPulse = -1;
        private long longestNanos;

        @Override
        public void handle(long now) {
            if (lastPulse >= 0) {
                longestNanos = Math.max(longestNanos, now - lastPulse);
            }
            lastPulse = now;
        }

        long longestMs() {
            return TimeUnit.NANOSECONDS.toMillis(longestNanos);
        }
    }

    /** Waits until two frames were drawn, so the measurement includes the first real paint. */
    private static void afterSecondPulse(LongConsumer msSinceJvmStart) {
        Pulses.afterSecond(() -> msSinceJvmStart.accept(System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime()));
    }
}
