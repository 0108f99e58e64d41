package dev.closeout.exchange;

/**
 * What a source reads beside the snapshot's parts: it blocks nothing, and the snapshot has no
 * place to say it could not be read, so the source says so here; a count of it would otherwise
 * read as none.
 */
public enum SideReading {
    RECURRING_PLANS, KEY_PERMISSIONS
}
