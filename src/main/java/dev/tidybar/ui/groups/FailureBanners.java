package dev.tidybar.ui.groups;

import dev.tidybar.api.NotLoggedInException;
import dev.tidybar.api.RocketChatException;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.Notice;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;

/**
 * Where the groups screen's failures end up: a banner, or for a 401 the way back to the login
 * screen. (A 429 never gets here: closes wait in {@link GroupActions}, loading in the progress area.)
 */
final class FailureBanners {

    private static final System.Logger LOG = System.getLogger(FailureBanners.class.getName());

    private final ErrorNotices errors;
    private final ObjectProperty<Notice> notice;
    private final Consumer<Notice> endSession;

    FailureBanners(ErrorNotices errors, ObjectProperty<Notice> notice, Consumer<Notice> endSession) {
        this.errors = errors;
        this.notice = notice;
        this.endSession = endSession;
    }

    /** For work whose other failures need no banner: a 401 still ends the session. Says whether it did. */
    boolean endsTheSession(Exception failure) {
        if (failure instanceof NotLoggedInException problem) {
            endSession.accept(errors.sessionEnded(problem));
            return true;
        }
        return false;
    }

    /** Shows {@code failure}, worded by {@code banner}; {@code again} is what Retry does. */
    void show(Exception failure, Function<RocketChatException, Notice> banner, Runnable again) {
        if (!(failure instanceof RocketChatException problem)) {
            LOG.log(System.Logger.Level.ERROR, "Unexpected failure on the groups screen", failure);
            notice.set(errors.unexpected(failure, again));
            return;
        }
        LOG.log(System.Logger.Level.INFO, "{0} (HTTP {1})", problem.getClass().getSimpleName(), problem.httpStatus());
        if (problem instanceof NotLoggedInException) {
            endSession.accept(errors.sessionEnded(problem));
        } else {
            notice.set(banner.apply(problem));
        }
    }
}
