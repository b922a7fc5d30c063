package dev.tidybar.ui.groups;

import dev.tidybar.api.RocketChatClient;
import dev.tidybar.api.Session;
import dev.tidybar.ui.common.Countdown;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.TaskRunner;
import java.util.function.BooleanSupplier;

/**
 * What the groups screen's background work shares: the signed-in session and its client, the task
 * runner, the list the answers go into, and the banner, and the countdown that rate-limit waits run on.
 *
 * @param active false once the session is over: nothing more is sent or read
 */
record SessionWork(RocketChatClient client, Session session, TaskRunner tasks, GroupList list, ErrorNotices errors,
                   Banner banner, Countdown countdown,
                   BooleanSupplier active) {

    boolean isActive() {
        return active.getAsBoolean();
    }
}
