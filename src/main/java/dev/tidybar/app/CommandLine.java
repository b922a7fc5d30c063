package dev.tidybar.app;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What the user asked for on the command line.
 *
 * @param request   run the window, or only print the help or the version
 * @param demo      start the built-in demo workspace and fill in its login
 * @param smokeTest sign in (to the demo workspace, or to {@code server} as {@code user} with the password in
 *                  {@link #SMOKE_PASSWORD}), wait for the list, print one line and exit
 * @param server    the workspace address to fill in, or null
 * @param user      the username to fill in, or null
 * @param demoSetup how the demo workspace starts: more groups, the rate limiter on
 */
public record CommandLine(Request request, boolean demo, boolean smokeTest, String server, String user,
                          DemoSetup demoSetup) {

    /**
     * The demo workspace's size and rate limit, to see Tidybar at scale and its pacing.
     *
     * @param extraGroups   generated groups added to alex's
     * @param limitCalls    calls per window and route, or 0 for no limiter (the default)
     * @param limitSeconds  the window's length
     */
    public record DemoSetup(int extraGroups, int limitCalls, int limitSeconds) {
    }

    /**
     * The environment variable {@code --smoke-test --server URL --user NAME} reads the password from: on
     * the command line it would show in the process list.
     */
    public static final String SMOKE_PASSWORD = "TIDYBAR_SMOKE_PASSWORD";

    /** What the process does. */
    public enum Request { RUN, HELP, VERSION }

    /** The command line cannot be understood; the message says why, for the user. */
    public static final class UsageException extends Exception {

        private static final long serialVersionUID = 1L;

        private final String key;
        private final String argument;

        UsageException(String key, String argument) {
            super(key + ": " + argument);
            this.key = key;
            this.argument = argument;
        }

        /** The bundle key of the message; it takes the offending argument as {0}. */
        public String key() {
            return key;
        }

        public String argument() {
            return argument;
        }
    }

    public Optional<String> serverOption() {
        return Optional.ofNullable(server);
    }

    public Optional<String> userOption() {
        return Optional.ofNullable(user);
    }

    public static CommandLine parse(List<String> args) throws UsageException {
        return parse(args, System::getenv);
    }

    /** {@code environment} gives an environment variable's value, or null when it is not set. */
    static CommandLine parse(List<String> args, UnaryOperator<String> environment) throws UsageException {
        var request = Request.RUN;
        boolean demo = false;
        boolean smokeTest = false;
        String server = null;
        String user = null;
        int extraGroups = 0;
        int[] limit = {0, 0};
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            switch (name) {
                case "--help", "-h" -> request = Request.HELP;
                case "--version", "-V" -> request = request == Request.HELP ? request : Request.VERSION;
                case "--demo" -> demo = true;
                case "--smoke-test" -> smokeTest = true;
                case "--server", "--user", "--demo-groups", "--demo-rate-limit" -> {
                    String value = equals >= 0 ? arg.substring(equals + 1) : i + 1 < args.size() ? args.get(++i) : "";
                    if (value.isBlank() || value.startsWith("--")) {
                        throw new UsageException("cli.missingValue", name);
                    }
                    switch (name) {
                        case "--server" -> server = value;
                        case "--user" -> user = value;
                        case "--demo-groups" -> extraGroups = number(value, name, 100_000);
                        default -> limit = callsPerSeconds(value, name);
                    }
                }
                default -> throw new UsageException("cli.unknownOption", arg);
            }
        }
        if (smokeTest && !demo && request == Request.RUN) {
            if (server == null || user == null) {
                throw new UsageException("cli.smokeNeedsServer", "--smoke-test");
            }
            String password = environment.apply(SMOKE_PASSWORD);
            if (password == null || password.isEmpty()) {
                throw new UsageException("cli.smokeNeedsPassword", SMOKE_PASSWORD);
            }
        }
        return new CommandLine(request, demo, smokeTest, server, user,
                new DemoSetup(extraGroups, limit[0], limit[1]));
    }

    /** CALLS/SECONDS, as in {@code 10/60}. */
    private static int[] callsPerSeconds(String text, String option) throws UsageException {
        String[] parts = text.split("/");
        if (parts.length != 2) {
            throw new UsageException("cli.badRateLimit", option);
        }
        return new int[] {number(parts[0], option, 10_000), number(parts[1], option, 3600)};
    }

    private static int number(String text, String option, int most) throws UsageException {
        try {
            int number = Integer.parseInt(text.strip());
            if (number >= 0 && number <= most) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("cli.badNumber", option + " " + text);
    }
}
