package dev.tidybar.ui.common;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

/** All user-facing text, read from {@code dev/tidybar/ui/messages.properties}. Built once by the app and passed down. */
public final class UiText {

    private final ResourceBundle bundle;
    private final Locale locale;

    private UiText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static UiText load(Locale locale) {
        return new UiText(ResourceBundle.getBundle("dev.tidybar.ui.messages", locale), locale);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text under {@code key} with {@code {0}}, {@code {1}}, … filled in ({@link MessageFormat} rules). */
    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** What a call of {@code endpoint} is to the user, "a close" or "the list of groups". */
    public String call(String endpoint) {
        return bundle.containsKey("call." + endpoint) ? get("call." + endpoint) : endpoint;
    }

    /**
     * A wait in its largest whole unit, "3 hours" or "12 days": for waits too long to count down, where
     * the size matters more than the seconds. A wait of a hundred years or more reads as "more than".
     */
    public String duration(Duration wait) {
        long days = wait.toDays();
        if (days >= 36_500) {
            return get("duration.centuries");
        }
        if (days >= 730) {
            return format("duration.years", days / 365);
        }
        if (days >= 2) {
            return format("duration.days", days);
        }
        if (wait.toHours() >= 2) {
            return format("duration.hours", wait.toHours());
        }
        if (wait.toMinutes() >= 1) {
            return format("duration.minutes", wait.toMinutes());
        }
        return format("duration.seconds", wait.toSeconds());
    }
}
