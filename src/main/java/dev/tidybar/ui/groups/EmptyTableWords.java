package dev.tidybar.ui.groups;

import dev.tidybar.ui.common.UiText;
import javafx.beans.binding.StringBinding;

/** Why the table is empty, in words ("Nothing visible matches ‘x’; 1 hidden group does…"); blank while it has rows. */
final class EmptyTableWords extends StringBinding {

    private final GroupList list;
    private final ListSync sync;
    private final UiText text;

    EmptyTableWords(GroupList list, ListSync sync, UiText text) {
        this.list = list;
        this.sync = sync;
        this.text = text;
        bind(list.rows(), list.shownRows(), list.filterProperty(), list.visibilityProperty(), sync.loading,
                sync.loaded);
    }

    @Override
    protected String computeValue() {
        if (!list.shownRows().isEmpty()) {
            return "";
        }
        if (list.rows().isEmpty()) {
            return sync.loading.get() ? text.get("groups.loading")
                    : text.get(sync.loaded.get() ? "groups.empty.none" : "groups.empty.notLoaded");
        }
        if (list.filtering()) {
            String words = list.filterProperty().get().strip();
            int elsewhere = list.matchesNotShown();
            if (elsewhere == 0) {
                return text.format("groups.empty.noMatch", words);
            }
            boolean hiddenMatch = list.visibilityProperty().get() == Visibility.VISIBLE;
            return text.format(hiddenMatch ? "groups.empty.noMatch.hidden" : "groups.empty.noMatch.visible",
                    words, elsewhere);
        }
        boolean hiddenOnly = list.visibilityProperty().get() == Visibility.HIDDEN;
        return text.get(hiddenOnly ? "groups.empty.noHidden" : "groups.empty.noVisible");
    }
}
