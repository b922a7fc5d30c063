package dev.tidybar.ui.common;

/** What a job does to one group: hide it from the sidebar, or bring it back. */
public enum JobKind {
    CLOSE,
    REOPEN;

    /** The kind that undoes this one. */
    public JobKind inverse() {
        return this == CLOSE ? REOPEN : CLOSE;
    }
}
