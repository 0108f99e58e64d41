package dev.closeout.ui.demo;

/**
 * One delivered code as the inbox shows it: who it went to, the code itself (whole, to be read,
 * selected and copied), when it was sent and until when it is valid, and what became of it.
 */
public record InboxLine(String heading, String code, String when, Mark mark, String markText) {

    /** What became of a code: the newest still waiting to be typed, used, past its time, or voided by a newer one. */
    public enum Mark { WAITING, USED, EXPIRED, REPLACED }
}
