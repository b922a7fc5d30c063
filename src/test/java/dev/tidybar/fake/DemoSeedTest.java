package dev.tidybar.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tidybar.fake.FakeHttp.Answer;
import dev.tidybar.fake.FakeHttp.Auth;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo seed the README documents, as a client sees it over HTTP. */
class DemoSeedTest {

    private FakeWorkspace workspace;
    private FakeHttp http;

    @BeforeEach
    void start() throws IOException {
        workspace = FakeWorkspace.start(FakeWorkspaceConfig.demo());
        http = new FakeHttp(workspace);
    }

    @AfterEach
    void stop() {
        workspace.close();
    }

    @Test
    void alexHasAboutFortyVariedGroups() {
        Map<String, JsonNode> groups = byName(http.get("/api/v1/groups.list?count=0", FakeHttp.alexToken()));
        Map<String, JsonNode> subs = byRoomId(http.get("/api/v1/subscriptions.get", FakeHttp.alexToken()));

        assertThat(groups).hasSize(41);
        JsonNode design = groups.get("design-team");
        assertThat(design.get("topic").asText()).isEqualTo("Design reviews and critique");
        JsonNode designSub = subs.get(design.get("_id").asText());
        assertThat(designSub.get("open").asBoolean()).isTrue();
        assertThat(designSub.get("unread").asInt()).isEqualTo(7);
        assertThat(designSub.get("userMentions").asInt()).isEqualTo(2);
        assertThat(subs.get(groups.get("old-project-x").get("_id").asText()).get("open").asBoolean()).isFalse();
        assertThat(groups.get("release-2025").get("archived").asBoolean()).isTrue();
        assertThat(subs.get(groups.get("release-2025").get("_id").asText()).get("open").asBoolean()).isTrue();
        assertThat(groups.get("platform-team").get("teamMain").asBoolean()).isTrue();
        assertThat(groups.get("announcements-internal").get("ro").asBoolean()).isTrue();
        JsonNode discussion = groups.values().stream().filter(group -> group.has("prid")).findFirst().orElseThrow();
        assertThat(discussion.get("fname").asText()).isEqualTo("Q3 planning");
        assertThat(discussion.get("prid").asText()).isEqualTo(groups.get("platform-team").get("_id").asText());
        assertThat(subs.values().stream().filter(sub -> !sub.get("open").asBoolean())).hasSize(12);
        assertThat(subs.values().stream().filter(sub -> sub.get("unread").asInt() > 0)).hasSizeGreaterThan(5);
    }

    @Test
    void lastActivityIsSpreadOverThePastYear() {
        List<Instant> activity = new ArrayList<>();
        http.get("/api/v1/groups.list?count=0", FakeHttp.alexToken()).json().get("groups")
                .forEach(group -> activity.add(Instant.parse(group.get("lm").asText())));
        Instant now = Instant.now();

        assertThat(activity).allSatisfy(lm -> assertThat(lm).isBetween(now.minus(Duration.ofDays(366)), now));
        assertThat(activity).anySatisfy(lm -> assertThat(lm).isAfter(now.minus(Duration.ofDays(1))));
        assertThat(activity).anySatisfy(lm -> assertThat(lm).isBefore(now.minus(Duration.ofDays(300))));
    }

    @Test
    void theOtherLoginsAreWhatTheReadmeSays() {
        assertThat(http.get("/api/v1/groups.list", http.login(DemoSeed.NEWBIE)).json().get("total").asInt()).isZero();
        assertThat(http.get("/api/v1/me", http.login(DemoSeed.ADMIN)).json().get("roles").toString())
                .isEqualTo("[\"admin\"]");
        assertThat(http.post("/api/v1/login", "{\"username\":\"sam\",\"password\":\"tidybar-demo\"}", null).json()
                .at("/details/method").asText()).isEqualTo("totp");
        assertThat(http.post("/api/v1/login", "{\"username\":\"robin\",\"password\":\"tidybar-demo\"}", null).json()
                .at("/details/method").asText()).isEqualTo("email");
        assertThat(http.get("/api/v1/me", FakeHttp.alexToken()).json().get("username").asText()).isEqualTo("alex");
    }

    @Test
    void tenThousandExtraGroupsPageCompletelyWithoutDuplicates() throws IOException {
        long started = System.nanoTime();
        try (FakeWorkspace big = FakeWorkspace.start(FakeWorkspaceConfig.demo().withExtraGroups(10_000))) {
            long seeded = System.nanoTime();
            FakeHttp bigHttp = new FakeHttp(big);
            Auth alex = FakeHttp.alexToken();
            Set<String> ids = new HashSet<>();
            int total = -1;
            for (int offset = 0; total < 0 || offset < total; offset += 100) {
                JsonNode page = bigHttp.get("/api/v1/groups.list?count=100&offset=" + offset, alex).json();
                total = page.get("total").asInt();
                page.get("groups").forEach(group -> ids.add(group.get("_id").asText()));
            }
            long paged = System.nanoTime();

            assertThat(total).isEqualTo(10_041);
            assertThat(ids).hasSize(total);
            System.out.printf("10,041 groups: seeded in %d ms, paged (101 pages of 100) in %d ms%n",
                    (seeded - started) / 1_000_000, (paged - seeded) / 1_000_000);
        }
    }

    @Test
    void pagesFetchedAllAtOnceAreConsistent() throws IOException {
        try (FakeWorkspace big = FakeWorkspace.start(FakeWorkspaceConfig.demo().withExtraGroups(959))) {
            FakeHttp bigHttp = new FakeHttp(big);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
            for (int offset = 0; offset < 1000; offset += 100) {
                pages.add(client.sendAsync(bigHttp.request("/api/v1/groups.list?count=100&offset=" + offset,
                        FakeHttp.alexToken()).build(), HttpResponse.BodyHandlers.ofString()));
            }
            List<String> names = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> page : pages) {
                Answer.of(page.join()).json().get("groups").forEach(group -> names.add(group.get("name").asText()));
            }

            assertThat(names).hasSize(1000).doesNotHaveDuplicates().isSorted();
        }
    }

    private static Map<String, JsonNode> byName(Answer list) {
        Map<String, JsonNode> groups = new HashMap<>();
        list.json().get("groups").forEach(group -> groups.put(group.get("name").asText(), group));
        return groups;
    }

    private static Map<String, JsonNode> byRoomId(Answer subscriptions) {
        Map<String, JsonNode> subs = new HashMap<>();
        subscriptions.json().get("update").forEach(sub -> subs.put(sub.get("rid").asText(), sub));
        return subs;
    }
}
