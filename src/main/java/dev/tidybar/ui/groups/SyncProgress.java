package dev.tidybar.ui.groups;

import dev.tidybar.api.LoadProgress;
import dev.tidybar.ui.common.Countdown;
import dev.tidybar.ui.common.RunningTask;
import dev.tidybar.ui.common.TaskRunner;
import dev.tidybar.ui.common.UiText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The progress line in the header, beside Refresh: what is being read from the server and, when the rate
 * limit holds it back, until when. Loading the list, updating it and filling in the room columns
 * may run at once; the line speaks of the one that matters most, in that order.
 */
final class SyncProgress {

    /** What is being read, most important first. */
    enum Phase { LOADING, UPDATING, FILLING_IN }

    /** The fraction while there is nothing to count: a progress bar shows it as busy. */
    static final double UNKNOWN = -1;

    final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction");
    final ReadOnlyStringWrapper words = new ReadOnlyStringWrapper(this, "words", "");
    /** The same, whole: with the time the wait ends, for the tooltip of a line the window cuts short. */
    final ReadOnlyStringWrapper wholeWords = new ReadOnlyStringWrapper(this, "wholeWords", "");

    private final Countdown countdown;
    private final UiText text;
    private final DateTimeFormatter time;
    private final Map<Phase, State> phases = new EnumMap<>(Phase.class);
    private RunningTask ticking = RunningTask.DONE;
    /** The phase and the moment the countdown runs for, so a redraw does not restart it. */
    private Object tickingFor;

    SyncProgress(Countdown countdown, UiText text, ZoneId zone) {
        this.countdown = countdown;
        this.text = text;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(text.locale()).withZone(zone);
    }

    /** {@code phase} has started; {@code quiet} phases show only while they wait. */
    void start(Phase phase, boolean quiet) {
        phases.put(phase, new State(quiet));
        redraw();
    }

    void count(Phase phase, int done, int total) {
        var state = phases.get(phase);
        if (state != null) {
            state.done = done;
            state.total = total;
            state.waitingUntil = null;
            redraw();
        }
    }

    /** The rate limit holds {@code phase} back until {@code until}; the line counts down to it. */
    void waiting(Phase phase, Instant until) {
        var state = phases.get(phase);
        if (state != null) {
            state.waitingUntil = until;
            redraw();
        }
    }

    void end(Phase phase) {
        if (phases.remove(phase) != null) {
            redraw();
        }
    }

    boolean running(Phase phase) {
        return phases.containsKey(phase);
    }

    /**
     * What the client reports for {@code phase} from its worker thread, handed over to the FX thread
     * and shown while {@code current} says the work that asked is still the current one.
     */
    LoadProgress reporter(Phase phase, TaskRunner tasks, BooleanSupplier current) {
        return new LoadProgress() {
            @Override
            public void update(int done, int total) {
                tasks.report(() -> {
                    if (current.getAsBoolean()) {
                        count(phase, done, total);
                    }
                });
            }

            @Override
            public void waitingUntil(Instant until) {
                tasks.report(() -> {
                    if (current.getAsBoolean()) {
                        waiting(phase, until);
                    }
                });
            }
        };
    }

    private void redraw() {
        var top = phases.entrySet().stream().filter(entry -> !entry.getValue().quiet
                || entry.getValue().waitingUntil != null).findFirst();
        shown.set(top.isPresent());
        if (top.isEmpty()) {
            stopTicking();
            say("", "");
            return;
        }
        var state = top.get().getValue();
        String what = switch (top.get().getKey()) {
            case LOADING -> text.get("groups.loading");
            case UPDATING -> text.get("groups.updating");
            case FILLING_IN -> state.total > 0
                    ? text.format("groups.fillingIn.progress", state.done, state.total)
                    : text.get("groups.fillingIn");
        };
        fraction.set(state.total > 0 ? Math.min(1.0, (double) state.done / state.total)
                : UNKNOWN);
        if (state.waitingUntil == null) {
            stopTicking();
            say(what, what);
        } else if (!List.of(top.get().getKey(), state.waitingUntil, what).equals(tickingFor)) {
            stopTicking();
            tickingFor = List.of(top.get().getKey(), state.waitingUntil, what);
            var until = state.waitingUntil;
            // the seconds first: a narrow window cuts the line short from the end
            ticking = countdown.start(until, secondsLeft -> say(text.format("groups.waitingForLimit", what,
                    secondsLeft), text.format("groups.waitingForLimit.whole", what, time.format(until), secondsLeft)),
                    () -> { });
        }
    }

    private void say(String line, String whole) {
        words.set(line);
        wholeWords.set(whole);
    }

    private void stopTicking() {
        ticking.cancel();
        ticking = RunningTask.DONE;
        tickingFor = null;
    }

    private static final class State {
        final boolean quiet;
        int done;
        int total;
        Instant waitingUntil;

        State(boolean quiet) {
            this.quiet = quiet;
        }
    }
}
