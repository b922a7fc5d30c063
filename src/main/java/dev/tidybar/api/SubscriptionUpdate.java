package dev.tidybar.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The user's private groups as one answer of {@code subscriptions.get} gives them (contract §6):
 * every one of them, or with {@code updatedSince} only what changed since then. The groups carry no
 * {@link RoomDetails} yet.
 *
 * @param full                  true when {@code groups} is every private group: any other is gone
 * @param groups                the private groups sent (in {@code update}), each once
 * @param removedSubscriptions  subscription ids in {@code remove}: groups deleted, or the user was removed
 * @param newest                the newest server time in the answer ({@code _updatedAt}, {@code _deletedAt}):
 *                              what to ask for changes since next time; null when the answer had none
 */
public record SubscriptionUpdate(boolean full, List<PrivateGroup> groups, Set<String> removedSubscriptions,
                                 Instant newest) {

    public SubscriptionUpdate {
        groups = List.copyOf(groups);
        removedSubscriptions = Set.copyOf(removedSubscriptions);
    }
}
