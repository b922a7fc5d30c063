package dev.tidybar.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.skin.TableRowSkin;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** How the table's rows look: a name with its markers after it, rows as tall as the theme makes them. */
class GroupsRowsFxTest extends GroupsScreenFxFixture {

    @Start
    void start(Stage window) throws Exception {
        open(window);
    }

    @Test
    void aNameIsFollowedByItsMarkersAndIsReadWithThem(FxRobot robot) {
        var marked = nameCell(robot, "announcements-internal");
        var plain = nameCell(robot, "accessibility");

        Node marker = robot.from(marked).lookup(".group-marker").query();
        Node name = robot.from(marked).lookup(".text").query();
        assertThat(marker.localToScene(marker.getBoundsInLocal()).getMinX()).as("the marker, after the name")
                .isGreaterThan(name.localToScene(name.getBoundsInLocal()).getMaxX());
        assertThat(marked.getAccessibleText()).isEqualTo("announcements-internal, Read-only: only some members can post");
        assertThat(plain.getGraphic()).as("no markers, nothing after the name").isNull();
        assertThat(plain.getAccessibleText()).isEqualTo("accessibility");
    }

    @Test
    void rowsAreAsTallAsTheThemeMakesThemAndTheirButtonsFit(FxRobot robot) {
        var rows = robot.lookup(".table-row-cell").queryAllAs(TableRow.class);
        assertThat(rows).isNotEmpty();
        for (TableRow<?> row : rows) {
            assertThat(row.getHeight()).isEqualTo(((TableRowSkin<?>) row.getSkin()).getCellSize());
        }
        for (var button : robot.lookup(".row-action").queryAllAs(Button.class)) {
            assertThat(button.getHeight()).isLessThanOrEqualTo(button.getParent().getLayoutBounds().getHeight());
        }
    }

    private Labeled nameCell(FxRobot robot, String name) {
        page.waitUntil(() -> robot.lookup(".name-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(cell -> name.equals(cell.getText())));
        return robot.lookup(".name-cell").queryAllAs(Labeled.class).stream()
                .filter(cell -> name.equals(cell.getText())).findFirst().orElseThrow();
    }
}
