package dev.tidybar.api;

import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspace;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Small helpers for tests that run the client against the fake workspace. */
final class Fakes {

    private Fakes() {
    }

    static WorkspaceAddress address(FakeWorkspace fake) {
        try {
            return WorkspaceAddress.parse(fake.baseUri().toString());
        } catch (InvalidWorkspaceAddressException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every private group with its room columns, as the groups screen ends up showing them: one
     * subscriptions.get, then the pages of groups.list; sorted by display name.
     */
    static List<PrivateGroup> listWithDetails(RocketChatClient client, Session session, LoadProgress progress)
            throws RocketChatException {
        Map<String, PrivateGroup> groups = new LinkedHashMap<>();
        client.readGroups(session, progress).groups().forEach(group -> groups.put(group.id(), group));
        client.readRoomDetails(session, groups.size(), rooms -> rooms.forEach(details -> groups.computeIfPresent(
                details.roomId(), (id, group) -> group.withDetails(details))), progress);
        return groups.values().stream().sorted(Comparator.comparing(PrivateGroup::displayName,
                String.CASE_INSENSITIVE_ORDER)).collect(Collectors.toList());
    }

    static Session signIn(RocketChatClient client, FakeWorkspace fake, String username) throws RocketChatException {
        return client.login(address(fake), new PasswordLogin(username, DemoSeed.PASSWORD, null));
    }
}
