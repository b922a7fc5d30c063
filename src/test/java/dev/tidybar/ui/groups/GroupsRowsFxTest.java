package dev.tidybar.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How the table's rows look: a name with its markers after it, rows as tall as the theme makes them, the first and
 * the last row shown whole. Read on the FX thread, once the room columns are in (they bring the markers), as the
 * table may be laying out.
 */
class GroupsRowsFxTest extends GroupsScreenFxFixture {

    @Start
    void start(Stage window) throws Exception {
        open(window);
    }

    @BeforeEach
    void waitForTheColumns() {
        // every row's room columns: the progress line shows only once a load has taken a while, so it says too little
        page.waitUntil(() -> onFx(() -> !viewModel.shownRows().isEmpty()
                && viewModel.shownRows().stream().allMatch(row -> row.group().hasDetails())));
    }

    @Test
    void aNameIsFollowedByItsMarkersAndIsReadWithThem(FxRobot robot) throws Exception {
        var marked = onFx(() -> {
            var cell = nameCell(robot, "announcements-internal");
            Node marker = robot.from(cell).lookup(".group-marker").query();
            Node name = robot.from(cell).lookup(".text").query();
            return List.of(marker.localToScene(marker.getBoundsInLocal()).getMinX()
                    > name.localToScene(name.getBoundsInLocal()).getMaxX(), cell.getAccessibleText());
        });
        var plain = onFx(() -> {
            var cell = nameCell(robot, "accessibility");
            return List.of(cell.getGraphic() == null, cell.getAccessibleText());
        });

        assertThat(marked).as("the marker after the name; what a screen reader reads")
                .containsExactly(true, "announcements-internal, Read-only: only some members can post");
        assertThat(plain).as("nothing after the name; what a screen reader reads").containsExactly(true, "accessibility");
    }

    @Test
    void rowsAreAsTallAsTheThemeMakesThemAndTheirButtonsFit(FxRobot robot) throws Exception {
        // the theme's row height: AtlantaFX's .table-row-cell -fx-cell-size, 2.8em; the table's fixed cell size must
        // be the same (a row's own cell size is not read here: in a JVM that ran other screens it could stay unstyled)
        var heights = onFx(() -> robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.isVisible() && row.getItem() != null)
                .map(row -> row.getHeight() / row.getFont().getSize()).toList());
        var buttonsCut = onFx(() -> robot.lookup(".row-action").queryAllAs(Button.class).stream()
                .filter(button -> button.isVisible()
                        && button.getHeight() > button.getParent().getLayoutBounds().getHeight()).count());

        assertThat(heights).as("rows' heights, in em").isNotEmpty().allSatisfy(
                height -> assertThat(height).isCloseTo(2.8, within(0.001)));
        assertThat(buttonsCut).isZero();
    }

    @Test
    void endAndHomeShowTheLastAndTheFirstRowWhole() throws Exception {
        var names = page.rowNames();
        page.selectRow(names.get(0));

        page.keyboard().press(KeyCode.END);
        page.waitUntil(() -> names.get(names.size() - 1).equals(page.selectedRowName()));
        boolean lastWhole = onFx(() -> page.tableLooks().rowShownWhole(names.get(names.size() - 1)));
        page.keyboard().press(KeyCode.HOME);
        page.waitUntil(() -> names.get(0).equals(page.selectedRowName()));
        boolean firstWhole = onFx(() -> page.tableLooks().rowShownWhole(names.get(0)));

        assertThat(lastWhole).as("the last row, after End").isTrue();
        assertThat(firstWhole).as("the first row, after Home").isTrue();
    }

    private static NameCell nameCell(FxRobot robot, String name) {
        return robot.lookup(".name-cell").queryAllAs(NameCell.class).stream()
                .filter(cell -> cell.isVisible() && cell.getTableRow().isVisible() && name.equals(cell.getText()))
                .findFirst().orElseThrow();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
