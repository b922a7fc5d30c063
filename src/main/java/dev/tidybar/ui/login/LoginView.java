package dev.tidybar.ui.login;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.tidybar.ui.common.HoverTooltip;
import dev.tidybar.ui.common.NoticeBar;
import dev.tidybar.ui.common.UiText;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The login form, centred, scrolling when the window is too small for it. It only binds to
 * {@link LoginViewModel}; every decision is made there.
 */
public final class LoginView extends ScrollPane {

    /** The widest the "Keep me signed in" tooltip grows before it wraps. */
    private static final double TOOLTIP_WIDTH = 360;

    private final LoginViewModel viewModel;
    private final UiText text;
    private final Map<LoginField, Control> fields = new EnumMap<>(LoginField.class);

    public LoginView(LoginViewModel viewModel, UiText text) {
        this.viewModel = viewModel;
        this.text = text;
        getStyleClass().addAll("login-scroll", Tweaks.EDGE_TO_EDGE);
        setFitToWidth(true);
        setFitToHeight(true);

        var heading = new Label(text.get("login.heading"));
        heading.getStyleClass().add(Styles.TITLE_2);
        var subheading = new Label(text.get("login.subheading"));
        subheading.getStyleClass().addAll(Styles.TEXT_MUTED, "login-subheading");
        wrap(subheading);

        var form = new VBox(workspaceRow(), credentialsRows(), tokenRows(), codeRows(), tokenSwitch(), keepSwitch());
        form.getStyleClass().add("login-form");
        form.disableProperty().bind(viewModel.busyProperty());

        var noticeBar = new NoticeBar(viewModel.noticeProperty(), text);
        noticeBar.dismissOnEscapeIn(this);
        var resuming = new Label();
        resuming.setId("resumingLabel");
        resuming.textProperty().bind(viewModel.resumingProperty());
        wrap(resuming);
        bindShown(resuming, viewModel.resumingProperty().isNotEmpty());
        var card = new VBox(heading, subheading, resuming, noticeBar, form, buttonRow());
        card.getStyleClass().add("login-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        var screen = new StackPane(card);
        screen.getStyleClass().add("login-screen");
        setContent(screen);

        viewModel.focusRequestProperty().addListener((observable, was, field) -> {
            if (field != null) {
                fields.get(field).requestFocus();
            }
        });
        sceneProperty().addListener((observable, was, scene) -> {
            if (scene != null) {
                Platform.runLater(viewModel::focusFirstEmptyField);
            }
        });
    }

    private Node workspaceRow() {
        var workspace = new ComboBox<String>(viewModel.recentWorkspaces());
        workspace.setId("workspaceField");
        workspace.setEditable(true);
        workspace.setMaxWidth(Double.MAX_VALUE);
        workspace.setPromptText(text.get("login.workspace.prompt"));
        workspace.getEditor().textProperty().bindBidirectional(viewModel.inputProperty(LoginField.WORKSPACE));
        workspace.setCellFactory(list -> new RecentWorkspaceCell(text, address -> forget(workspace, address)));
        // The combo box hands its keys on to its editor, so a filter there sees each key once.
        workspace.getEditor().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            // Delete in the open list forgets the highlighted address, as in a browser's address bar.
            String highlighted = workspace.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.DELETE && workspace.isShowing() && highlighted != null) {
                forget(workspace, highlighted);
                event.consume();
            }
        });
        fields.put(LoginField.WORKSPACE, workspace);
        var plainHttp = new Label();
        plainHttp.setId("plainHttpWarning");
        plainHttp.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
        plainHttp.textProperty().bind(viewModel.plainHttpWarningProperty());
        wrap(plainHttp);
        bindShown(plainHttp, viewModel.plainHttpWarningProperty().isNotEmpty());
        var row = new VBox(labelled("login.workspace", workspace), plainHttp);
        row.getStyleClass().add("login-group");
        return row;
    }

    /** Left alone, the combo box would select and show the neighbour of a removed entry: the field keeps its text. */
    private void forget(ComboBox<String> workspace, String address) {
        String shown = workspace.getEditor().getText();
        workspace.getSelectionModel().clearSelection();
        viewModel.forgetRecentWorkspace(address);
        workspace.getEditor().setText(shown);
    }

    private Node credentialsRows() {
        return shownWhen(viewModel.usePersonalTokenProperty().not()
                        .and(viewModel.stepProperty().isEqualTo(LoginStep.CREDENTIALS)),
                labelled("login.user", input(new TextField(), "userField", LoginField.USER)),
                labelled("login.password", input(new PasswordField(), "passwordField", LoginField.PASSWORD)));
    }

    private Node tokenRows() {
        return shownWhen(viewModel.usePersonalTokenProperty(),
                labelled("login.userId", input(new TextField(), "userIdField", LoginField.USER_ID)),
                labelled("login.token", input(new PasswordField(), "tokenField", LoginField.TOKEN)));
    }

    private Node codeRows() {
        var hint = new Label();
        hint.setId("codeHint");
        wrap(hint);
        hint.textProperty().bind(viewModel.codeHintProperty());
        return shownWhen(viewModel.stepProperty().isEqualTo(LoginStep.TWO_FACTOR), hint,
                labelled("login.code", input(new TextField(), "codeField", LoginField.CODE)));
    }

    private Node tokenSwitch() {
        // A check box rather than AtlantaFX's ToggleSwitch, which reacts to neither the keyboard nor its label.
        var toggle = new CheckBox(text.get("login.usePersonalToken"));
        toggle.setId("personalTokenSwitch");
        toggle.selectedProperty().bindBidirectional(viewModel.usePersonalTokenProperty());
        var help = new Label(text.get("login.usePersonalToken.help"));
        help.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        wrap(help);
        return shownWhen(viewModel.stepProperty().isEqualTo(LoginStep.CREDENTIALS), toggle, help);
    }

    private Node keepSwitch() {
        KeepSignedIn keep = viewModel.keepSignedIn();
        var box = new CheckBox(text.get("login.keep"));
        box.setId("keepSignedInSwitch");
        box.selectedProperty().bindBidirectional(keep.selectedProperty());
        box.disableProperty().bind(keep.availabilityProperty().isNotEqualTo(KeepSignedIn.Availability.AVAILABLE));
        // greyed out is when the tooltip matters most (it says why): the row around the box shows it then
        var row = new HBox(box);
        row.setMaxWidth(Region.USE_PREF_SIZE);
        new HoverTooltip(box).wrappingAt(TOOLTIP_WIDTH).follow(keep.explanationProperty()).evenWhenDisabledIn(row);
        return row;
    }

    private Node buttonRow() {
        var back = new Button(text.get("login.back"));
        back.setId("backButton");
        back.setOnAction(event -> viewModel.backToCredentials());
        bindShown(back, viewModel.stepProperty().isEqualTo(LoginStep.TWO_FACTOR).and(viewModel.busyProperty().not()));

        var cancel = new Button(text.get("login.cancel"));
        cancel.setId("cancelButton");
        cancel.cancelButtonProperty().bind(viewModel.busyProperty());
        cancel.setOnAction(event -> viewModel.cancel());
        bindShown(cancel, viewModel.busyProperty());

        var spinner = new ProgressIndicator();
        spinner.getStyleClass().add("login-spinner");
        var login = new Button();
        login.setId("loginButton");
        login.getStyleClass().add("login-submit");
        login.setDefaultButton(true);
        login.textProperty().bind(Bindings.when(viewModel.busyProperty()).then(text.get("login.busy"))
                .otherwise(Bindings.when(viewModel.stepProperty().isEqualTo(LoginStep.TWO_FACTOR))
                        .then(text.get("login.submit.code")).otherwise(text.get("login.submit"))));
        login.graphicProperty().bind(Bindings.when(viewModel.busyProperty()).then((Node) spinner)
                .otherwise((Node) null));
        login.disableProperty().bind(viewModel.busyProperty());
        login.setOnAction(event -> viewModel.signIn());

        var gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        var row = new HBox(back, cancel, gap, login);
        row.getStyleClass().add("login-buttons");
        // While signing in, the focus goes to Cancel so Esc and Space both stop it.
        viewModel.busyProperty().addListener((observable, was, busy) -> {
            if (busy) {
                cancel.requestFocus();
            }
        });
        return row;
    }

    private Control input(TextInputControl control, String id, LoginField field) {
        control.setId(id);
        control.textProperty().bindBidirectional(viewModel.inputProperty(field));
        fields.put(field, control);
        return control;
    }

    private Node labelled(String labelKey, Control field) {
        var label = new Label(text.get(labelKey));
        label.setLabelFor(field);
        label.getStyleClass().add("login-label");
        field.setAccessibleText(label.getText());
        var pair = new VBox(label, field);
        pair.getStyleClass().add("login-field");
        return pair;
    }

    /** Wraps, and never gives up lines to a short window: the form scrolls instead. */
    private static void wrap(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
    }

    private static Node shownWhen(ObservableValue<Boolean> condition, Node... children) {
        var group = new VBox(children);
        group.getStyleClass().add("login-group");
        bindShown(group, condition);
        return group;
    }

    private static void bindShown(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
