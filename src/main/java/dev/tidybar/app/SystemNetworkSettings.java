package dev.tidybar.app;

import java.security.Security;
import java.util.Locale;

/**
 * Points the JVM at the operating system's network settings, so Tidybar reaches a workspace the
 * way the user's browser does: through the system proxy and, on Windows, trusting the certificates
 * in the Windows store (company roots included). A setting given on the command line wins. Must run
 * before the first network class loads, because the JDK reads these properties once.
 */
final class SystemNetworkSettings {

    private SystemNetworkSettings() {
    }

    static void adopt() {
        setIfAbsent("java.net.useSystemProxies", "true");
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        // the provider lives in jdk.crypto.mscapi; without it the JDK's own cacerts stays in use
        if (windows && Security.getProvider("SunMSCAPI") != null) {
            setIfAbsent("javax.net.ssl.trustStoreType", "Windows-ROOT");
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
