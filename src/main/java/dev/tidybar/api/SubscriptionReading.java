package dev.tidybar.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns an answer of {@code subscriptions.get} into the user's private groups (contract §6): only
 * {@code t:"p"} subscriptions count, each room once, and entries lacking a room id, a subscription id
 * or a name are left out rather than trusted.
 */
final class SubscriptionReading {

    private SubscriptionReading() {
    }

    static SubscriptionUpdate read(Dto.Subscriptions answer, boolean full) {
        Instant newest = null;
        Map<String, PrivateGroup> groups = new LinkedHashMap<>();
        for (Dto.Subscription subscription : answer.update()) {
            if (subscription == null) {
                continue;
            }
            newest = later(newest, Dates.parse(subscription.updatedAt()));
            PrivateGroup group = toGroup(subscription);
            if (group != null) {
                groups.putIfAbsent(group.id(), group);
            }
        }
        Set<String> removed = new HashSet<>();
        if (answer.remove() != null) {
            for (Dto.Removed gone : answer.remove()) {
                if (gone != null && gone.id() != null) {
                    removed.add(gone.id());
                    newest = later(newest, Dates.parse(gone.deletedAt()));
                }
            }
        }
        return new SubscriptionUpdate(full, new ArrayList<>(groups.values()), removed, newest);
    }

    private static PrivateGroup toGroup(Dto.Subscription subscription) {
        String name = subscription.name() != null ? subscription.name() : subscription.fname();
        if (!"p".equals(subscription.t()) || subscription.rid() == null || subscription.id() == null || name == null) {
            return null;
        }
        return new PrivateGroup(subscription.rid(), subscription.id(), name, subscription.fname(),
                subscription.archived(), subscription.prid() != null,
                Boolean.FALSE.equals(subscription.open()),
                Math.max(0, subscription.unread()), Math.max(0, subscription.userMentions()),
                subscription.alert(), subscription.f(), null);
    }

    private static Instant later(Instant newest, Instant candidate) {
        return candidate == null || newest != null && !candidate.isAfter(newest) ? newest : candidate;
    }
}
