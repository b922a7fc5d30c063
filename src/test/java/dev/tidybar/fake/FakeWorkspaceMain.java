package dev.tidybar.fake;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the fake workspace alone until Ctrl+C:
 * {@code --port N --rate-limit CALLS/SECONDS --extra-groups N --json-logout
 * --login-block-user ATTEMPTS/SECONDS --login-block-ip ATTEMPTS/SECONDS}.
 */
public final class FakeWorkspaceMain {

    private FakeWorkspaceMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        FakeWorkspaceConfig config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: FakeWorkspaceMain [--port N] [--rate-limit CALLS/SECONDS] "
                    + "[--extra-groups N] [--json-logout] "
                    + "[--login-block-user ATTEMPTS/SECONDS] [--login-block-ip ATTEMPTS/SECONDS]");
            System.exit(2);
            return;
        }
        FakeWorkspace workspace = start(config, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            workspace.close();
            stopped.countDown();
        }, "fake-workspace-shutdown"));
        stopped.await();
    }

    /** Starts the workspace and tells {@code out} where it answers and how to sign in. */
    static FakeWorkspace start(FakeWorkspaceConfig config, PrintStream out) throws IOException {
        FakeWorkspace workspace = FullFake.start(config);
        printWelcome(out, workspace, config);
        return workspace;
    }

    static FakeWorkspaceConfig parse(String[] args) {
        FakeWorkspaceConfig config = FakeWorkspaceConfig.demo().withPort(3000);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port":
                    config = config.withPort(number(args, ++i));
                    break;
                case "--extra-groups":
                    config = config.withExtraGroups(number(args, ++i));
                    break;
                case "--login-block-user":
                    int[] user = budget(value(args, ++i), "--login-block-user");
                    config = config.withLoginBlocking(config.loginBlocking().withUser(user[0],
                            Duration.ofSeconds(user[1])));
                    break;
                case "--login-block-ip":
                    int[] ip = budget(value(args, ++i), "--login-block-ip");
                    config = config.withLoginBlocking(config.loginBlocking().withIp(ip[0], Duration.ofSeconds(ip[1])));
                    break;
                case "--json-logout":
                    config = config.withJsonLogout();
                    break;
                case "--rate-limit":
                    int[] calls = budget(value(args, ++i), "--rate-limit");
                    config = config.withRateLimit(calls[0], Duration.ofSeconds(calls[1]));
                    break;
                default:
                    throw new IllegalArgumentException("Unknown option: " + args[i]);
            }
        }
        return config;
    }

    private static String describe(LoginBlocking blocking) {
        return blocking.userAttempts() + " failures per username in " + blocking.userWindow().toSeconds() + " s, "
                + blocking.ipAttempts() + " per IP in " + blocking.ipWindow().toSeconds() + " s";
    }

    private static void printWelcome(PrintStream out, FakeWorkspace workspace, FakeWorkspaceConfig config) {
        out.println("Fake Rocket.Chat workspace at " + workspace.baseUri());
        out.println("Rate limiter: " + (config.rateLimitEnabled()
                ? config.rateLimitCalls() + " calls per " + config.rateLimitWindow().toSeconds() + " s" : "off")
                + "; logout answers " + (config.jsonLogout() ? "JSON" : "an empty body")
                + "; logins block after " + describe(config.loginBlocking()));
        out.println("Every user's password: " + DemoSeed.PASSWORD);
        out.printf("  %-8s %s%n", DemoSeed.ALEX, "about 40 private groups (+" + config.extraGroups()
                + " generated); email " + DemoSeed.EMAIL);
        out.printf("  %-8s %s%n", "", "personal token: X-User-Id " + DemoSeed.ALEX_USER_ID + ", X-Auth-Token "
                + DemoSeed.ALEX_PERSONAL_TOKEN);
        out.printf("  %-8s %s%n", DemoSeed.NEWBIE, "no private groups");
        out.printf("  %-8s %s%n", DemoSeed.ADMIN, "role admin (groups.listAll, not rate limited)");
        out.printf("  %-8s %s%n", DemoSeed.SAM, "authenticator-app 2FA, code " + DemoSeed.TOTP_CODE);
        out.printf("  %-8s %s%n", DemoSeed.ROBIN, "email 2FA, code " + DemoSeed.EMAIL_CODE);
        out.printf("  %-8s %s%n", DemoSeed.JORDAN + ",", DemoSeed.PRIYA + ": members of alex's groups");
        out.println("Rocket.Chat's API-test admin: " + DemoSeed.UPSTREAM_ADMIN + " (role admin; the password is the"
                + " username)");
        out.println("Test controls under " + workspace.baseUri() + "/_fake/ (from this machine; a POST needs"
                + " Content-Type: application/json). Ctrl+C stops.");
    }

    /** COUNT/SECONDS, as in {@code --rate-limit 10/60}. */
    private static int[] budget(String text, String option) {
        String[] parts = text.split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException(option + " wants COUNT/SECONDS, e.g. 10/60");
        }
        return new int[] {parseNumber(parts[0]), parseNumber(parts[1])};
    }

    private static int number(String[] args, int index) {
        return parseNumber(value(args, index));
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }

    private static int parseNumber(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a number: " + text);
        }
    }
}
