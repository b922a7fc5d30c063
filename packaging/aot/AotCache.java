import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Adds an AOT cache (JEP 483, 514, 515) to a jpackage application image, so the installed app starts faster.
 * Run from the installer profile of the pom as {@code java packaging/aot/AotCache.java <images dir> <app name>},
 * with the JDK 25 that built the image's runtime (a cache only fits the JVM that wrote it).
 *
 * <p>Every step starts the app's own launcher and hands the JVM its AOT options through {@code JAVA_TOOL_OPTIONS},
 * so the class path and the options are exactly those of the installed app:
 * <ol>
 *   <li>a training run, {@code --demo --smoke-test} with {@code -XX:AOTMode=record}, records the classes the app
 *       loads and links until its list is shown (on Linux without a display it runs under xvfb-run);</li>
 *   <li>{@code -XX:AOTMode=create} writes tidybar.aot beside the app's jars: the classes of the runtime and of the
 *       class path, loaded and linked (without method profiles, see {@link #NO_PROFILES});</li>
 *   <li>the launcher's .cfg gets {@code -XX:AOTCache=$APPDIR/tidybar.aot};</li>
 *   <li>on macOS, the bundle is signed again (ad hoc), since files were added after jpackage signed it;</li>
 *   <li>a check run with {@code -XX:AOTMode=on}, which refuses to start if the cache cannot be used.</li>
 * </ol>
 * The cache holds the class path as the training saw it, in the build's folder; the JVM accepts it once the whole app
 * folder has moved (/opt/tidybar, C:\Program Files, /Applications) as long as the jars keep their names and order.
 */
public final class AotCache {
    private static final String CACHE = "tidybar.aot";
    private static final long TIMEOUT_SECONDS = 180;
    /**
     * No method profiles (JEP 515) in the cache: they are for C2, and the app runs with C1 only
     * ({@code -XX:TieredStopAtLevel=1}), so they were 1.4 MB of the cache, resident in every run, for nothing.
     */
    private static final String NO_PROFILES = " -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining";

    private static final String OS = System.getProperty("os.name").toLowerCase(Locale.ROOT);

    /** Where jpackage puts the launcher and the app folder on each OS. */
    private record AppImage(Path root, Path launcher, Path appDir, Path cfg) {
        static AppImage find(Path images, String name) {
            if (OS.startsWith("windows")) {
                Path root = images.resolve(name);
                return new AppImage(root, root.resolve(name + ".exe"), root.resolve("app"), root.resolve("app/" + name + ".cfg"));
            }
            if (OS.startsWith("mac")) {
                Path root = images.resolve(name + ".app");
                Path contents = root.resolve("Contents");
                return new AppImage(root, contents.resolve("MacOS/" + name), contents.resolve("app"),
                        contents.resolve("app/" + name + ".cfg"));
            }
            Path root = images.resolve(name);
            return new AppImage(root, root.resolve("bin/" + name), root.resolve("lib/app"),
                    root.resolve("lib/app/" + name + ".cfg"));
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: java AotCache.java <images dir> <app name>");
        }
        if (Runtime.version().feature() < 25) {
            throw new IllegalStateException("the AOT cache needs JDK 25 or later, this is " + Runtime.version());
        }
        AppImage image = AppImage.find(Path.of(args[0]), args[1]);
        Path cache = image.appDir().resolve(CACHE);
        Path configuration = Files.createTempFile("tidybar", ".aotconf");
        try {
            String training = run(image, "-XX:AOTMode=record -XX:AOTConfiguration=" + configuration + NO_PROFILES,
                    List.of("--demo", "--smoke-test"));
            if (!training.contains("TIDYBAR_SMOKE ok")) {
                throw new IllegalStateException("the training run did not finish the smoke test");
            }
            run(image, "-XX:AOTMode=create -XX:AOTConfiguration=" + configuration + " -XX:AOTCache=" + cache + NO_PROFILES,
                    List.of("--version"));
        } finally {
            Files.deleteIfExists(configuration);
        }
        addJavaOption(image.cfg(), "-XX:AOTCache=$APPDIR/" + CACHE);
        if (OS.startsWith("mac")) {
            // the bundle changed after jpackage sealed it: seal it again (ad hoc, as jpackage does without --mac-sign)
            exec(List.of("codesign", "--force", "--deep", "--sign", "-", image.root().toString()), null);
        }
        run(image, "-XX:AOTMode=on", List.of("--version"));
        System.out.printf("AOT cache: %s (%d KB), launcher options in %s%n", cache, Files.size(cache) / 1024, image.cfg());
    }

    /** Starts the launcher with the given JVM option and app arguments; fails unless it exits 0. Returns its output. */
    private static String run(AppImage image, String jvmOption, List<String> appArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(displayWrapper(appArgs));
        command.add(image.launcher().toString());
        command.addAll(appArgs);
        return exec(command, jvmOption);
    }

    /** Runs a command (with JAVA_TOOL_OPTIONS if given), echoing its output; fails unless it exits 0 in time. */
    private static String exec(List<String> command, String javaToolOptions) throws IOException, InterruptedException {
        System.out.println("AOT cache: " + (javaToolOptions == null ? "" : "JAVA_TOOL_OPTIONS=" + javaToolOptions + " ")
                + String.join(" ", command));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (javaToolOptions != null) {
            builder.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions);
        }
        Process process = builder.start();
        process.getOutputStream().close();
        StringBuilder output = new StringBuilder();
        Thread echo = new Thread(() -> echoLines(process, output));
        echo.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("timed out after " + TIMEOUT_SECONDS + " s: " + command);
        }
        echo.join();
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit code " + process.exitValue() + ": " + command);
        }
        return output.toString();
    }

    /** Prints the process's output as it comes, indented, and keeps it for the caller. */
    private static void echoLines(Process process, StringBuilder output) {
        try (BufferedReader reader = process.inputReader(StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                System.out.println("    " + line);
                synchronized (output) {
                    output.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The window needs a display: on Linux without one, the run goes through xvfb-run. */
    private static List<String> displayWrapper(List<String> appArgs) {
        boolean showsWindow = appArgs.contains("--demo");
        if (OS.startsWith("linux") && showsWindow && System.getenv("DISPLAY") == null) {
            return List.of("xvfb-run", "-a", "-s", "-screen 0 1280x1024x24");
        }
        return List.of();
    }

    /** Adds one {@code java-options=} line under the cfg's [JavaOptions] section (creating it if missing). */
    private static void addJavaOption(Path cfg, String option) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg, StandardCharsets.UTF_8));
        String line = "java-options=" + option;
        if (lines.contains(line)) {
            return;
        }
        int section = lines.indexOf("[JavaOptions]");
        if (section < 0) {
            lines.add("");
            lines.add("[JavaOptions]");
            lines.add(line);
        } else {
            lines.add(section + 1, line);
        }
        Files.write(cfg, lines, StandardCharsets.UTF_8);
    }
}
