package dev.tidybar.ui.login;

import dev.tidybar.api.InvalidWorkspaceAddressException;
import dev.tidybar.api.PasswordLogin;
import dev.tidybar.api.RateLimitedException;
import dev.tidybar.api.RocketChatClient;
import dev.tidybar.api.RocketChatException;
import dev.tidybar.api.Session;
import dev.tidybar.api.TwoFactorRequiredException;
import dev.tidybar.api.WorkspaceAddress;
import dev.tidybar.ui.common.Countdown;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.TaskRunner;
import dev.tidybar.ui.common.UiText;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The login form's state and commands: a password sign-in (with a second step for a 2FA code) or
 * a personal-access-token sign-in. Whatever goes wrong, the fields keep what the user typed and a
 * notice says why.
 */
public final class LoginViewModel {

    /** The form's inputs, so the view can move the focus to the one that needs attention. */
    public enum Field {
        WORKSPACE("workspace"), USER("user"), PASSWORD("password"), USER_ID("userId"), TOKEN("token"), CODE("code");

        private final String key;

        Field(String key) {
            this.key = key;
        }
    }

    /** The password sign-in asks for credentials first, then for a 2FA code if the server wants one. */
    public enum Step { CREDENTIALS, TWO_FACTOR }

    /** What is typed there is kept out of toString, and forgotten once it has done its job. */
    private static final Set<Field> SECRETS = EnumSet.of(Field.PASSWORD, Field.TOKEN, Field.CODE);

    private final SignInSender sender;
    private final ErrorNotices errors;
    private final UiText text;
    private final KeepSignedIn keep;
    private final Consumer<Session> onSignedIn;

    // Properties
    private final ObservableList<String> recentWorkspaces = FXCollections.observableArrayList();
    private final BooleanProperty usePersonalToken = new SimpleBooleanProperty(this, "usePersonalToken");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.CREDENTIALS);
    private final ReadOnlyStringWrapper codeHint = new ReadOnlyStringWrapper(this, "codeHint", "");
    private final ReadOnlyStringWrapper resuming = new ReadOnlyStringWrapper(this, "resuming", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");
    private final ReadOnlyObjectWrapper<Field> focusRequest = new ReadOnlyObjectWrapper<>(this, "focusRequest");
    private final RetryCountdown retryCountdown;
    private final PlainHttpGuard plainHttp;
    private final Map<Field, StringProperty> inputs = new EnumMap<>(Field.class);
    /** What the form waits for before it can sign in (the demo workspace starting), or null. */
    private String heldFor;
    /** Log in was pressed while the form was held: it goes ahead on {@link #release()}. */
    private boolean signInWhenReleased;

    public LoginViewModel(RocketChatClient client, TaskRunner tasks, ErrorNotices errors, UiText text,
                          Countdown countdown, KeepSignedIn keep, Consumer<Session> onSignedIn) {
        this.sender = new SignInSender(client, tasks);
        this.errors = errors;
        this.text = text;
        this.keep = keep;
        this.onSignedIn = onSignedIn;
        for (Field field : Field.values()) {
            inputs.put(field, SECRETS.contains(field) ? new SecretText(this, field.key)
                    : new SimpleStringProperty(this, field.key, ""));
        }
        this.retryCountdown = new RetryCountdown(countdown, errors, text, notice);
        this.plainHttp = new PlainHttpGuard(inputs.get(Field.WORKSPACE), text);
        notice.addListener((observable, was, now) -> {
            if (now == null) {
                retryCountdown.stop();
            }
        });
        usePersonalToken.addListener((observable, was, now) -> {
            step.set(Step.CREDENTIALS);
            notice.set(null);
        });
        busy.addListener((observable, was, now) -> {
            if (!now) {
                resuming.set(heldFor == null ? "" : heldFor);
            }
        });
    }

    // Properties

    public StringProperty workspaceProperty() {
        return inputs.get(Field.WORKSPACE);
    }

    /** Recently used workspace addresses, newest first, for the address field's list. */
    public ObservableList<String> recentWorkspaces() {
        return recentWorkspaces;
    }

    public StringProperty userProperty() {
        return inputs.get(Field.USER);
    }

    public StringProperty passwordProperty() {
        return inputs.get(Field.PASSWORD);
    }

    public BooleanProperty usePersonalTokenProperty() {
        return usePersonalToken;
    }

    /** The text of one of the form's fields. */
    public StringProperty inputProperty(Field field) {
        return inputs.get(field);
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Said under the address while it is an {@code http://} address of another computer; empty otherwise. */
    public ReadOnlyStringProperty plainHttpWarningProperty() {
        return plainHttp.warningProperty();
    }

    /** Where the 2FA code comes from (an authenticator app, or an email just sent); empty before the server asks. */
    public ReadOnlyStringProperty codeHintProperty() {
        return codeHint.getReadOnlyProperty();
    }

    /** "Keep me signed in": the check box, and the session kept from an earlier run. */
    public KeepSignedIn keepSignedIn() {
        return keep;
    }

    /**
     * "Signing in as alex on chat.example.com…" while the session kept from an earlier run is checked, what the
     * form waits for while it is held; else empty.
     */
    public ReadOnlyStringProperty resumingProperty() {
        return resuming.getReadOnlyProperty();
    }

    /** True from "Log in" until the server has answered or the user cancelled. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The banner on the form, or null; the banner sets it to null when the user dismisses it. */
    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    /** The field that should get the keyboard focus next; it changes each time the focus should move. */
    public ReadOnlyObjectProperty<Field> focusRequestProperty() {
        return focusRequest.getReadOnlyProperty();
    }

    // Commands

    /** Signs in with what the form holds, or says what is missing. */
    public void signIn() {
        if (busy.get()) {
            return;
        }
        if (heldFor != null) {
            // the address is not there yet: the form is busy until it is, then signs in
            signInWhenReleased = true;
            notice.set(null);
            busy.set(true);
            return;
        }
        WorkspaceAddress address;
        try {
            address = WorkspaceAddress.parse(valueOf(Field.WORKSPACE));
        } catch (InvalidWorkspaceAddressException e) {
            show(errors.invalidWorkspaceAddress(e), Field.WORKSPACE);
            return;
        }
        Field missing = firstMissingField();
        if (missing != null) {
            show(Notice.of(Notice.Severity.WARNING, text.get("login.missing.title"),
                    text.get("login.missing." + missing.key)), missing);
            return;
        }
        if (plainHttp.needsConfirmation(address)) {
            show(plainHttp.question(address, this::signIn), Field.WORKSPACE);
            return;
        }
        var request = formAsRequest(address);
        notice.set(null);
        busy.set(true);
        sender.send(request, this::signedIn, this::failed);
    }

    /**
     * The workspace is not there yet (the demo's is still starting): the form says {@code why}, and a Log in
     * waits for {@link #release()} instead of failing on an empty address.
     */
    public void hold(String why) {
        heldFor = why;
        resuming.set(why);
    }

    /**
     * The workspace is there and the form filled in: a Log in pressed meanwhile goes ahead now; else the
     * focus goes to the first field still empty, as it does when the form opens.
     */
    public void release() {
        heldFor = null;
        if (signInWhenReleased) {
            signInWhenReleased = false;
            busy.set(false);
            signIn();
        } else if (!busy.get()) {
            resuming.set("");
            focusFirstEmptyField();
        }
    }

    /** The host a sign-in is on its way to; empty while none is (also while a held form waits to sign in). */
    public String signingInTo() {
        return busy.get() ? sender.pendingHost() : "";
    }

    /** Esc while signing in: forget the answer (a login it brings is logged out again), give the form back. */
    public void cancel() {
        if (!busy.get()) {
            return;
        }
        sender.abandon();
        signInWhenReleased = false;
        busy.set(false);
        show(Notice.of(Notice.Severity.INFO, text.get("login.cancelled"), ""), fieldToFix());
    }

    /** At start: signs in with the session the keychain kept, if there is one and the server still takes it. */
    public void resumeKeptSession() {
        keep.recall(this::resume, notice::set);
    }

    /** Removes an address from the recent list: the user does not want it offered any more. */
    public void forgetRecentWorkspace(String address) {
        recentWorkspaces.remove(address);
    }

    /** Leaves the 2FA step, back to the username and password. */
    public void backToCredentials() {
        step.set(Step.CREDENTIALS);
        inputs.get(Field.CODE).set("");
        notice.set(null);
        requestFocus(Field.PASSWORD);
    }

    /** Moves the focus to the first field the user still has to fill in, or to the last one when all are filled. */
    public void focusFirstEmptyField() {
        Field empty = valueOf(Field.WORKSPACE).isBlank() ? Field.WORKSPACE : firstMissingField();
        requestFocus(empty != null ? empty : fieldToFix());
    }

    /**
     * Back from a session (signed out, or the server ended it): secrets are forgotten, the workspace
     * and username are kept, and {@code why} (or nothing) is shown.
     */
    public void sessionEnded(Notice why) {
        forgetSecrets();
        notice.set(why);
        focusFirstEmptyField();
    }

    // Work

    /** Checks a kept session with the server; the form shows whose it is, in case the user signs in instead. */
    private void resume(Session kept) {
        if (busy.get()) {
            return;
        }
        usePersonalToken.set(kept.personalToken());
        workspaceProperty().set(kept.workspace().toString());
        inputs.get(kept.personalToken() ? Field.USER_ID : Field.USER)
                .set(kept.personalToken() ? kept.userId() : kept.username());
        notice.set(null);
        busy.set(true);
        resuming.set(text.format("login.resuming", kept.username(), kept.workspace().host()));
        sender.send(SignInRequest.withKeptSession(kept), this::signedIn, this::failed);
    }

    private SignInRequest formAsRequest(WorkspaceAddress address) {
        if (usePersonalToken.get()) {
            return SignInRequest.withPersonalToken(address, valueOf(Field.USER_ID).strip(), valueOf(Field.TOKEN).strip());
        }
        var login = new PasswordLogin(valueOf(Field.USER).strip(), valueOf(Field.PASSWORD), null);
        return SignInRequest.withPassword(address,
                step.get() == Step.TWO_FACTOR ? login.withTwoFactorCode(valueOf(Field.CODE).strip()) : login);
    }

    private void signedIn(Session session) {
        busy.set(false);
        forgetSecrets();
        onSignedIn.accept(session);
    }

    /** Once signed in, the password, token and code are not needed in memory any more. */
    private void forgetSecrets() {
        for (Field secret : SECRETS) {
            inputs.get(secret).set("");
        }
        step.set(Step.CREDENTIALS);
    }

    private void failed(SignInRequest request, Exception failure) {
        busy.set(false);
        if (!(failure instanceof RocketChatException rejected)) {
            // Not a server answer but a bug: the app's uncaught-exception dialog reports it.
            throw new IllegalStateException("Sign-in failed unexpectedly", failure);
        }
        WorkspaceAddress address = request.workspace();
        if (request.kept() != null) {
            show(keep.checkFailed(rejected, request.kept(), () -> resume(request.kept()), notice::set), fieldToFix());
        } else if (rejected instanceof TwoFactorRequiredException required) {
            askForCode(required, request.passwordLogin().user());
        } else if (rejected instanceof RateLimitedException rateLimited && !rateLimited.tooLongToWait()) {
            retryCountdown.start(rateLimited, address);
        } else {
            show(request.personalToken() ? errors.tokenLoginFailure(rejected, address)
                    : errors.loginFailure(rejected, address), fieldToFix());
        }
    }

    private void askForCode(TwoFactorRequiredException required, String user) {
        String key = required.method() == TwoFactorRequiredException.Method.EMAIL
                ? "login.code.fromEmail" : "login.code.fromApp";
        codeHint.set(text.format(key, user));
        inputs.get(Field.CODE).set("");
        notice.set(null);
        step.set(Step.TWO_FACTOR);
        requestFocus(Field.CODE);
    }

    private Field fieldToFix() {
        if (step.get() == Step.TWO_FACTOR) {
            return Field.CODE;
        }
        return usePersonalToken.get() ? Field.TOKEN : Field.PASSWORD;
    }

    private Field firstMissingField() {
        List<Field> required = usePersonalToken.get() ? List.of(Field.USER_ID, Field.TOKEN)
                : step.get() == Step.TWO_FACTOR ? List.of(Field.CODE) : List.of(Field.USER, Field.PASSWORD);
        return required.stream().filter(field -> valueOf(field).isBlank()).findFirst().orElse(null);
    }

    /** What the user typed in a field; never null, even when a combo box editor clears it. */
    private String valueOf(Field field) {
        return Objects.requireNonNullElse(inputs.get(field).get(), "");
    }

    private void show(Notice shown, Field focus) {
        notice.set(shown);
        requestFocus(focus);
    }

    private void requestFocus(Field field) {
        focusRequest.set(null);
        focusRequest.set(field);
    }
}
