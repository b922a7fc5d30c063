package dev.tidybar.ui.groups;

import dev.tidybar.ui.common.UiText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** "3 days ago" for the table, and the exact local time for its tooltip. */
public final class RelativeTime {

    private final Clock clock;
    private final UiText text;
    private final DateTimeFormatter exact;

    public RelativeTime(Clock clock, UiText text) {
        this.clock = clock;
        this.text = text;
        this.exact = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(clock.getZone());
    }

    /** How long ago {@code moment} was, in the largest unit that fits; "just now" under a minute (or in the future). */
    public String ago(Instant moment) {
        var elapsed = Duration.between(moment, clock.instant());
        long minutes = elapsed.toMinutes();
        if (minutes < 1) {
            return text.get("groups.ago.now");
        }
        if (minutes < 60) {
            return text.format("groups.ago.minutes", minutes);
        }
        long hours = elapsed.toHours();
        if (hours < 24) {
            return text.format("groups.ago.hours", hours);
        }
        long days = elapsed.toDays();
        if (days < 30) {
            return text.format("groups.ago.days", days);
        }
        if (days < 365) {
            return text.format("groups.ago.months", days / 30);
        }
        return text.format("groups.ago.years", days / 365);
    }

    /** The moment in the user's time zone, for example "26 Nov 2026, 14:05:09". */
    public String exact(Instant moment) {
        return exact.format(moment);
    }
}
