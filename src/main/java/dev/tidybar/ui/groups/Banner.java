package dev.tidybar.ui.groups;

import dev.tidybar.api.NotLoggedInException;
import dev.tidybar.api.RocketChatException;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.Notice;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The groups screen's one banner, and the only thing in the view model that puts one up: outcomes,
 * failures, rate-limit countdowns and offers all come through here. A 401 is never a banner here: it
 * ends the session, and the login screen says why.
 */
final class Banner {

    private static final System.Logger LOG = System.getLogger(Banner.class.getName());

    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");
    private final ErrorNotices errors;
    private final Consumer<Notice> endSession;

    Banner(ErrorNotices errors, Consumer<Notice> endSession) {
        this.errors = errors;
        this.endSession = endSession;
    }

    /** What the banner bar shows; it sets null when the user dismisses the banner. */
    ObjectProperty<Notice> property() {
        return notice;
    }

    void show(Notice next) {
        notice.set(next);
    }

    /** Takes {@code shown} down if it is still up. */
    void takeDown(Notice shown) {
        if (shown != null && notice.get() == shown) {
            notice.set(null);
        }
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
    void showFailure(Exception failure, Function<RocketChatException, Notice> banner, Runnable again) {
        if (!(failure instanceof RocketChatException problem)) {
            LOG.log(System.Logger.Level.ERROR, "Unexpected failure on the groups screen", failure);
            notice.set(errors.unexpected(failure, again));
            return;
        }
        LOG.log(System.Logger.Level.INFO, "{0} (HTTP {1})", problem.getClass().getSimpleName(), problem.httpStatus());
        if (!endsTheSession(problem)) {
            notice.set(banner.apply(problem));
        }
    }

    /** A banner that keeps changing, such as a countdown, for work that goes on whatever happens to it. */
    Live live() {
        return new Live();
    }

    /**
     * Once the user dismisses a live banner or another takes its place, its updates stop showing, but
     * the work does not stop with them.
     */
    final class Live {
        private Notice shown;
        private boolean started;

        /** The first time, shows {@code next} whatever banner is up; after that, only in place of this one. */
        void tick(Notice next) {
            if (!started || isUp()) {
                started = true;
                shown = next;
                notice.set(next);
            }
        }

        /** The work is over: takes this banner down if it is still up; the next tick shows it afresh. */
        void end() {
            takeDown(shown);
            shown = null;
            started = false;
        }

        private boolean isUp() {
            return shown != null && notice.get() == shown;
        }
    }
}
