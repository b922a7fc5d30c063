package dev.tidybar.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.skin.TableRowSkin;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** How the table's rows look: as tall as the theme makes them. */
class GroupsRowsFxTest extends GroupsScreenFxFixture {

    @Start
    void start(Stage window) throws Exception {
        open(window);
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
}
