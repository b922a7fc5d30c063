package dev.tidybar.ui.groups;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Ready-made selections for tidying, applied to the rows the table shows (so they combine with
 * the filter and the switch). They only tick rows; they never close anything by themselves.
 */
public enum SmartSelection {
    /** No message for more than the chosen number of days; a group whose activity is not read yet never matches. */
    INACTIVE,
    /** Nothing unread in it. */
    NO_UNREAD,
    /** Archived: no one can post in it. */
    ARCHIVED,
    /** Read-only: only some members can post. */
    READ_ONLY;

    /** Which rows match at {@code now}; {@code days} counts only for {@link #INACTIVE}. */
    Predicate<GroupRow> matching(Instant now, int days) {
        return switch (this) {
            case INACTIVE -> row -> {
                var group = row.group();
                if (!group.hasDetails()) {
                    return false;
                }
                var last = group.lastActivity();
                return last == null || last.isBefore(now.minus(Duration.ofDays(days)));
            };
            case NO_UNREAD -> row -> row.group().unread() == 0;
            case ARCHIVED -> row -> row.group().archived();
            case READ_ONLY -> row -> row.group().readOnly();
        };
    }
}
