package dev.tidybar.ui.pages;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The login screen as a user sees it: fields to type in, a button, a banner. Owns the #id selectors. */
public final class LoginPage {

    private static final int WAIT_SECONDS = 10;

    private final FxRobot robot;

    public LoginPage(FxRobot robot) {
        this.robot = robot;
    }

    public LoginPage typeCredentials(String user, String password) {
        replaceText("#userField", user);
        replaceText("#passwordField", password);
        return this;
    }

    public LoginPage typeWorkspace(String address) {
        replaceText("#workspaceField .text-field", address);
        return this;
    }

    public LoginPage switchToPersonalToken(String userId, String token) {
        robot.clickOn("#personalTokenSwitch");
        replaceText("#userIdField", userId);
        replaceText("#tokenField", token);
        return this;
    }

    public LoginPage tickKeepSignedIn() {
        robot.clickOn("#keepSignedInSwitch");
        return this;
    }

    public boolean keepSignedInTicked() {
        return keepSignedInSwitch().isSelected();
    }

    public boolean keepSignedInEnabled() {
        return !keepSignedInSwitch().isDisabled();
    }

    /** Points at "Keep me signed in" and waits for its tooltip to say {@code words}. */
    public void waitForKeepSignedInTooltip(String words) {
        // from elsewhere: a pointer already resting there (left by an earlier test) would make no move to hover with
        robot.moveTo("#loginButton").moveTo(keepSignedInSwitch());
        waitUntil(() -> ShownTooltips.of(robot).stream().anyMatch(text -> text.contains(words)),
                "the tooltip of Keep me signed in to say " + words);
    }

    /** "Signing in as alex on chat.example.com…" while a kept session is checked, else "". */
    public String resumingText() {
        return robot.lookup("#resumingLabel").tryQuery().filter(Node::isVisible)
                .map(label -> ((Labeled) label).getText()).orElse("");
    }

    public LoginPage typeCode(String code) {
        replaceText("#codeField", code);
        return this;
    }

    /** Opens the workspace field's list of recently used addresses. */
    public LoginPage openWorkspaceList() {
        robot.clickOn("#workspaceField .arrow-button");
        waitUntil(() -> workspaceField().isShowing(), "the list of recent workspaces");
        return this;
    }

    /** The addresses the open list shows, top to bottom. */
    public List<String> workspaceListEntries() {
        return robot.lookup(".recent-workspace .label").queryAllAs(Labeled.class).stream()
                .filter(Node::isVisible)
                .sorted(Comparator.comparingDouble(label -> label.localToScreen(0, 0).getY()))
                .map(Labeled::getText)
                .toList();
    }

    /** The address the keyboard has highlighted in the open list, or null. */
    public String highlightedWorkspace() {
        return workspaceField().getSelectionModel().getSelectedItem();
    }

    /** Clicks the small button that forgets {@code address} in the open list. */
    public void forgetWorkspaceWithMouse(String address) {
        Node row = robot.lookup(".recent-workspace").match((HBox box) -> box.getChildren().get(0) instanceof Labeled
                && address.equals(((Labeled) box.getChildren().get(0)).getText())).query();
        robot.clickOn(robot.from(row).lookup(".forget-workspace").queryButton());
    }

    /** Enter submits: "Log in" is the default button. */
    public void submitWithEnter() {
        robot.type(KeyCode.ENTER);
    }

    /** Clicks "Log in", scrolling down to it first when a banner has pushed it below the window's edge. */
    public void clickLogIn() {
        Node button = robot.lookup("#loginButton").query();
        for (var parent = button.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane card) {
                robot.interact(() -> card.setVvalue(card.getVmax()));
                break;
            }
        }
        robot.clickOn(button);
    }

    public void pressEscape() {
        robot.type(KeyCode.ESCAPE);
    }

    /** The ids of the controls the focus visits, pressing Tab {@code presses} times from where it is. */
    public List<String> tabThrough(int presses) {
        var visited = new ArrayList<String>();
        for (int i = 0; i < presses; i++) {
            robot.type(KeyCode.TAB);
            Node owner = robot.lookup("#loginButton").query().getScene().getFocusOwner();
            visited.add(owner == null ? "nothing" : owner.getId());
        }
        return visited;
    }

    public boolean isShown() {
        return robot.lookup("#loginButton").tryQuery().map(Node::isVisible).orElse(false);
    }

    public String loginButtonText() {
        return robot.lookup("#loginButton").queryAs(Button.class).getText();
    }

    public boolean loginButtonShowsSpinner() {
        return robot.lookup("#loginButton").queryAs(Button.class).getGraphic() != null;
    }

    public boolean formDisabled() {
        return robot.lookup("#userField").query().isDisabled();
    }

    public String fieldText(String id) {
        return robot.lookup("#" + id).queryAs(TextInputControl.class).getText();
    }

    public boolean codeFieldShown() {
        return robot.lookup("#codeField").tryQuery().map(Node::isVisible).orElse(false);
    }

    public String codeHint() {
        return robot.lookup("#codeHint").queryLabeled().getText();
    }

    public boolean focused(String id) {
        Node owner = robot.lookup("#loginButton").query().getScene().getFocusOwner();
        return owner != null && id.equals(owner.getId());
    }

    /** Every word on the banner (title, message), or "" when none is shown. */
    public String bannerText() {
        return robot.lookup("#noticeBar").tryQuery().filter(Node::isVisible)
                .map(bar -> robot.from(bar).lookup((Predicate<Node>) node -> node instanceof Labeled || node instanceof Text)
                        .queryAll().stream()
                        .filter(Node::isVisible)
                        .map(node -> node instanceof Labeled ? ((Labeled) node).getText() : ((Text) node).getText())
                        .filter(words -> words != null && !words.isBlank())
                        .collect(Collectors.joining("\n")))
                .orElse("");
    }

    public void waitForBanner(String words) {
        waitUntil(() -> bannerText().contains(words), "a banner saying " + words);
    }

    /** Waits on the FX thread's view of the world; fails with what it was waiting for. */
    public static void waitUntil(BooleanSupplier condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Waited " + WAIT_SECONDS + " s for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private CheckBox keepSignedInSwitch() {
        return robot.lookup("#keepSignedInSwitch").queryAs(CheckBox.class);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> workspaceField() {
        return robot.lookup("#workspaceField").queryAs(ComboBox.class);
    }

    private void replaceText(String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        if (!field.isVisible()) {
            throw new AssertionError(query + " is not shown");
        }
        robot.interact(field::clear);
        robot.clickOn(field);
        if (!text.isEmpty()) {
            robot.write(text);
        }
    }
}
