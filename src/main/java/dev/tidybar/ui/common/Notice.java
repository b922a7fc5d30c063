package dev.tidybar.ui.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One banner's worth of feedback: what happened, to what, and what the user can do about it.
 *
 * @param severity how the banner looks; {@link Severity#INFO} when the user's goal is met anyway
 * @param title    the first, bold line
 * @param message  the explanation, one or two sentences
 * @param details  HTTP status, the server's error and errorType, and the time; null when there is none
 * @param actions  buttons such as Undo, Retry or Cancel, in order
 */
public record Notice(Severity severity, String title, String message, String details, List<Action> actions) {

    /** The four looks of a banner (AtlantaFX accents). */
    public enum Severity { INFO, SUCCESS, WARNING, ERROR }

    /** A banner button. Running it dismisses the banner first. */
    public record Action(String label, Runnable run) {
    }

    public Notice {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        message = message == null ? "" : message;
        actions = List.copyOf(actions);
    }

    public static Notice of(Severity severity, String title, String message) {
        return new Notice(severity, title, message, null, List.of());
    }

    public Notice withActions(Action... more) {
        var all = new ArrayList<>(actions);
        all.addAll(List.of(more));
        return new Notice(severity, title, message, details, all);
    }

    public Notice withDetails(String text) {
        return new Notice(severity, title, message, text, actions);
    }

    /** The time stamp line that {@link #details()} ends with: UTC to the second, as server logs have it. */
    public static String timeLine(Instant at) {
        return "Time: " + at.truncatedTo(ChronoUnit.SECONDS);
    }
}
