package dev.tidybar.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;

/** {@code getUserInfo(user)}: the user as login's {@code data.me} and {@code /me} return it, with no bcrypt. */
final class UserInfo {

    private UserInfo() {
    }

    static ObjectNode of(FakeUser user, URI baseUri) {
        ObjectNode json = Json.object().put("_id", user.id());
        ObjectNode services = json.putObject("services");
        if (user.secondFactor() == FakeUser.SecondFactor.EMAIL) {
            services.putObject("email2fa").put("enabled", true);
        }
        if (user.secondFactor() == FakeUser.SecondFactor.TOTP) {
            services.putObject("totp").put("enabled", true);
        }
        services.putObject("password").put("exists", true);
        json.put("username", user.username());
        json.putArray("emails").addObject().put("address", user.email()).put("verified", user.emailVerified());
        json.put("status", user.status()).put("active", user.active()).put("_updatedAt", Json.date(user.updatedAt()));
        ArrayNode roles = json.putArray("roles");
        user.roles().forEach(roles::add);
        json.put("name", user.name()).put("statusConnection", "online").put("utcOffset", 0);
        if (user.lastLogin() != null) {
            json.put("lastLogin", Json.date(user.lastLogin()));
        }
        ObjectNode settings = json.putObject("settings");
        settings.putObject("profile");
        settings.set("preferences", preferences());
        if (user.emailVerified()) {
            json.put("email", user.email());
        }
        json.put("avatarUrl", baseUri + "/avatar/" + user.username())
                .put("isOAuthUser", false);
        return json;
    }

    /** The default user preferences, exactly the key set the upstream /me test expects (§2.2, CE). */
    private static ObjectNode preferences() {
        ObjectNode prefs = Json.object()
                .put("alsoSendThreadToChannel", "default").put("newRoomNotification", "door")
                .put("newMessageNotification", "chime").put("showThreadsInMainChannel", false)
                .put("useEmojis", true).put("convertAsciiEmoji", true).put("saveMobileBandwidth", true)
                .put("collapseMediaByDefault", false).put("autoImageLoad", true)
                .put("emailNotificationMode", "mentions").put("unreadAlert", true).put("masterVolume", 100)
                .put("notificationsSoundVolume", 100).put("voipRingerVolume", 100)
                .put("omnichannelTranscriptEmail", false).put("desktopNotifications", "all")
                .put("pushNotifications", "all").put("enableAutoAway", true)
                .put("desktopNotificationRequireInteraction", false).put("hideUsernames", false)
                .put("hideRoles", false).put("displayAvatars", true).put("hideFlexTab", false)
                .put("sendOnEnter", "normal").put("idleTimeLimit", 300).put("sidebarShowFavorites", true)
                .put("sidebarShowUnread", false).put("themeAppearence", "auto").put("sidebarSortby", "activity")
                .put("sidebarViewMode", "medium").put("sidebarDisplayAvatar", true)
                .put("sidebarGroupByType", true);
        ArrayNode sections = prefs.putArray("sidebarSectionsOrder");
        for (String section : new String[] {"Incoming_Calls", "Incoming_Livechats", "Open_Livechats",
            "On_Hold_Chats", "Unread", "Favorites", "Teams", "Discussions", "Channels", "Direct_Messages",
            "Conversations"}) {
            sections.add(section);
        }
        prefs.put("muteFocusedConversations", true).put("notifyCalendarEvents", true)
                .put("enableMobileRinging", false);
        prefs.putArray("featuresPreview");
        return prefs;
    }
}
