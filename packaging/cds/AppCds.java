import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Adds an AppCDS archive to a jpackage application image, so the installed app starts faster.
 * Run from the installer profile of the pom as {@code java packaging/cds/AppCds.java <images dir> <app name>}.
 *
 * <p>The image has no {@code bin/java} (jlink --strip-native-commands), so every step starts the app's own launcher
 * and hands the JVM its CDS options through {@code JAVA_TOOL_OPTIONS}:
 * <ol>
 *   <li>a training run, {@code --demo --smoke-test} with {@code -XX:DumpLoadedClassList}, lists the classes the app
 *       loads until its list is shown (on Linux without a display it runs under xvfb-run);</li>
 *   <li>{@code -Xshare:dump} archives the listed classes of the runtime image (JDK and JavaFX) into tidybar.jsa beside
 *       the app's jars;</li>
 *   <li>the launcher's .cfg gets {@code -XX:SharedArchiveFile=$APPDIR/tidybar.jsa};</li>
 *   <li>on macOS, the bundle is signed again (ad hoc), since files were added after jpackage signed it;</li>
 *   <li>a check run with {@code -Xshare:on}, which refuses to start if the archive cannot be used.</li>
 * </ol>
 * Classes from the app's class-path jars are left out on purpose: JDK 17 ties archived class-path classes to the
 * absolute jar paths at dump time, so an archive holding them is rejected once the app is installed elsewhere
 * (/opt/tidybar, C:\Program Files, /Applications). Runtime-image classes carry no such path, so the archive works
 * wherever the image lands. An archive only fits the runtime that wrote it, so this runs on every build.
 */
public final class AppCds {
    private static final String ARCHIVE = "tidybar.jsa";
    private static final long TIMEOUT_SECONDS = 120;

    private static final String OS = System.getProperty("os.name").toLowerCase(Locale.ROOT);

    /** Where jpackage (JDK 17) puts the launcher and the app folder on each OS. */
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
            throw new IllegalArgumentException("usage: java AppCds.java <images dir> <app name>");
        }
        AppImage image = AppImage.find(Path.of(args[0]), args[1]);
        Path archive = image.appDir().resolve(ARCHIVE);
        Path loaded = Files.createTempFile("tidybar-loaded", ".classlist");
        Path runtimeClasses = Files.createTempFile("tidybar-runtime", ".classlist");
        try {
            String training = run(image, "-XX:DumpLoadedClassList=" + loaded, List.of("--demo", "--smoke-test"));
            if (!training.contains("TIDYBAR_SMOKE ok")) {
                throw new IllegalStateException("the training run did not finish the smoke test");
            }
            Files.write(runtimeClasses, withoutClassPathClasses(Files.readAllLines(loaded), image.appDir()));
            run(image, "-Xshare:dump -XX:SharedClassListFile=" + runtimeClasses + " -XX:SharedArchiveFile=" + archive,
                    List.of("--version"));
        } finally {
            Files.deleteIfExists(loaded);
            Files.deleteIfExists(runtimeClasses);
        }
        addJavaOption(image.cfg(), "-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE);
        if (OS.startsWith("mac")) {
            // the bundle changed after jpackage sealed it: seal it again (ad hoc, as jpackage does without --mac-sign)
            exec(List.of("codesign", "--force", "--deep", "--sign", "-", image.root().toString()), null);
        }
        run(image, "-Xshare:on", List.of("--version"));
        System.out.printf("AppCDS: %s (%d KB), launcher options in %s%n",
                archive, Files.size(archive) / 1024, image.cfg());
    }

    /**
     * Drops the classes (and lambda proxies of classes) that come from the jars in the app folder, and the dynamic
     * proxies (generated at run time, so a static dump cannot find them).
     */
    private static List<String> withoutClassPathClasses(List<String> classList, Path appDir) throws IOException {
        Set<String> classPathClasses = new HashSet<>();
        try (Stream<Path> jars = Files.list(appDir)) {
            for (Path jar : (Iterable<Path>) jars.filter(p -> p.toString().endsWith(".jar"))::iterator) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    file.stream().map(JarEntry::getName).filter(name -> name.endsWith(".class"))
                            .map(name -> name.substring(0, name.length() - ".class".length()))
                            .forEach(classPathClasses::add);
                }
            }
        }
        List<String> kept = new ArrayList<>();
        for (String line : classList) {
            String[] words = line.split(" ");
            String className = line.startsWith("@lambda-proxy") && words.length > 1 ? words[1] : words[0];
            if (!classPathClasses.contains(className) && !className.contains("$Proxy")) {
                kept.add(line);
            }
        }
        return kept;
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
        System.out.println("AppCDS: " + (javaToolOptions == null ? "" : "JAVA_TOOL_OPTIONS=" + javaToolOptions + " ")
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
