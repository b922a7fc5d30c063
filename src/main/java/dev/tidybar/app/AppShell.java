package dev.tidybar.app;

import dev.tidybar.api.RocketChatClient;
import dev.tidybar.api.Session;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.TaskRunner;
import dev.tidybar.ui.common.UiText;
import dev.tidybar.ui.login.LoginView;
import dev.tidybar.ui.login.LoginViewModel;
import java.time.Clock;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The window's content: the login screen until someone signs in, then their groups, and back to
 * the login screen when they sign out or the server ends the session.
 */
final class AppShell {

    private final RocketChatClient client;
    private final TaskRunner tasks;
    private final UiText text;
    private final BorderPane root = new BorderPane();
    private final LoginViewModel login;
    private final LoginView loginView;
    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyBooleanWrapper listLoaded = new ReadOnlyBooleanWrapper(this, "listLoaded");

    AppShell(RocketChatClient client, TaskRunner tasks, ErrorNotices errors, UiText text, Clock clock, Node statusBar) {
        this.client = client;
        this.tasks = tasks;
        this.text = text;
        this.login = new LoginViewModel(client, tasks, errors, text, this::signedIn);
        this.loginView = new LoginView(login, text);
        root.getStyleClass().add("app-shell");
        root.setBottom(statusBar);
        root.setCenter(loginView);
    }

    Parent root() {
        return root;
    }

    LoginViewModel login() {
        return login;
    }

    /** The signed-in user, or null while the login screen shows. */
    ReadOnlyObjectProperty<Session> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** True once the signed-in user's group list has loaded. */
    ReadOnlyBooleanProperty listLoadedProperty() {
        return listLoaded.getReadOnlyProperty();
    }

    int groupCount() {
        return 0;
    }

    private void signedIn(Session signedIn) {
        session.set(signedIn);
        var who = new Label(signedIn.displayName() + " @ " + signedIn.workspace().host());
        var logOut = new Button("Log out");
        logOut.setId("logoutButton");
        logOut.setOnAction(event -> tasks.run(() -> {
            client.logout(signedIn);
            return signedIn;
        }, done -> sessionEnded(null), failure -> sessionEnded(null)));
        var placeholder = new VBox(who, logOut);
        placeholder.setId("groupsView");
        root.setCenter(placeholder);
        listLoaded.set(true);
    }

    private void sessionEnded(Notice why) {
        listLoaded.set(false);
        session.set(null);
        root.setCenter(loginView);
        login.sessionEnded(why);
    }
}
