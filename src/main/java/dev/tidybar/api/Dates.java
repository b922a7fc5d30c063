package dev.tidybar.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads the dates the server sends: ISO-8601 strings (7.x and later) or EJSON {@code {"$date": ms}}. */
final class Dates {

    private static final int[] TENS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Dates() {
    }

    /** The instant, or null when the node is missing or not a date. */
    static Instant parse(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            return parse(node.get("$date"));
        }
        if (node.isIntegralNumber()) {
            return Instant.ofEpochMilli(node.asLong());
        }
        if (node.isTextual()) {
            String text = node.asText();
            Instant usual = usualForm(text);
            if (usual != null) {
                return usual;
            }
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * {@code 2026-05-01T10:00:00.123Z} or with an offset, {@code +02:00}: the form servers send, read without
     * the general parser, which leaves a kilobyte of garbage behind per date (a list of 10,000 groups holds
     * 20,000 dates). Null for any other form, which the general parser then reads or refuses.
     */
    private static Instant usualForm(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        if (text.charAt(at) == '.') {
            int from = ++at;
            while (at < length && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
                at++;
            }
            if (at == from || at - from > 9) {
                return null;
            }
            nanos = digits(text, from, at) * TENS[9 - (at - from)];
        }
        int offsetSeconds = offsetSeconds(text, at);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second - offsetSeconds, nanos);
        } catch (DateTimeException e) {
            return null;   // no such day: the general parser says so too
        }
    }

    /** {@code Z}, {@code +hh:mm} or {@code -hh:mm} from {@code at} to the end, in seconds; MIN_VALUE for anything else. */
    private static int offsetSeconds(String text, int at) {
        if (at == text.length() - 1 && text.charAt(at) == 'Z') {
            return 0;
        }
        char sign = at < text.length() ? text.charAt(at) : ' ';
        if (at != text.length() - 6 || sign != '+' && sign != '-' || text.charAt(at + 3) != ':') {
            return Integer.MIN_VALUE;
        }
        int hours = digits(text, at + 1, at + 3);
        int minutes = digits(text, at + 4, at + 6);
        if (hours < 0 || minutes < 0 || minutes > 59 || hours * 60 + minutes > 18 * 60) {
            return Integer.MIN_VALUE;
        }
        return (sign == '-' ? -1 : 1) * (hours * 3_600 + minutes * 60);
    }

    /** The ASCII digits from {@code from} to {@code to} as a number; -1 when any is not one. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
