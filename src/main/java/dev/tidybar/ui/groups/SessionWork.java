package dev.tidybar.ui.groups;

import dev.tidybar.api.RocketChatClient;
import dev.tidybar.api.Session;
import dev.tidybar.ui.common.Countdown;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.TaskRunner;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ObjectProperty;

/**
 * What the groups screen's background work shares: the signed-in session and its client, the task
 * runner, the list the answers go into, and where failures, banners and rate-limit waits are told.
 *
 * @param active false once the session is over: nothing more is sent or read
 */
record SessionWork(RocketChatClient client, Session session, TaskRunner tasks, GroupList list, ErrorNotices errors,
                   FailureBanners failures, ObjectProperty<Notice> notice, Countdown countdown,
                   BooleanSupplier active) {

    boolean isActive() {
        return active.getAsBoolean();
    }
}
