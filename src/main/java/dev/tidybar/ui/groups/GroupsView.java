package dev.tidybar.ui.groups;

import atlantafx.base.theme.Styles;
import dev.tidybar.ui.common.HoverTooltip;
import dev.tidybar.ui.common.LeaveQuestion;
import dev.tidybar.ui.common.NoticeBar;
import dev.tidybar.ui.common.Pulses;
import dev.tidybar.ui.common.UiText;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The groups screen: header (workspace, user, Refresh, Log out), filter, Visible / Hidden / All,
 * the banner, and the table. It only binds to its view model; its keyboard shortcuts are active
 * while it is in a scene.
 */
public final class GroupsView extends BorderPane {

    private static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CLOSE_SELECTED =
            new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SELECT_ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REOPEN_SELECTED =
            new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    /** Below this width the controls row has no room for the Select menu's word. */
    private static final double NARROW = 640;

    private final GroupsViewModel viewModel;
    private final UiText text;
    private final TextField filter = new TextField();
    private final GroupsTable table;
    private final Map<KeyCombination, Runnable> shortcuts;
    /** Loading, or waiting for the server's rate limit to let the next load through: Refresh waits. */
    private final BooleanBinding loadBusy;

    public GroupsView(GroupsViewModel viewModel, UiText text) {
        this.viewModel = viewModel;
        this.text = text;
        this.table = new GroupsTable(viewModel, text);
        this.loadBusy = viewModel.sync().loadingProperty().or(viewModel.sync().waitingToLoadProperty());
        this.shortcuts = Map.of(
                REFRESH, this::refreshUnlessBusy,
                FIND, filter::requestFocus,
                CLOSE_SELECTED, this::closeSelected,
                REOPEN_SELECTED, this::reopenSelected);
        setId("groupsView");
        getStyleClass().add("groups-view");

        var banner = new NoticeBar(viewModel.noticeProperty(), text);
        banner.dismissOnEscapeIn(this);
        // when the banner goes away under the focus (Undo, Retry, dismiss), the keyboard carries on in the table
        banner.returnFocusTo(table);
        var top = new VBox(header(), controls());
        top.getStyleClass().add("groups-top");
        setTop(top);
        // below the table, so a banner or a bar appearing never moves the rows under the pointer: a second
        // click lands on the row the user aimed at, not on the one the banner pushed there. Added before
        // the table, so Tab still reaches Undo or Retry before the rows' buttons.
        var bottom = new VBox(new QueueBar(viewModel, text, table), new SelectionBar(viewModel, text, table), banner);
        bottom.getStyleClass().add("groups-bottom");
        setBottom(bottom);
        showTableFromSecondFrame();
        // a filter: the table's own Ctrl+A and Space would act on its single-row cursor instead
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onTableKey);
        keepASelectionWhenRowsLeave();
        sceneProperty().addListener((observable, before, now) -> moveShortcuts(before, now));
    }

    private HBox header() {
        var host = new Label(viewModel.workspaceHost());
        host.setId("workspaceHost");
        host.getStyleClass().addAll(Styles.TITLE_4, "workspace-host");
        var user = new Label(viewModel.signedInUser(), new FontIcon(Feather.USER));
        user.setId("signedInUser");
        user.getStyleClass().add("signed-in-user");
        // tooltips made on first hover: each is a popup window, and a dozen of them made with the screen took a
        // quarter of the sign-in's pulse
        new HoverTooltip(user).say(text.get("groups.header.signedInAs") + " " + viewModel.signedInUser());

        var refresh = new Button(text.get("groups.refresh"), new FontIcon(Feather.REFRESH_CW));
        refresh.setId("refreshButton");
        new HoverTooltip(refresh).say(text.get("groups.refresh.tooltip"));
        refresh.disableProperty().bind(loadBusy);
        refresh.setOnAction(event -> viewModel.refresh());
        var logOut = new Button(text.get("groups.logout"), new FontIcon(Feather.LOG_OUT));
        logOut.setId("logoutButton");
        new HoverTooltip(logOut).say(text.get("groups.logout.tooltip"));
        // while the server takes its time, the same button leaves without waiting: the banner that
        // offers it too may have been dismissed
        logOut.textProperty().bind(Bindings.when(viewModel.signingOutProperty())
                .then(text.get("logout.stopWaiting")).otherwise(text.get("groups.logout")));
        logOut.setOnAction(event -> {
            if (viewModel.signingOutProperty().get()) {
                viewModel.leaveWithoutWaiting();
            } else if (viewModel.queue().progressProperty().get().isIdle() || LeaveQuestion.confirm(
                    getScene().getWindow(), text, viewModel.queue().titleProperty(), "leave.logOut")) {
                viewModel.logOut();
            }
        });

        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // the workspace and the buttons keep their size; in a narrow window the user's name gives way first (its
        // tooltip names the user), and a long progress line is cut short, its tooltip whole
        for (var keepsItsSize : List.<Region>of(host, refresh, logOut)) {
            keepsItsSize.setMinWidth(Region.USE_PREF_SIZE);
        }
        // progress sits in the header, beside Refresh: its coming and going never shifts the table or the filter
        var header = new HBox(host, user, spacer, progress(), refresh, logOut);
        header.getStyleClass().add("groups-header");
        return header;
    }

    private HBox controls() {
        filter.setId("filterField");
        filter.setPromptText(text.get("groups.filter.prompt"));
        filter.setAccessibleText(text.get("groups.filter.accessible"));
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        filter.getStyleClass().add("groups-filter");
        // with the switch and the Select menu, the row still fits the smallest window (520 px)
        filter.setMinWidth(100);
        HBox.setHgrow(filter, Priority.ALWAYS);
        // Esc empties the filter, as in a browser's find bar; on an empty filter it goes on to dismiss a banner
        filter.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !filter.getText().isEmpty()) {
                filter.clear();
                event.consume();
            }
        });

        var switcher = new VisibilitySwitch(viewModel, text);
        var select = new SmartSelectMenu(viewModel, text, table::revealFirstTicked);
        var controls = new HBox(filter, switcher, select);
        controls.getStyleClass().add("groups-controls");
        // in a narrow window the menu keeps its icon only, so the switch is not cut off. The row asks for no width of
        // its own: with the menu's word in it, it was too wide for a window narrowed at one go, and so never became
        // narrow enough to drop the word
        controls.setMinWidth(0);
        select.contentDisplayProperty().bind(Bindings.when(controls.widthProperty().lessThan(NARROW))
                .then(ContentDisplay.GRAPHIC_ONLY).otherwise(ContentDisplay.LEFT));
        return controls;
    }

    private HBox progress() {
        var sync = viewModel.sync();
        var row = new HBox(ProgressLine.bar("loadProgress", sync.loadProgressProperty()),
                ProgressLine.words("loadProgressText", sync.loadProgressTextProperty(),
                        sync.loadProgressDetailsProperty()));
        row.setMinWidth(0);
        row.setId("loadProgressRow");
        row.getStyleClass().add("load-progress");
        row.visibleProperty().bind(viewModel.sync().progressShownProperty());
        row.managedProperty().bind(viewModel.sync().progressShownProperty());
        return row;
    }

    /**
     * The table joins the screen one frame after the rest: the CSS of the whole screen in one pulse held the
     * window up for some 100 ms after sign-in; split, the header, controls and bars take one pulse and the
     * table, its column headers and "Loading your groups…" the next.
     */
    private void showTableFromSecondFrame() {
        // at the start of the second pulse, before that pulse's CSS and layout
        Pulses.afterSecond(() -> setCenter(table));
    }

    /** F5 does what the Refresh button does, and nothing while the button is disabled. */
    private void refreshUnlessBusy() {
        if (!loadBusy.get()) {
            viewModel.refresh();
        }
    }

    private void onTableKey(KeyEvent event) {
        var cursor = table.getSelectionModel().getSelectedItem();
        // Space on a row's focused button presses the button; on the table itself it ticks the row
        if (event.getCode() == KeyCode.SPACE && cursor != null && event.getTarget() == table) {
            table.toggle(cursor, event.isShiftDown());
            event.consume();
        } else if (SELECT_ALL.match(event)) {
            viewModel.selection().selectAllShown();
            event.consume();
        } else if (event.getCode() == KeyCode.DELETE) {
            closeSelected();
            event.consume();
        } else if (event.getCode() == KeyCode.INSERT) {
            reopenSelected();
            event.consume();
        }
    }

    private void closeSelected() {
        var row = table.getSelectionModel().getSelectedItem();
        if (row != null && !row.isHidden()) {
            viewModel.close(row);
        }
    }

    private void reopenSelected() {
        var row = table.getSelectionModel().getSelectedItem();
        if (row != null && row.isHidden()) {
            viewModel.reopen(row);
        }
    }

    /**
     * A closed (or deleted) row leaves the list: select its neighbour so the keyboard can carry on.
     * Only then: rows that leave because the user switched view or filtered take no selection along.
     */
    private void keepASelectionWhenRowsLeave() {
        var lastSelected = new SelectionMemory();
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now == null) {
                return;
            }
            if (before != null && before == lastSelected.row && !table.getItems().contains(before)) {
                // the table moved the selection by itself because the selected row left (closed or reopened):
                // the user's place is where that row was, not the row above it
                reselect(lastSelected);
            } else {
                lastSelected.remember(now, table.getSelectionModel().getSelectedIndex(), currentView());
            }
        });
        table.getItems().addListener((ListChangeListener<GroupRow>) change -> {
            var row = lastSelected.row;
            if (row == null || !table.getSelectionModel().isEmpty() || table.getItems().isEmpty()
                    || table.getItems().contains(row)) {
                return;
            }
            reselect(lastSelected);
        });
    }

    /** Selects the row now where the user's last selected row was, if the view is still the one it was chosen in. */
    private void reselect(SelectionMemory lastSelected) {
        if (!currentView().equals(lastSelected.view)) {
            lastSelected.row = null;
            return;
        }
        // after the table itself has taken in the change: selecting from inside the change
        // notification leaves rows drawn with another row's content
        Platform.runLater(() -> {
            if (table.getItems().isEmpty()) {
                return;
            }
            int index = Math.min(lastSelected.index, table.getItems().size() - 1);
            table.getSelectionModel().select(index);
            table.getFocusModel().focus(index);
        });
    }

    /** Which rows the table shows: visibility and filter. */
    private String currentView() {
        return viewModel.visibilityProperty().get() + "\u0000" + viewModel.filterProperty().get();
    }

    /** The last row the user selected, where it was, and in which view. */
    private static final class SelectionMemory {
        private GroupRow row;
        private int index;
        private String view;

        void remember(GroupRow selected, int at, String inView) {
            row = selected;
            index = at;
            view = inView;
        }
    }

    private void moveShortcuts(Scene before, Scene now) {
        if (before != null) {
            shortcuts.keySet().forEach(before.getAccelerators()::remove);
        }
        if (now != null) {
            shortcuts.forEach((keys, action) -> now.getAccelerators().put(keys, action));
        }
    }
}
