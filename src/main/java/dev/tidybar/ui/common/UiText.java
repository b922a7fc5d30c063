package dev.tidybar.ui.common;

import java.text.MessageFormat;
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
}
