package dev.tidybar.ui.common;

/** What the user asked for on one group: hide it from the sidebar, or bring it back. */
public enum GroupChange {
    CLOSE,
    OPEN;

    /** The change that undoes this one. */
    public GroupChange inverse() {
        return this == CLOSE ? OPEN : CLOSE;
    }
}
