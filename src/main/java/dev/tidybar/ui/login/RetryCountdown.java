package dev.tidybar.ui.login;

import dev.tidybar.api.RateLimitedException;
import dev.tidybar.api.WorkspaceAddress;
import dev.tidybar.ui.common.Countdown;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.RunningTask;
import dev.tidybar.ui.common.UiText;
import javafx.beans.property.ObjectProperty;

/** A "too many requests" notice that counts down to the server's reset time, then says the user may try again. */
final class RetryCountdown {

    private final Countdown countdown;
    private final ErrorNotices errors;
    private final UiText text;
    private final ObjectProperty<Notice> notice;
    private RunningTask running = RunningTask.DONE;

    RetryCountdown(Countdown countdown, ErrorNotices errors, UiText text, ObjectProperty<Notice> notice) {
        this.countdown = countdown;
        this.errors = errors;
        this.text = text;
        this.notice = notice;
    }

    void start(RateLimitedException failure, WorkspaceAddress workspace) {
        stop();
        running = countdown.start(failure.resetAt(),
                secondsLeft -> notice.set(errors.loginRateLimited(failure, workspace, secondsLeft)),
                () -> {
                    running = RunningTask.DONE;
                    notice.set(Notice.of(Notice.Severity.INFO, text.get("login.canRetry.title"),
                            text.get("login.canRetry.message")));
                });
    }

    void stop() {
        running.cancel();
        running = RunningTask.DONE;
    }
}
