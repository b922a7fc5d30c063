package dev.tidybar.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tidybar.fake.FakeHttp.Answer;
import dev.tidybar.fake.FakeHttp.Auth;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The group rows of the contract's §9 table (G1-G11, D1-D10), over raw HTTP. */
class GroupRoutesConformanceTest {

    private static final String NOT_FOUND = "The required \"roomId\" or \"roomName\" param provided does not match "
            + "any group [error-room-not-found]";

    private FakeWorkspace workspace;
    private FakeHttp http;
    private Auth alex;
    private String designTeam;

    @BeforeEach
    void start() throws IOException {
        workspace = FullFake.start(FakeWorkspaceConfig.demo());
        http = new FakeHttp(workspace);
        alex = http.login(DemoSeed.ALEX);
        designTeam = workspace.roomIdByName("design-team").orElseThrow();
    }

    @AfterEach
    void stop() {
        workspace.close();
    }

    private Answer close(String body) {
        return http.post("/api/v1/groups.close", body, alex);
    }

    @Test
    void g1_createsAPrivateGroup() {
        Answer created = http.post("/api/v1/groups.create", "{\"name\":\"conformance-1\"}", alex);

        assertThat(created.status()).isEqualTo(200);
        JsonNode group = created.json().get("group");
        assertThat(created.json().get("success").asBoolean()).isTrue();
        assertThat(group.get("_id").asText()).isNotEmpty();
        assertThat(group.get("name").asText()).isEqualTo("conformance-1");
        assertThat(group.get("t").asText()).isEqualTo("p");
        assertThat(group.get("msgs").asInt()).isZero();
        assertThat(workspace.isOpenFor(DemoSeed.ALEX, group.get("_id").asText())).contains(true);
    }

    @Test
    void createKeepsExtraData() {
        Auth admin = http.login(DemoSeed.ADMIN);
        String teamId = http.get("/api/v1/groups.info?roomName=platform-team", admin).json().at("/group/teamId")
                .asText();
        JsonNode group = http.post("/api/v1/groups.create", "{\"name\":\"secret-1\",\"extraData\":"
                + "{\"encrypted\":true,\"teamId\":\"" + teamId + "\",\"topic\":\"Hush\",\"msgs\":9}}", admin).json()
                .get("group");

        assertThat(group.get("encrypted").asBoolean()).isTrue();
        assertThat(group.get("teamId").asText()).isEqualTo(teamId);
        assertThat(group.get("topic").asText()).isEqualTo("Hush");
        assertThat(group.get("msgs").asInt()).isZero();
    }

    @Test
    void g2_refusesADuplicateName() {
        Answer duplicate = http.post("/api/v1/groups.create", "{\"name\":\"general\"}", alex);

        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.body()).isEqualTo("{\"success\":false,\"error\":\"A channel with name 'general' exists "
                + "[error-duplicate-channel-name]\",\"errorType\":\"error-duplicate-channel-name\",\"details\":"
                + "{\"function\":\"RocketChat.getValidRoomName\",\"channel_name\":\"general\"}}");
    }

    @Test
    void g3_g4_g5_closeThenCloseAgainByNameThenOpen() {
        Answer closed = close("{\"roomId\":\"" + designTeam + "\"}");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body()).isEqualTo("{\"success\":true}");
        assertThat(closed.header("Content-Type")).isEqualTo("application/json");
        assertThat(closed.header("Cache-Control")).isEqualTo("no-store");
        assertThat(closed.header("Pragma")).isEqualTo("no-cache");

        Answer again = close("{\"roomName\":\"design-team\"}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).isEqualTo(
                "{\"success\":false,\"error\":\"The private group, design-team, is already closed to the sender\"}");

        Answer opened = http.post("/api/v1/groups.open", "{\"roomId\":\"" + designTeam + "\"}", alex);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.body()).isEqualTo("{\"success\":true}");
        assertThat(workspace.isOpenFor(DemoSeed.ALEX, designTeam)).contains(true);
    }

    @Test
    void g6_g7_listsGroupsForAMemberAndNoneForANewcomer() {
        Answer admins = http.get("/api/v1/groups.list", http.login(DemoSeed.ADMIN));
        assertThat(admins.keys()).containsExactly("groups", "offset", "count", "total", "success");
        assertThat(admins.json().get("total").asInt()).isEqualTo(3);

        Answer newbies = http.get("/api/v1/groups.list", http.login(DemoSeed.NEWBIE));
        assertThat(newbies.body()).isEqualTo("{\"groups\":[],\"offset\":0,\"count\":0,\"total\":0,\"success\":true}");
    }

    @Test
    void g8_g9_listAllNeedsViewRoomAdministration() {
        Answer admins = http.get("/api/v1/groups.listAll?count=0", http.login(DemoSeed.ADMIN));
        assertThat(admins.status()).isEqualTo(200);
        assertThat(admins.json().get("total").asInt()).isGreaterThan(40);

        Answer forbidden = http.get("/api/v1/groups.listAll", alex);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body()).isEqualTo("{\"success\":false,\"error\":\"User does not have the permissions "
                + "required for this action [error-unauthorized]\"}");
    }

    @Test
    void g10_aDeletedGroupIsNotFound() {
        String id = http.post("/api/v1/groups.create", "{\"name\":\"short-lived\"}", alex).json().get("group")
                .get("_id").asText();
        assertThat(http.get("/api/v1/groups.info?roomId=" + id, alex).json().get("group").get("name").asText())
                .isEqualTo("short-lived");

        assertThat(http.post("/api/v1/groups.delete", "{\"roomId\":\"" + id + "\"}", alex).status()).isEqualTo(200);

        Answer info = http.get("/api/v1/groups.info?roomId=" + id, alex);
        assertThat(info.status()).isEqualTo(400);
        assertThat(info.json().get("errorType").asText()).isEqualTo("error-room-not-found");
    }

    @Test
    void g11_countersOfAJoinedGroup() {
        Answer counters = http.get("/api/v1/groups.counters?roomId=" + designTeam, alex);

        assertThat(counters.keys()).containsExactly("joined", "members", "unreads", "unreadsFrom", "msgs", "latest",
                "userMentions", "success");
        assertThat(counters.json().get("joined").asBoolean()).isTrue();
        assertThat(counters.json().get("unreads").asInt()).isEqualTo(7);
    }

    @Test
    void d1_closeWithoutRoomIsParamNotProvided() {
        Answer answer = close("{}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo("{\"success\":false,\"error\":\"The parameter \\\"roomId\\\" or "
                + "\\\"roomName\\\" is required [error-room-param-not-provided]\",\"errorType\":"
                + "\"error-room-param-not-provided\"}");
    }

    @Test
    void d2_unknownIdChannelAndForeignGroupAreNotFound() {
        String adminOps = workspace.roomIdByName("admin-ops").orElseThrow();
        for (String roomId : List.of("nope", "GENERAL", adminOps, "")) {
            Answer answer = close("{\"roomId\":\"" + roomId + "\"}");
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get("error").asText()).isEqualTo(NOT_FOUND);
            assertThat(answer.json().get("errorType").asText()).isEqualTo("error-room-not-found");
        }
    }

    @Test
    void roomIdIsResolvedBeforeRoomNameEvenWhenEmpty() {
        Answer answer = close("{\"roomId\":\"\",\"roomName\":\"design-team\"}");
        assertThat(answer.json().get("error").asText()).isEqualTo(NOT_FOUND);

        Answer bothEmpty = close("{\"roomId\":\"\",\"roomName\":\"\"}");
        assertThat(bothEmpty.json().get("errorType").asText()).isEqualTo("error-room-param-not-provided");

        assertThat(close("{\"roomId\":\"" + designTeam + "\",\"roomName\":\"nope\"}").status()).isEqualTo(200);
    }

    @Test
    void aDiscussionIsNamedByItsTitle() {
        String discussion = workspace.roomIdByName("Q3 planning").orElseThrow();
        assertThat(close("{\"roomId\":\"" + discussion + "\"}").status()).isEqualTo(200);

        assertThat(close("{\"roomId\":\"" + discussion + "\"}").json().get("error").asText())
                .isEqualTo("The private group, Q3 planning, is already closed to the sender");
    }

    @Test
    void d3_openingAnOpenGroupFailsWithoutErrorType() {
        Answer answer = http.post("/api/v1/groups.open", "{\"roomId\":\"" + designTeam + "\"}", alex);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo(
                "{\"success\":false,\"error\":\"The private group, design-team, is already open for the sender\"}");
    }

    @Test
    void d4_d5_closingHidesButKeepsCountersAndListing() {
        close("{\"roomId\":\"" + designTeam + "\"}");

        JsonNode sub = http.get("/api/v1/subscriptions.getOne?roomId=" + designTeam, alex).json().get("subscription");
        assertThat(sub.get("open").asBoolean()).isFalse();
        assertThat(sub.get("alert").asBoolean()).isFalse();
        assertThat(sub.get("unread").asInt()).isEqualTo(7);
        assertThat(sub.get("userMentions").asInt()).isEqualTo(2);
        assertThat(names(http.get("/api/v1/groups.list?count=0", alex))).contains("design-team");
    }

    @Test
    void d6_anotherMembersMessageReopensTheGroup() {
        close("{\"roomId\":\"" + designTeam + "\"}");

        workspace.postMessage(DemoSeed.JORDAN, designTeam);

        JsonNode sub = http.get("/api/v1/subscriptions.getOne?roomId=" + designTeam, alex).json().get("subscription");
        assertThat(sub.get("open").asBoolean()).isTrue();
        assertThat(sub.get("alert").asBoolean()).isTrue();
        assertThat(sub.get("unread").asInt()).isEqualTo(8);
    }

    @Test
    void d7_anArchivedGroupCanBeClosed() {
        assertThat(close("{\"roomName\":\"release-2025\"}").status()).isEqualTo(200);
    }

    @Test
    void d8_a2_closeWithoutOrWithWrongCredentialsIs401() {
        String expected = "{\"success\":false,\"error\":\"You must be logged in to do this.\",\"status\":\"error\","
                + "\"message\":\"You must be logged in to do this.\"}";
        List<Auth> wrong = new ArrayList<>();
        wrong.add(null);
        wrong.add(new Auth(alex.userId(), "wrong-token"));
        wrong.add(new Auth("someone-else", alex.token()));
        for (Auth auth : wrong) {
            Answer answer = http.post("/api/v1/groups.close", "{\"roomId\":\"" + designTeam + "\"}", auth);
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.body()).isEqualTo(expected);
            assertThat(answer.header("Content-Type")).isEqualTo("application/json");
        }
    }

    @Test
    void d9_pagingDefaultsCapAndAll() {
        FakeWorkspace big = null;
        try {
            big = FakeWorkspace.start(FakeWorkspaceConfig.demo().withExtraGroups(200));
            FakeHttp bigHttp = new FakeHttp(big);
            Auth auth = FakeHttp.alexToken();
            assertThat(bigHttp.get("/api/v1/groups.list", auth).json().get("count").asInt()).isEqualTo(50);
            assertThat(bigHttp.get("/api/v1/groups.list?count=500", auth).json().get("count").asInt()).isEqualTo(100);
            Answer all = bigHttp.get("/api/v1/groups.list?count=0", auth);
            assertThat(all.json().get("count").asInt()).isEqualTo(all.json().get("total").asInt()).isEqualTo(241);
            Answer last = bigHttp.get("/api/v1/groups.list?count=100&offset=200", auth);
            assertThat(last.json().get("offset").asInt()).isEqualTo(200);
            assertThat(last.json().get("count").asInt()).isEqualTo(41);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            if (big != null) {
                big.close();
            }
        }
    }

    @Test
    void d10_sortValuesMustBePlusOrMinusOne() {
        Answer bad = http.get("/api/v1/groups.list?sort=%7B%22name%22:2%7D", alex);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).isEqualTo("{\"success\":false,\"error\":\"Invalid sort parameter provided: "
                + "\\\"{\\\"name\\\":2}\\\" [error-invalid-sort]\",\"errorType\":\"error-invalid-sort\","
                + "\"details\":{\"helperMethod\":\"parseJsonQuery\"}}");

        List<String> descending = names(http.get("/api/v1/groups.list?count=0&sort=%7B%22name%22:-1%7D", alex));
        assertThat(descending).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void hiddenGroupsAreListedAndNamesAreSorted() {
        List<String> names = names(http.get("/api/v1/groups.list?count=0", alex));

        assertThat(names).contains("old-project-x", "release-2025", "platform-team", "announcements-internal")
                .isSorted().hasSizeBetween(38, 45);
    }

    private static List<String> names(Answer list) {
        List<String> names = new ArrayList<>();
        list.json().get("groups").forEach(group -> names.add(group.get("name").asText()));
        return names;
    }
}
