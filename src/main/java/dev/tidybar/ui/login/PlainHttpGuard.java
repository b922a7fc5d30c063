package dev.tidybar.ui.login;

import dev.tidybar.api.InvalidWorkspaceAddressException;
import dev.tidybar.api.WorkspaceAddress;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.UiText;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;

/**
 * Guards a password or token from crossing the network unencrypted: an {@code http://} address of
 * another computer gets a warning under the address field as it is typed, and the sign-in waits for
 * a second, deliberate choice (a button in the banner, not Enter pressed again) before sending.
 * The choice holds for that address until the app quits.
 */
final class PlainHttpGuard {

    private final UiText text;
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private WorkspaceAddress confirmed;

    PlainHttpGuard(ObservableStringValue typedAddress, UiText text) {
        this.text = text;
        typedAddress.addListener((observable, was, typed) -> warning.set(warningFor(typed)));
    }

    /** The warning under the address field; empty when the address is https, loopback, or not an address yet. */
    ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** True when signing in to {@code address} must first be confirmed. */
    boolean needsConfirmation(WorkspaceAddress address) {
        return address.isPlainRemote() && !address.equals(confirmed);
    }

    /** The banner that asks; {@code send} signs in once the user chose to send anyway. */
    Notice question(WorkspaceAddress address, Runnable send) {
        return Notice.of(Notice.Severity.WARNING, text.get("login.plainHttp.question.title"),
                        text.format("login.plainHttp.question.message", address.host()))
                .withActions(new Notice.Action(text.get("login.plainHttp.sendAnyway"), () -> {
                    confirmed = address;
                    send.run();
                }));
    }

    private String warningFor(String typed) {
        try {
            var address = WorkspaceAddress.parse(typed);
            return address.isPlainRemote() ? text.format("login.plainHttp.warning", address.host()) : "";
        } catch (InvalidWorkspaceAddressException notYetAnAddress) {
            return "";
        }
    }
}
