package dev.tidybar.ui.login;

import dev.tidybar.api.InvalidWorkspaceAddressException;
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
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The login form's state and commands: a password sign-in (with a second step for a 2FA code) or
 * a personal-access-token sign-in. Whatever goes wrong, the fields keep what the user typed and a
 * notice says why.
 */
public final class LoginViewModel {

    private final SignInSender sender;
    private final ErrorNotices errors;
    private final UiText text;
    private final KeepSignedIn keep;
    private final Consumer<Session> onSignedIn;

    // Properties
    private final LoginForm form = new LoginForm(this);
    private final ObservableList<String> recentWorkspaces = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper codeHint = new ReadOnlyStringWrapper(this, "codeHint", "");
    private final ReadOnlyStringWrapper resuming = new ReadOnlyStringWrapper(this, "resuming", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");
    private final RetryCountdown retryCountdown;
    private final PlainHttpGuard plainHttp;
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
        this.retryCountdown = new RetryCountdown(countdown, errors, text, notice);
        this.plainHttp = new PlainHttpGuard(form.input(LoginField.WORKSPACE), text);
        notice.addListener((observable, was, now) -> {
            if (now == null) {
                retryCountdown.stop();
            }
        });
        form.usePersonalTokenProperty().addListener((observable, was, now) -> notice.set(null));
        busy.addListener((observable, was, now) -> {
            if (!now) {
                resuming.set(heldFor == null ? "" : heldFor);
            }
        });
    }

    // Properties

    public StringProperty workspaceProperty() {
        return form.input(LoginField.WORKSPACE);
    }

    /** Recently used workspace addresses, newest first, for the address field's list. */
    public ObservableList<String> recentWorkspaces() {
        return recentWorkspaces;
    }

    public StringProperty userProperty() {
        return form.input(LoginField.USER);
    }

    public StringProperty passwordProperty() {
        return form.input(LoginField.PASSWORD);
    }

    public BooleanProperty usePersonalTokenProperty() {
        return form.usePersonalTokenProperty();
    }

    /** The text of one of the form's fields. */
    public StringProperty inputProperty(LoginField field) {
        return form.input(field);
    }

    public ReadOnlyObjectProperty<LoginStep> stepProperty() {
        return form.stepProperty();
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
    public ReadOnlyObjectProperty<LoginField> focusRequestProperty() {
        return form.focusRequestProperty();
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
            address = WorkspaceAddress.parse(form.valueOf(LoginField.WORKSPACE));
        } catch (InvalidWorkspaceAddressException e) {
            show(errors.invalidWorkspaceAddress(e), LoginField.WORKSPACE);
            return;
        }
        LoginField missing = form.firstMissing();
        if (missing != null) {
            show(Notice.of(Notice.Severity.WARNING, text.get("login.missing.title"),
                    text.get("login.missing." + missing.key())), missing);
            return;
        }
        if (plainHttp.needsConfirmation(address)) {
            show(plainHttp.question(address, this::signIn), LoginField.WORKSPACE);
            return;
        }
        var request = form.asRequest(address);
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
        show(Notice.of(Notice.Severity.INFO, text.get("login.cancelled"), ""), form.toFix());
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
        form.backToCredentials();
        notice.set(null);
        form.requestFocus(LoginField.PASSWORD);
    }

    /** Moves the focus to the first field the user still has to fill in, or to the one to put right when all are. */
    public void focusFirstEmptyField() {
        form.focusFirstEmpty();
    }

    /**
     * Back from a session (signed out, or the server ended it): secrets are forgotten, the workspace
     * and username are kept, and {@code why} (or nothing) is shown.
     */
    public void sessionEnded(Notice why) {
        form.forgetSecrets();
        notice.set(why);
        focusFirstEmptyField();
    }

    // Work

    /** Checks a kept session with the server; the form shows whose it is, in case the user signs in instead. */
    private void resume(Session kept) {
        if (busy.get()) {
            return;
        }
        form.usePersonalTokenProperty().set(kept.personalToken());
        workspaceProperty().set(kept.workspace().toString());
        form.input(kept.personalToken() ? LoginField.USER_ID : LoginField.USER)
                .set(kept.personalToken() ? kept.userId() : kept.username());
        notice.set(null);
        busy.set(true);
        resuming.set(text.format("login.resuming", kept.username(), kept.workspace().host()));
        sender.send(SignInRequest.withKeptSession(kept), this::signedIn, this::failed);
    }

    private void signedIn(Session session) {
        busy.set(false);
        form.forgetSecrets();
        onSignedIn.accept(session);
    }

    private void failed(SignInRequest request, Exception failure) {
        busy.set(false);
        if (!(failure instanceof RocketChatException rejected)) {
            // Not a server answer but a bug: the app's uncaught-exception dialog reports it.
            throw new IllegalStateException("Sign-in failed unexpectedly", failure);
        }
        WorkspaceAddress address = request.workspace();
        if (request.kept() != null) {
            show(keep.checkFailed(rejected, request.kept(), () -> resume(request.kept()), notice::set), form.toFix());
        } else if (rejected instanceof TwoFactorRequiredException required) {
            askForCode(required, request.passwordLogin().user());
        } else if (rejected instanceof RateLimitedException rateLimited && !rateLimited.tooLongToWait()) {
            retryCountdown.start(rateLimited, address);
        } else {
            show(request.personalToken() ? errors.tokenLoginFailure(rejected, address)
                    : errors.loginFailure(rejected, address), form.toFix());
        }
    }

    private void askForCode(TwoFactorRequiredException required, String user) {
        String key = required.method() == TwoFactorRequiredException.Method.EMAIL
                ? "login.code.fromEmail" : "login.code.fromApp";
        codeHint.set(text.format(key, user));
        notice.set(null);
        form.askForCode();
        form.requestFocus(LoginField.CODE);
    }

    private void show(Notice shown, LoginField focus) {
        notice.set(shown);
        form.requestFocus(focus);
    }
}
