package dev.tidybar.ui.login;

import javafx.beans.property.SimpleStringProperty;

/**
 * The text of the password, token or code field. JavaFX's own string property prints its value in
 * toString, so the secret would reach any log line or failure message that shows the property.
 */
final class SecretText extends SimpleStringProperty {

    SecretText(Object bean, String name) {
        super(bean, name, "");
    }

    /** Says whether anything was typed, which helps with a form that will not submit, but not what. */
    @Override
    public String toString() {
        String typed = get();
        return "SecretText[" + getName() + (typed == null || typed.isEmpty() ? ", empty]" : ", <redacted>]");
    }
}
