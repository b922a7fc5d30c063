package dev.tidybar.ui.groups;

/** Which groups the table shows: those in the user's sidebar, the hidden ones, or all. */
public enum Visibility {
    VISIBLE,
    HIDDEN,
    ALL;

    boolean shows(GroupRow row) {
        return this == ALL || row.isHidden() == (this == HIDDEN);
    }
}
