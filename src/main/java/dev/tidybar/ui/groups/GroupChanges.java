package dev.tidybar.ui.groups;

import dev.tidybar.api.AlreadyClosedException;
import dev.tidybar.api.AlreadyOpenException;
import dev.tidybar.api.GroupNotFoundException;
import dev.tidybar.api.RateLimitedException;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.GroupChange;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.UiText;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;

/**
 * Closing and reopening as the groups screen shows them: the row is busy (or waiting) while its
 * request is pending in {@link GroupActions}, and the outcome becomes a banner. A rate-limit wait
 * belongs to the request, not to the banner: another banner may take its place, or the user may
 * dismiss it, and the row still shows the wait until the request is sent or cancelled.
 */
final class GroupChanges implements GroupActions.Outcome {

    private final GroupList list;
    private final GroupActions actions;
    private final ObjectProperty<Notice> notice;
    private final ErrorNotices errors;
    private final UiText text;
    private final FailureBanners failures;
    private final Consumer<Notice.Action> syncOfferingUndo;
    private final BooleanSupplier active;
    private final Map<MembershipRequest, LiveBanner> waitBanners = new HashMap<>();

    /**
     * @param syncOfferingUndo reads what changed after a change; should that fail, its banner offers the undo
     * @param active             false once the session is over: nothing more is sent
     */
    GroupChanges(GroupList list, GroupActions actions, ObjectProperty<Notice> notice, ErrorNotices errors,
                 UiText text, FailureBanners failures, Consumer<Notice.Action> syncOfferingUndo,
                 BooleanSupplier active) {
        this.list = list;
        this.actions = actions;
        this.notice = notice;
        this.errors = errors;
        this.text = text;
        this.failures = failures;
        this.syncOfferingUndo = syncOfferingUndo;
        this.active = active;
    }

    /** Sends the change unless the session is over or the group already has one pending. */
    void change(MembershipRequest request) {
        var row = list.rowWithId(request.roomId());
        if (!active.getAsBoolean() || row.map(GroupRow::isBusy).orElse(false)) {
            return;
        }
        row.ifPresent(busy -> busy.setBusy(true));
        actions.submit(request, this);
    }

    /** Drops the change of {@code row} that waits for the rate limit: it is never sent. */
    void cancelWait(GroupRow row) {
        actions.waitingFor(row.id()).ifPresent(this::cancelWait);
    }

    private void cancelWait(MembershipRequest request) {
        actions.cancel(request);
        settled(request);
    }

    @Override
    public void succeeded(MembershipRequest request) {
        settled(request);
        // the server's answer says what the group is now; the delta that follows confirms the rest
        list.markHidden(request.roomId(), request.change() == GroupChange.CLOSE);
        String done = request.change() == GroupChange.CLOSE ? "groups.closed" : "groups.reopened";
        Runnable undo = () -> change(request.inverse());
        notice.set(Notice.of(Notice.Severity.SUCCESS, text.format(done + ".title", request.groupName()),
                        text.get(done + ".message"))
                .withActions(new Notice.Action(text.get("groups.undo"), undo)));
        String undoNamed = request.change() == GroupChange.CLOSE ? "groups.undo.close" : "groups.undo.open";
        syncOfferingUndo.accept(new Notice.Action(text.format(undoNamed, request.groupName()), undo));
    }

    @Override
    public void failed(MembershipRequest request, Exception failure) {
        settled(request);
        Runnable again = () -> change(request);
        failures.show(failure,
                problem -> errors.groupChangeFailure(problem, request.change(), request.groupName(), again), again);
        // the list was out of date: show what the answer says, and read what else changed
        if (failure instanceof GroupNotFoundException) {
            list.remove(request.roomId());
            syncOfferingUndo.accept(null);
        } else if (failure instanceof AlreadyClosedException || failure instanceof AlreadyOpenException) {
            list.markHidden(request.roomId(), failure instanceof AlreadyClosedException);
            syncOfferingUndo.accept(null);
        }
    }

    @Override
    public void waiting(MembershipRequest request, RateLimitedException limit, long secondsLeft) {
        list.rowWithId(request.roomId()).ifPresent(row -> row.setWaiting(true));
        var banner = errors.groupChangeRateLimited(limit, request.change(), request.groupName(), secondsLeft,
                () -> cancelWait(request));
        waitBanners.computeIfAbsent(request, shown -> new LiveBanner(notice)).tick(banner);
    }

    @Override
    public void resent(MembershipRequest request) {
        clearWaitBanner(request);
        list.rowWithId(request.roomId()).ifPresent(row -> row.setWaiting(false));
    }

    private void settled(MembershipRequest request) {
        clearWaitBanner(request);
        list.rowWithId(request.roomId()).ifPresent(row -> row.setBusy(false));
    }

    private void clearWaitBanner(MembershipRequest request) {
        var live = waitBanners.remove(request);
        if (live != null) {
            live.end();
        }
    }
}
