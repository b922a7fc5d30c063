package dev.tidybar.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.tidybar.api.ClientSettings;
import dev.tidybar.api.HttpRocketChatClient;
import dev.tidybar.api.Session;
import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.keychain.MemoryKeychain;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.HeldTaskRunner;
import dev.tidybar.ui.common.SameThreadTaskRunner;
import dev.tidybar.ui.common.UiText;
import dev.tidybar.ui.login.KeepSignedIn;
import dev.tidybar.ui.pages.GroupsPage;
import dev.tidybar.ui.pages.LoginPage;
import dev.tidybar.ui.queue.MemoryQueueStore;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * One user signs out and in again while an answer from the first session is still on its way: it
 * must not touch the second. The task runner holds every call until the test releases it, so the
 * late answer arrives exactly when the test says.
 */
@ExtendWith(ApplicationExtension.class)
class SessionSwitchFxTest {

    private final HeldTaskRunner held = new HeldTaskRunner();
    private FakeWorkspace fake;
    private HttpRocketChatClient client;
    private AppShell shell;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fake = FakeWorkspace.start(FakeWorkspaceConfig.demo());
        client = new HttpRocketChatClient(ClientSettings.defaults("test"));
        var text = UiText.load(Locale.ENGLISH);
        var clock = Clock.systemUTC();
        var errors = new ErrorNotices(text, clock);
        shell = new AppShell(client, held, errors, text, clock, new Region(), new MemoryQueueStore(),
                new SimpleBooleanProperty(true),
                new KeepSignedIn(MemoryKeychain.emptyKeeper(), new SameThreadTaskRunner(), errors, text));
        shell.login().workspaceProperty().set(fake.baseUri().toString());
        var scene = new Scene(shell.root(), 900, 700);
        scene.getStylesheets().add(AppShell.class.getResource("/dev/tidybar/ui/tidybar.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        client.close();
        fake.close();
    }

    @Test
    void aCloseAnsweringAfterSigningOutAndInAgainLeavesTheNewSessionAlone(FxRobot robot) {
        signIn(robot);
        new GroupsPage(robot).clickClose("design-team");
        robot.clickOn("#logoutButton");
        // the close is still on the wire: Log out asks first
        robot.clickOn(robot.lookup("#leaveQuestion .button").queryAllAs(Button.class).stream()
                .filter(button -> button.getText().equals("Log out")).findFirst().orElseThrow());
        robot.interact(held::releaseNewest);
        assertThat(new LoginPage(robot).isShown()).isTrue();

        Session second = signIn(robot);
        robot.interact(held::releaseAll);

        assertThat(shell.sessionProperty().get()).isSameAs(second);
        assertThat(new LoginPage(robot).isShown()).isFalse();
        // the old close's answer changed nothing; the close itself was saved when signing out, and is offered
        assertThat(shell.groupsNoticeProperty().get().title()).isEqualTo("Resume 1 close?");
    }

    /** Fills in the form, signs in and loads the list, leaving any older held call held. */
    private Session signIn(FxRobot robot) {
        robot.interact(() -> {
            shell.login().userProperty().set(DemoSeed.ALEX);
            shell.login().passwordProperty().set(DemoSeed.PASSWORD);
            shell.login().signIn();
            held.releaseNewest();
            held.releaseNewest();
        });
        assertThat(shell.listLoadedProperty().get()).isTrue();
        return shell.sessionProperty().get();
    }
}
