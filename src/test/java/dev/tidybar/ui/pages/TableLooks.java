package dev.tidybar.ui.pages;

import dev.tidybar.ui.groups.GroupRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.PixelFormat;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The groups table as drawn: which rows show, and how much of them, how wide its columns are, what it and the bars
 * around it cut short, its pixels.
 */
public final class TableLooks {

    private static final long WAIT_SECONDS = 15;

    private final FxRobot robot;
    private final TableView<GroupRow> table;

    TableLooks(FxRobot robot, TableView<GroupRow> table) {
        this.robot = robot;
        this.table = table;
    }

    /** How many pixels of {@code node} differ between now and {@code before}, its {@link #pixels} then. */
    public int pixelsChangedSince(Node node, int[] before) {
        var now = pixels(node);
        int changed = Math.abs(now.length - before.length);
        for (int i = 0; i < Math.min(now.length, before.length); i++) {
            changed += now[i] == before[i] ? 0 : 1;
        }
        return changed;
    }

    /** The pixels of {@code node} as drawn now (with the marks of its focus, if it has it). */
    public int[] pixels(Node node) {
        try {
            var shot = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(WAIT_SECONDS, TimeUnit.SECONDS);
            int width = (int) shot.getWidth();
            int height = (int) shot.getHeight();
            int[] pixels = new int[width * height];
            shot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
            return pixels;
        } catch (Exception e) {
            throw new AssertionError("no picture of " + node, e);
        }
    }

    /** The table's row of {@code name}, which must be shown. */
    public Node row(String name) {
        return robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.isVisible() && row.getItem() instanceof GroupRow group
                        && group.displayName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + name + " shown"));
    }

    /** How many rows of the table can be seen at once. */
    public double visibleRows() {
        var row = robot.from(table).lookup(".table-row-cell").query();
        var header = robot.from(table).lookup(".column-header-background").query();
        return (table.getHeight() - header.getBoundsInLocal().getHeight()) / row.getBoundsInLocal().getHeight();
    }

    /** Whether the row of {@code name} is drawn whole between the table's header and its bottom edge. */
    public boolean rowShownWhole(String name) {
        var rows = robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class);
        Node viewport = robot.from(table).lookup(".clipped-container").query();
        var shown = viewport.localToScene(viewport.getLayoutBounds());
        return rows.stream().filter(row -> row.isVisible() && row.getItem() instanceof GroupRow group
                        && group.displayName().equals(name))
                .map(row -> row.localToScene(row.getLayoutBounds()))
                .anyMatch(bounds -> bounds.getMinY() >= shown.getMinY() - 0.5 && bounds.getMaxY() <= shown.getMaxY() + 0.5);
    }

    /** The titles of the columns now narrower than the width they open with. */
    public List<String> columnsNarrowerThanTheirOwnWidth() {
        return table.getColumns().stream().filter(column -> column.getWidth() < column.getPrefWidth() - 0.5)
                .map(column -> column.getText() + " " + Math.round(column.getWidth())).toList();
    }

    /** The shown row buttons that the table cuts off or cuts short ("Clo…"), by the text they should read. */
    public List<String> rowButtonsCutShort() {
        double tableRight = table.localToScene(table.getBoundsInLocal()).getMaxX();
        return robot.lookup(".row-action").queryAllAs(Button.class).stream()
                .filter(Node::isVisible)
                .filter(button -> button.localToScene(button.getBoundsInLocal()).getMaxX() > tableRight
                        || !((Text) button.lookup(".text")).getText().equals(button.getText()))
                .map(Button::getText)
                .toList();
    }

    /** Of the controls with these ids, those the window cuts short ("Cancel th…") or hides, by their text. */
    public List<String> cutShort(String... ids) {
        var cut = new ArrayList<String>();
        double right = robot.lookup("#groupsView").query().getScene().getWidth();
        for (var id : ids) {
            var control = robot.lookup(id).queryAs(Labeled.class);
            var shown = (Text) control.lookup(".text");
            boolean outside = control.localToScene(control.getBoundsInLocal()).getMaxX() > right;
            if (!control.isVisible() || outside || shown == null || !shown.getText().equals(control.getText())) {
                cut.add(control.getText());
            }
        }
        return cut;
    }

    /** The ids of the columns the table shows, left to right. */
    public List<String> columnsShown() {
        return table.getVisibleLeafColumns().stream().map(TableColumn::getId).toList();
    }

    /**
     * The cells of these columns whose text the table cuts short ("22 da…") or whose badges stick out of them, by
     * their column's id and their text.
     */
    public List<String> cellsCutShort(String... columnIds) {
        var ids = Set.of(columnIds);
        return robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.isVisible() && !cell.isEmpty() && cell.getTableColumn() != null)
                .filter(cell -> ids.contains(cell.getTableColumn().getId()))
                .filter(TableLooks::cutShort)
                .map(cell -> cell.getTableColumn().getId() + " " + cell.getAccessibleText())
                .toList();
    }

    private static boolean cutShort(TableCell<?, ?> cell) {
        var graphic = cell.getGraphic();
        if (graphic != null && graphic.isVisible()) {
            return graphic.localToScene(graphic.getBoundsInLocal()).getMaxX()
                    > cell.localToScene(cell.getBoundsInLocal()).getMaxX() + 0.5;
        }
        return cell.lookup(".text") instanceof Text shown
                && !shown.getText().equals(Objects.toString(cell.getText(), ""));
    }

    /** The column headers the table cuts short ("Unr…"), by their titles. */
    public List<String> headersCutShort() {
        return robot.from(table).lookup(".column-header .label").queryAllAs(Labeled.class).stream()
                .filter(label -> !label.getText().isEmpty())
                .filter(label -> !(label.lookup(".text") instanceof Text shown) || !shown.getText().equals(label.getText()))
                .map(Labeled::getText).toList();
    }

    /** Narrows (a negative width) or widens {@code column} as dragging its header's right border does. */
    public void dragColumnBorder(String columnId, double by) {
        var column = table.getColumns().stream().filter(candidate -> columnId.equals(candidate.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + columnId));
        robot.interact(() -> table.resizeColumn(column, by));
    }

    /** How wide the column is now. */
    public double columnWidth(String columnId) {
        return table.getColumns().stream().filter(column -> columnId.equals(column.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + columnId)).getWidth();
    }

    /** Scrolls the table so that the row of {@code name} is the first one shown. */
    public void scrollToTop(String name) {
        int index = names().indexOf(name);
        robot.interact(() -> table.scrollTo(index));
    }

    /** The name of the first row the table shows at least half of (rows are 2.8em tall: pixels fall in between). */
    @SuppressWarnings("unchecked")
    public String firstShownRowName() {
        var flow = (VirtualFlow<TableRow<GroupRow>>) robot.from(table).lookup(".virtual-flow").query();
        var first = flow.getFirstVisibleCell();
        if (first != null && first.getLayoutY() + first.getHeight() / 2 < 0) {
            first = flow.getVisibleCell(first.getIndex() + 1);
        }
        return first == null || first.getItem() == null ? null : first.getItem().displayName();
    }

    private List<String> names() {
        return table.getItems().stream().map(GroupRow::displayName).toList();
    }
}
