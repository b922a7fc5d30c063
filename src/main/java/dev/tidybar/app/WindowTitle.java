package dev.tidybar.app;

import dev.tidybar.api.InvalidWorkspaceAddressException;
import dev.tidybar.api.Session;
import dev.tidybar.api.WorkspaceAddress;
import dev.tidybar.ui.common.UiText;

/** "Tidybar — host", so a window (and a taskbar entry) says which workspace it is about. */
final class WindowTitle {

    private WindowTitle() {
    }

    /** The signed-in workspace's host, else the typed one's if it is a valid address, else just the name. */
    static String of(UiText text, Session session, String typedWorkspace, boolean demo) {
        String host;
        if (session != null) {
            host = session.workspace().host();
        } else {
            try {
                host = WorkspaceAddress.parse(typedWorkspace).host();
            } catch (InvalidWorkspaceAddressException e) {
                return text.get("app.title");
            }
        }
        return text.format(demo ? "shell.title.demo" : "app.title.withHost", host);
    }
}
