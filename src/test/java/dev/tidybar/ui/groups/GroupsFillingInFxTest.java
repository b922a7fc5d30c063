package dev.tidybar.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.api.PrivateGroup;
import dev.tidybar.fake.FakeWorkspaceConfig;
import java.time.Duration;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * 1,241 groups under the production rate limit (10 calls a minute per route, on the real clock): the
 * list is usable as soon as the one subscriptions.get has answered, while the room columns wait a
 * minute for the rest of groups.list's budget.
 */
class GroupsFillingInFxTest extends GroupsScreenFxFixture {

    @Start
    void start(Stage window) throws Exception {
        open(window);
    }

    @Override
    FakeWorkspaceConfig workspaceConfig() {
        return FakeWorkspaceConfig.demo().withExtraGroups(1200).withRateLimit(10, Duration.ofMinutes(1));
    }

    @Test
    void theListIsUsableWhileTheOtherColumnsAreStillFillingIn(FxRobot robot) {
        page.waitUntil(() -> page.progressText().contains("rate limit"));

        String filling = "Topics and members: 1,000 of 1,241";
        assertThat(page.progressText()).matches("Paused \\d+ s \\(rate limit\\) · " + filling);
        assertThat(viewModel.sync().loadProgressDetailsProperty().get()).startsWith("Paused until ")
                .endsWith(" s) by the server’s rate limit, then it goes on by itself · " + filling);
        assertThat(viewModel.groupCount()).isEqualTo(1241);
        // pages come in name order: the groups last by name are still waiting for their columns
        page.sortBy("Name");   // the table starts sorted by name: now last first
        PrivateGroup waiting = page.rowGroups().get(0);
        assertThat(waiting.hasDetails()).isFalse();
        assertThat(page.cellText(waiting.displayName(), "topicColumn")).as("still to come").isEqualTo("…");
        assertThat(page.cellText(waiting.displayName(), "membersColumn")).isEqualTo("…");

        workspace.fake.clearReceivedRequests();
        page.clickClose(waiting.displayName());

        page.banner().waitFor("Closed ‘" + waiting.displayName() + "’");
        page.waitUntil(() -> !page.rowNames().contains(waiting.displayName()));
        assertThat(workspace.calls()).as("the close and its delta, while groups.list waits")
                .containsExactly("groups.close", "subscriptions.get");
        assertThat(page.progressText()).contains("rate limit");
    }
}
