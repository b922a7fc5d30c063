package dev.tidybar.ui.groups;

import dev.tidybar.api.RateLimit;
import dev.tidybar.api.RocketChatClient;
import dev.tidybar.api.Session;
import dev.tidybar.ui.common.GroupChange;
import dev.tidybar.ui.common.RunningTask;
import dev.tidybar.ui.common.TaskRunner;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one way closes and reopens reach the server. It remembers the rate-limit headers of the last
 * answer, which is what a bulk close will pace its queue by.
 */
public final class GroupActions {

    private final RocketChatClient client;
    private final Session session;
    private final TaskRunner tasks;
    private RateLimit lastRateLimit;

    public GroupActions(RocketChatClient client, Session session, TaskRunner tasks) {
        this.client = client;
        this.session = session;
        this.tasks = tasks;
    }

    /** Sends {@code request} off the FX thread; exactly one of the callbacks then runs on it. */
    public RunningTask submit(MembershipRequest request, Runnable onDone, Consumer<? super Exception> onFailure) {
        return tasks.run(() -> send(request), rateLimit -> {
            rateLimit.ifPresent(latest -> lastRateLimit = latest);
            onDone.run();
        }, onFailure);
    }

    /** The rate-limit headers of the last successful answer, if the server sent any. */
    public Optional<RateLimit> lastRateLimit() {
        return Optional.ofNullable(lastRateLimit);
    }

    private Optional<RateLimit> send(MembershipRequest request) throws Exception {
        return request.change() == GroupChange.CLOSE
                ? client.closeGroup(session, request.roomId())
                : client.openGroup(session, request.roomId());
    }
}
