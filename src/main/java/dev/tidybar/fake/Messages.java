package dev.tidybar.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posting a message, with the side effects of Rocket.Chat's {@code notifyUsersOnMessage}: every
 * other member's subscription reopens and alerts with one more unread (and a mention when named),
 * while the sender's is marked read. A reply only in a thread ({@code tmid}, no {@code tshow}) alerts
 * just the users it mentions (the fake's thread followers) and adds the thread to their {@code tunread}.
 */
final class Messages {

    private static final Pattern MENTION = Pattern.compile("@([A-Za-z0-9_.-]+)");

    private Messages() {
    }

    /** Call inside the state lock. {@code text} may be null; {@code clientFields} are kept on the message. */
    static FakeMessage post(FakeState state, FakeUser sender, FakeRoom room, String text, ObjectNode clientFields) {
        Instant now = state.now();
        List<FakeUser> mentioned = new ArrayList<>();
        boolean everyone = false;
        Matcher matcher = MENTION.matcher(text == null ? "" : text);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (name.equals("all") || name.equals("here")) {
                everyone = true;
            } else {
                FakeUser user = state.userByLogin(name);
                if (user != null && state.subscription(user.id(), room.id()) != null && !mentioned.contains(user)) {
                    mentioned.add(user);
                }
            }
        }
        String id = Json.text(clientFields, "_id");
        FakeMessage message = new FakeMessage(id == null || id.isEmpty() ? state.newId() : id, room.id(), text, now,
                sender, List.copyOf(mentioned), clientFields);
        state.messagePosted(room, message);
        String threadId = Json.text(clientFields, "tmid");
        boolean threadOnly = threadId != null && !threadId.isEmpty() && !clientFields.path("tshow").asBoolean(false);
        for (FakeSubscription sub : state.subscriptionsTo(room.id())) {
            if (threadOnly) {
                if (sub.user() != sender && mentioned.contains(sub.user())) {
                    sub.threadReplyArrived(threadId, now);
                }
            } else if (sub.user() == sender) {
                sub.markRead(now);
            } else {
                sub.messageArrived(mentioned.contains(sub.user()), everyone, now);
            }
        }
        return message;
    }
}
