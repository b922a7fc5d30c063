package dev.tidybar.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.api.PrivateGroup;
import dev.tidybar.fake.FakeWorkspaceConfig;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * 3,041 groups, a filter typed while they are on their way: the list is taken in off the FX thread's
 * sort and the room columns are read once the table has shown it, and none of that may show.
 */
class GroupsBigListFxTest extends GroupsScreenFxFixture {

    private static final String TYPED_EARLY = "00042";

    @Start
    void start(Stage window) throws Exception {
        open(window);
        viewModel.filterProperty().set(TYPED_EARLY);
    }

    @Override
    FakeWorkspaceConfig workspaceConfig() {
        return FakeWorkspaceConfig.demo().withExtraGroups(3000);
    }

    @Test
    void everyGroupShowsInNameOrderWithItsColumnsAndTheFilterTypedWhileLoadingApplies(FxRobot robot) {
        assertThat(page.rowNames()).as("the filter typed before the list came")
                .isNotEmpty().allMatch(name -> name.contains(TYPED_EARLY));

        robot.interact(() -> viewModel.filterProperty().set(""));

        var visible = robot.lookup("#groupsTable").queryTableView().getItems().size();
        assertThat(visible).isEqualTo(viewModel.visibleCountProperty().get());
        assertThat(visible + viewModel.hiddenCountProperty().get()).isEqualTo(viewModel.groupCount()).isEqualTo(3041);
        assertThat(page.rowNames()).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        page.waitUntil(() -> page.rowGroups().stream().allMatch(PrivateGroup::hasDetails));
        PrivateGroup lastRow = page.rowGroups().get(visible - 1);
        assertThat(page.cellText(lastRow.displayName(), "topicColumn")).isEqualTo(lastRow.topic());
    }

    @Test
    void aReadyMadeSelectionScrollsItsFirstRowWholeBelowTheHeader(FxRobot robot) {
        robot.interact(() -> viewModel.filterProperty().set(""));
        page.waitUntil(() -> page.rowNames().size() > 2000);

        page.pickSmartSelection("Archived");

        // the selection bar that comes with the ticks makes the table shorter as it scrolls
        page.waitUntil(() -> page.tableLooks().rowShownWhole("release-2025"));
        assertThat(page.tableLooks().firstShownRowName()).isEqualTo("release-2025");
    }
}
