package dev.tidybar.ui.login;

import dev.tidybar.api.PasswordLogin;
import dev.tidybar.api.WorkspaceAddress;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the login form holds: the text of its fields, the personal-token switch and the step a password sign-in is
 * at; which field the user must still fill in or put right, which gets the keyboard focus, and the sign-in it asks
 * for.
 */
final class LoginForm {

    /** What is typed there is kept out of toString, and forgotten once it has done its job. */
    private static final Set<LoginField> SECRETS = EnumSet.of(LoginField.PASSWORD, LoginField.TOKEN, LoginField.CODE);

    private final Map<LoginField, StringProperty> inputs = new EnumMap<>(LoginField.class);
    private final BooleanProperty usePersonalToken;
    private final ReadOnlyObjectWrapper<LoginStep> step;
    private final ReadOnlyObjectWrapper<LoginField> focusRequest;

    /** {@code bean}: the view model, which the properties name as theirs. */
    LoginForm(Object bean) {
        for (LoginField field : LoginField.values()) {
            inputs.put(field, SECRETS.contains(field) ? new SecretText(bean, field.key())
                    : new SimpleStringProperty(bean, field.key(), ""));
        }
        usePersonalToken = new SimpleBooleanProperty(bean, "usePersonalToken");
        step = new ReadOnlyObjectWrapper<>(bean, "step", LoginStep.CREDENTIALS);
        focusRequest = new ReadOnlyObjectWrapper<>(bean, "focusRequest");
        // the other sign-in starts from its credentials
        usePersonalToken.addListener((observable, was, now) -> step.set(LoginStep.CREDENTIALS));
    }

    StringProperty input(LoginField field) {
        return inputs.get(field);
    }

    BooleanProperty usePersonalTokenProperty() {
        return usePersonalToken;
    }

    ReadOnlyObjectProperty<LoginStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The field that should get the keyboard focus next; it changes each time the focus should move. */
    ReadOnlyObjectProperty<LoginField> focusRequestProperty() {
        return focusRequest.getReadOnlyProperty();
    }

    /** Moves the focus to {@code field}, even when the last request named it too. */
    void requestFocus(LoginField field) {
        focusRequest.set(null);
        focusRequest.set(field);
    }

    /** Moves the focus to the first field still to fill in, or to the one to put right when all are filled. */
    void focusFirstEmpty() {
        LoginField empty = valueOf(LoginField.WORKSPACE).isBlank() ? LoginField.WORKSPACE : firstMissing();
        requestFocus(empty != null ? empty : toFix());
    }

    /** What the user typed in a field; never null, even when a combo box editor clears it. */
    String valueOf(LoginField field) {
        return Objects.requireNonNullElse(inputs.get(field).get(), "");
    }

    /** The first field the sign-in needs that is still blank, or null. */
    LoginField firstMissing() {
        List<LoginField> required = usePersonalToken.get() ? List.of(LoginField.USER_ID, LoginField.TOKEN)
                : step.get() == LoginStep.TWO_FACTOR ? List.of(LoginField.CODE)
                : List.of(LoginField.USER, LoginField.PASSWORD);
        return required.stream().filter(field -> valueOf(field).isBlank()).findFirst().orElse(null);
    }

    /** The field to put right when the server said no: the secret the sign-in was made with. */
    LoginField toFix() {
        if (step.get() == LoginStep.TWO_FACTOR) {
            return LoginField.CODE;
        }
        return usePersonalToken.get() ? LoginField.TOKEN : LoginField.PASSWORD;
    }

    /** The sign-in to {@code address} that the form asks for. */
    SignInRequest asRequest(WorkspaceAddress address) {
        if (usePersonalToken.get()) {
            return SignInRequest.withPersonalToken(address, valueOf(LoginField.USER_ID).strip(),
                    valueOf(LoginField.TOKEN).strip());
        }
        var login = new PasswordLogin(valueOf(LoginField.USER).strip(), valueOf(LoginField.PASSWORD), null);
        return SignInRequest.withPassword(address, step.get() == LoginStep.TWO_FACTOR
                ? login.withTwoFactorCode(valueOf(LoginField.CODE).strip()) : login);
    }

    /** The server wants a 2FA code: an empty field for it. */
    void askForCode() {
        inputs.get(LoginField.CODE).set("");
        step.set(LoginStep.TWO_FACTOR);
    }

    /** Back to the username and password, the code forgotten. */
    void backToCredentials() {
        step.set(LoginStep.CREDENTIALS);
        inputs.get(LoginField.CODE).set("");
    }

    /** Once signed in (or out), the password, token and code are not needed in memory any more. */
    void forgetSecrets() {
        for (LoginField secret : SECRETS) {
            inputs.get(secret).set("");
        }
        step.set(LoginStep.CREDENTIALS);
    }
}
