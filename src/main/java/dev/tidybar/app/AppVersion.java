package dev.tidybar.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version Maven wrote into {@code tidybar-version.properties}, the same one the installers carry. */
final class AppVersion {

    private AppVersion() {
    }

    static String read() {
        var properties = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/tidybar-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("tidybar-version.properties is missing from the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
