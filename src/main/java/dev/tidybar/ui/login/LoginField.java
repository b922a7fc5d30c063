package dev.tidybar.ui.login;

/** The login form's inputs, so the view can move the focus to the one that needs attention. */
public enum LoginField {
    WORKSPACE("workspace"), USER("user"), PASSWORD("password"), USER_ID("userId"), TOKEN("token"), CODE("code");

    private final String key;

    LoginField(String key) {
        this.key = key;
    }

    /** The field's name in property names and in the UI text's keys ("login.missing.userId"). */
    String key() {
        return key;
    }
}
