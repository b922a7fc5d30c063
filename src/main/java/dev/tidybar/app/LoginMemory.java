package dev.tidybar.app;

import dev.tidybar.api.InvalidWorkspaceAddressException;
import dev.tidybar.api.Session;
import dev.tidybar.api.WorkspaceAddress;
import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.ui.login.LoginViewModel;
import java.net.URI;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * What the login form starts with, and what a successful sign-in leaves behind for next time: the
 * workspace (also in the recent list) and the username. The demo workspace's throwaway address is
 * never remembered; a session kept in the demo finds this run's address.
 */
final class LoginMemory {

    private final AppPreferences preferences;

    LoginMemory(AppPreferences preferences) {
        this.preferences = preferences;
    }

    /** The command line's --server and --user first, else what was remembered. */
    void fillIn(LoginViewModel login, CommandLine commandLine) {
        login.recentWorkspaces().setAll(preferences.recentWorkspaces());
        login.workspaceProperty().set(commandLine.serverOption().or(preferences::lastWorkspace).orElse(""));
        login.userProperty().set(commandLine.userOption().or(preferences::lastUser).orElse(""));
    }

    /** The demo's address and its documented login, so Enter signs in. */
    static void fillInDemo(LoginViewModel login, URI demoWorkspace) {
        login.recentWorkspaces().setAll(List.of(demoWorkspace.toString()));
        login.workspaceProperty().set(demoWorkspace.toString());
        login.userProperty().set(DemoSeed.ALEX);
        login.passwordProperty().set(DemoSeed.PASSWORD);
    }

    /** {@code --smoke-test} on a workspace: the command line's address and user, the password from the environment. */
    static void fillInSmokeTest(LoginViewModel login, CommandLine commandLine, String password) {
        login.workspaceProperty().set(commandLine.serverOption().orElseThrow());
        login.userProperty().set(commandLine.userOption().orElseThrow());
        login.passwordProperty().set(password);
    }

    /**
     * The demo workspace starts afresh at each run: a session kept in an earlier run comes back on this
     * run's address, and the workspace takes its token, as a real server that kept running would.
     */
    static UnaryOperator<Session> demoComeback(FakeWorkspace demo) {
        WorkspaceAddress here;
        try {
            here = WorkspaceAddress.parse(demo.baseUri().toString());
        } catch (InvalidWorkspaceAddressException e) {
            throw new IllegalStateException("The demo workspace's own address", e);
        }
        return kept -> {
            demo.acceptToken(kept.userId(), kept.authToken());
            return new Session(here, kept.userId(), kept.authToken(), kept.username(), kept.displayName(),
                    kept.personalToken());
        };
    }

    /** Remembers each sign-in and keeps the form's recent list up to date; an address the user forgets stays forgotten. */
    void rememberSignIns(ObservableValue<Session> session, LoginViewModel login) {
        ObservableList<String> recent = login.recentWorkspaces();
        recent.addListener((ListChangeListener<String>) change -> preferences.rememberRecentWorkspaces(List.copyOf(recent)));
        session.addListener((observable, was, signedIn) -> {
            if (signedIn != null) {
                // a personal-token sign-in typed no username worth remembering
                preferences.rememberSignIn(signedIn.workspace().toString(),
                        signedIn.personalToken() ? null : login.userProperty().get().strip());
                // the address field is the list's editor: replacing the list empties it, and the form
                // must still show the address when the user logs out or the session ends
                String address = login.workspaceProperty().get();
                recent.setAll(preferences.recentWorkspaces());
                login.workspaceProperty().set(address);
            }
        });
    }
}
