package dev.tidybar.fake;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The common forms JavaScript's {@code Date.parse} accepts: ISO 8601 (date, date-time, offset) and RFC 1123. */
final class JsDates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?"
            + "(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?"
            + "(Z|[+-]\\d{2}:?\\d{2})?");

    private JsDates() {
    }

    /** The instant, or null where {@code Date.parse} gives NaN. A time without offset is read as UTC. */
    static Instant parse(String text) {
        String trimmed = text.strip();
        Matcher iso = ISO.matcher(trimmed);
        if (iso.matches()) {
            return fromIso(iso);
        }
        try {
            return ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant fromIso(Matcher iso) {
        try {
            String fraction = iso.group(7) == null ? "0" : (iso.group(7) + "00000000").substring(0, 9);
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(iso.group(1)), number(iso.group(2), 1),
                    number(iso.group(3), 1), number(iso.group(4), 0), number(iso.group(5), 0),
                    number(iso.group(6), 0), Integer.parseInt(fraction));
            String offset = iso.group(8);
            ZoneOffset zone = offset == null || offset.equals("Z") ? ZoneOffset.UTC
                    : ZoneOffset.of(offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset);
            return local.toInstant(zone);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int number(String digits, int otherwise) {
        return digits == null ? otherwise : Integer.parseInt(digits);
    }
}
