package dev.tidybar.ui.groups;

import dev.tidybar.api.NotLoggedInException;
import dev.tidybar.api.RateLimitedException;
import dev.tidybar.api.RocketChatException;
import dev.tidybar.ui.common.Countdown;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.Notice;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;

/**
 * Where the groups screen's failures end up: a banner; for a 429, a countdown that then runs the
 * action again; for a 401, the way back to the login screen.
 */
final class FailureBanners {

    private static final System.Logger LOG = System.getLogger(FailureBanners.class.getName());

    /** The banner of a 429 wait, given the seconds left and what its Cancel button does. */
    @FunctionalInterface
    interface WaitBanner {
        Notice banner(RateLimitedException failure, long secondsLeft, Runnable cancel);
    }

    private final ErrorNotices errors;
    private final ObjectProperty<Notice> notice;
    private final Consumer<Notice> onSessionEnded;
    private final RateLimitWait rateLimitWait;

    FailureBanners(ErrorNotices errors, ObjectProperty<Notice> notice, Countdown countdown,
                   Consumer<Notice> onSessionEnded) {
        this.errors = errors;
        this.notice = notice;
        this.onSessionEnded = onSessionEnded;
        this.rateLimitWait = new RateLimitWait(countdown, notice);
    }

    /** Shows {@code failure}: {@code banner} words the usual case, {@code waitBanner} a 429 before {@code again}. */
    void show(Exception failure, Function<RocketChatException, Notice> banner, WaitBanner waitBanner,
              Runnable again) {
        if (!(failure instanceof RocketChatException problem)) {
            LOG.log(System.Logger.Level.ERROR, "Unexpected failure on the groups screen", failure);
            notice.set(errors.unexpected(failure, again));
            return;
        }
        LOG.log(System.Logger.Level.INFO, "{0} (HTTP {1})", problem.getClass().getSimpleName(), problem.httpStatus());
        if (problem instanceof NotLoggedInException) {
            stopWaiting();
            onSessionEnded.accept(errors.sessionEnded(problem));
        } else if (problem instanceof RateLimitedException limited) {
            rateLimitWait.start(limited.resetAt(),
                    secondsLeft -> waitBanner.banner(limited, secondsLeft, rateLimitWait::stop), again);
        } else {
            notice.set(banner.apply(problem));
        }
    }

    void stopWaiting() {
        rateLimitWait.stop();
    }
}
