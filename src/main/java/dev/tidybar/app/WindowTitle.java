package dev.tidybar.app;

import dev.tidybar.api.InvalidWorkspaceAddressException;
import dev.tidybar.api.Session;
import dev.tidybar.api.WorkspaceAddress;
import dev.tidybar.ui.common.UiText;

/**
 * "Tidybar — host", so a window (and a taskbar entry) says which workspace it is about; led by the
 * queue's progress while it works ("12/140 closed · Tidybar — host"), so a window in the background
 * still tells how far a batch is.
 */
final class WindowTitle {

    private WindowTitle() {
    }

    /** The signed-in workspace's host, else the typed one's if it is a valid address, else just the name. */
    static String of(UiText text, Session session, String typedWorkspace, boolean demo, String queueProgress) {
        String title = of(text, session, typedWorkspace, demo);
        return queueProgress == null || queueProgress.isBlank() ? title
                : text.format("app.title.withProgress", queueProgress, title);
    }

    private static String of(UiText text, Session session, String typedWorkspace, boolean demo) {
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
