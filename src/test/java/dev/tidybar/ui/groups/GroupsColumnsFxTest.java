package dev.tidybar.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tidybar.api.PrivateGroup;
import java.util.ArrayList;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** How the table's columns share its width as the window changes, and how they sort. */
class GroupsColumnsFxTest extends GroupsScreenFxFixture {

    @Start
    void start(Stage window) throws Exception {
        open(window);
        window.setWidth(1000);
    }

    @Test
    void aWideWindowsRoomGoesToNameAndTopicNotToTheSidebarColumn(FxRobot robot) {
        var looks = page.tableLooks();
        robot.interact(() -> window(robot).setWidth(1280));

        page.waitUntil(() -> looks.columnWidth("nameColumn") > 300);
        assertThat(looks.columnWidth("topicColumn")).isGreaterThan(260);
        assertThat(looks.columnWidth("actionColumn")).as("Sidebar, at its own width").isCloseTo(136, within(1.0));
    }

    @Test
    void aColumnWidenedByHandComesBackAtItsWidthAfterTheWindowNarrowedAndWidened(FxRobot robot) {
        var looks = page.tableLooks();
        page.waitUntil(() -> looks.columnsShown().size() == 7);
        looks.dragColumnBorder("nameColumn", 80);
        double widened = looks.columnWidth("nameColumn");

        robot.interact(() -> window(robot).setWidth(800));
        page.waitUntil(() -> looks.columnsShown().size() == 6);
        robot.interact(() -> window(robot).setWidth(600));
        page.waitUntil(() -> looks.columnsShown().size() == 5 && looks.columnWidth("nameColumn") < widened - 40);
        robot.interact(() -> window(robot).setWidth(1000));

        page.waitUntil(() -> Math.abs(looks.columnWidth("nameColumn") - widened) < 1);
    }

    @Test
    void aSortedColumnsTitleReadsWholeBesideItsArrowDownToTheSmallestWindow(FxRobot robot) {
        var looks = page.tableLooks();
        page.sortBy("Members");
        robot.interact(() -> window(robot).setWidth(720));
        page.waitUntil(() -> looks.columnsShown().size() == 6);
        assertThat(looks.headersCutShort()).isEmpty();

        robot.interact(() -> window(robot).setWidth(520));
        page.waitUntil(() -> looks.columnsShown().size() == 5);
        page.sortBy("Unread");
        assertThat(looks.headersCutShort()).isEmpty();
        page.sortBy("Last active");
        assertThat(looks.headersCutShort()).isEmpty();
    }

    @Test
    void rowsThatTieGoByNameFromAToZWhicheverWayTheirColumnSorts() {
        page.sortBy("Members");
        page.sortBy("Members");

        var rows = page.rowGroups();
        var ties = new ArrayList<String>();
        for (int i = 1; i < rows.size(); i++) {
            PrivateGroup above = rows.get(i - 1);
            PrivateGroup below = rows.get(i);
            assertThat(above.memberCount()).as("most members first").isGreaterThanOrEqualTo(below.memberCount());
            if (above.memberCount() == below.memberCount()) {
                ties.add(above.displayName() + " above " + below.displayName());
                assertThat(GroupList.BY_NAME.compare(above, below)).as(ties.get(ties.size() - 1)).isNegative();
            }
        }
        assertThat(ties).as("the demo has groups of the same size").isNotEmpty();
    }

    private static Window window(FxRobot robot) {
        return robot.lookup("#groupsTable").query().getScene().getWindow();
    }
}
