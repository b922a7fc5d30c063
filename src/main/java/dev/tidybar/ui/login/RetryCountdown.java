package dev.tidybar.ui.login;

import dev.tidybar.api.RateLimitedException;
import dev.tidybar.api.WorkspaceAddress;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.UiText;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A "too many requests" notice that counts down to the server's reset time, then says the user may
 * try again. It holds no timer: whoever shows it calls {@link #tick()} every second while it runs.
 */
final class RetryCountdown {

    private final ErrorNotices errors;
    private final UiText text;
    private final ObjectProperty<Notice> notice;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    private RateLimitedException failure;
    private WorkspaceAddress workspace;

    RetryCountdown(ErrorNotices errors, UiText text, ObjectProperty<Notice> notice) {
        this.errors = errors;
        this.text = text;
        this.notice = notice;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    void start(RateLimitedException rateLimited, WorkspaceAddress address) {
        failure = rateLimited;
        workspace = address;
        running.set(true);
        tick();
    }

    void tick() {
        if (!running.get()) {
            return;
        }
        if (errors.secondsUntilRetry(failure) > 0) {
            notice.set(errors.loginFailure(failure, workspace));
        } else {
            stop();
            notice.set(Notice.of(Notice.Severity.INFO, text.get("login.canRetry.title"),
                    text.get("login.canRetry.message")));
        }
    }

    void stop() {
        running.set(false);
        failure = null;
        workspace = null;
    }
}
