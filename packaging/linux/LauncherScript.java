import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces jpackage's launcher in a Linux application image with a shell script that starts the runtime's
 * {@code bin/java} with the same class path, main class and options as the image's {@code .cfg}.
 * Run from the installer profile of the pom as {@code java packaging/linux/LauncherScript.java <image> <app name>}.
 *
 * <p>Why: on every start, jpackage's Linux launcher asks {@code rpm -qf} and then {@code dpkg -S} which package owns
 * it, and when it is a package's, lists the whole package ({@code dpkg -L}) to find its own library
 * (LinuxPackage.c in jdk.jpackage, JDK 17 to 25 alike). That is about 0.4 s before the JVM starts; {@code /bin/sh}
 * takes a few milliseconds. The script finds its folder through the {@code /usr/bin} link, as the original did.
 */
public final class LauncherScript {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: java LauncherScript.java <image dir> <app name>");
        }
        Path image = Path.of(args[0]);
        String name = args[1];
        Path cfg = image.resolve("lib/app/" + name + ".cfg");
        List<String> classPath = new ArrayList<>();
        List<String> options = new ArrayList<>();
        String mainClass = null;
        for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
            if (line.startsWith("app.classpath=")) {
                classPath.add(value(line));
            } else if (line.startsWith("app.mainclass=")) {
                mainClass = value(line);
            } else if (line.startsWith("java-options=")) {
                options.add(value(line));
            }
        }
        if (mainClass == null || classPath.isEmpty()) {
            throw new IllegalStateException("no app.mainclass or app.classpath in " + cfg);
        }
        List<String> script = new ArrayList<>(List.of(
                "#!/bin/sh",
                "# Starts " + name + " (written by packaging/linux/LauncherScript.java from lib/app/" + name + ".cfg).",
                "# jpackage's own launcher asks rpm and dpkg which package owns it on every start; this does not.",
                "app=$(readlink -f \"$0\")",
                "app=${app%/bin/*}/lib/app",
                "exec \"$app/../runtime/bin/java\" \\",
                "  -classpath " + quoted(String.join(":", classPath)) + " \\"));
        for (String option : options) {
            script.add("  " + quoted(option) + " \\");
        }
        script.add("  " + mainClass + " \"$@\"");
        Path launcher = image.resolve("bin/" + name);
        Files.write(launcher, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        // jpackage's launcher loaded this library; nothing else does
        Files.deleteIfExists(image.resolve("lib/libapplauncher.so"));
        System.out.println("Launcher: " + launcher + " starts " + mainClass + " with " + options);
    }

    private static String value(String line) {
        return line.substring(line.indexOf('=') + 1);
    }

    /** Double quotes for the shell, with jpackage's $APPDIR turned into the script's $app. */
    private static String quoted(String text) {
        if (text.matches(".*[\"`\\\\].*") || text.replace("$APPDIR", "").contains("$")) {
            throw new IllegalArgumentException("cannot quote for the shell: " + text);
        }
        return "\"" + text.replace("$APPDIR", "$app") + "\"";
    }
}
