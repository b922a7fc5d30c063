package dev.tidybar.ui.groups;

import dev.tidybar.api.PrivateGroup;
import dev.tidybar.ui.common.GroupChange;

/**
 * One close or reopen to send: the unit {@link GroupActions} runs, retries and undoes.
 *
 * @param change    close (hide from the sidebar) or open (show it again)
 * @param roomId    what the server takes
 * @param groupName what the banners call the group
 */
public record MembershipRequest(GroupChange change, String roomId, String groupName) {

    static MembershipRequest of(GroupChange change, PrivateGroup group) {
        return new MembershipRequest(change, group.id(), group.displayName());
    }

    /** The request that undoes this one. */
    MembershipRequest inverse() {
        return new MembershipRequest(change.inverse(), roomId, groupName);
    }
}
