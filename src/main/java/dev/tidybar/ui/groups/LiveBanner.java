package dev.tidybar.ui.groups;

import dev.tidybar.ui.common.Notice;
import javafx.beans.property.ObjectProperty;

/**
 * A banner that keeps changing, such as a rate-limit countdown, for work that goes on whatever
 * happens to the banner: once the user dismisses it or another banner takes its place, updates
 * stop showing, but the work does not stop with them.
 */
final class LiveBanner {

    private final ObjectProperty<Notice> notice;
    private Notice shown;
    private boolean started;

    LiveBanner(ObjectProperty<Notice> notice) {
        this.notice = notice;
    }

    /** The first time, shows {@code next} whatever banner is up; after that, only in place of this banner. */
    void tick(Notice next) {
        if (!started || isUp()) {
            started = true;
            shown = next;
            notice.set(next);
        }
    }

    /** The work is over: takes this banner down if it is still up; the next tick shows it afresh. */
    void end() {
        if (isUp()) {
            notice.set(null);
        }
        shown = null;
        started = false;
    }

    private boolean isUp() {
        return shown != null && notice.get() == shown;
    }
}
