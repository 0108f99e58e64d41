package dev.closeout.ui.account;

import dev.closeout.closure.ReportWording;
import dev.closeout.exchange.ActionResult;

/**
 * One line a page tells the person after doing something: whether it was done, and what was said.
 * Views style a line by its {@link Outcome}, never by reading its text.
 */
public record Result(Outcome outcome, String text) {

    /** Done, refused or failed, or only a note ("nothing to move") that is neither. */
    public enum Outcome { ACCEPTED, REFUSED, NOTE }

    /** The exchange's answer, worded with its ✓ or ✗. */
    public static Result of(ActionResult result, ReportWording wording) {
        return new Result(result.accepted() ? Outcome.ACCEPTED : Outcome.REFUSED, wording.outcome(result));
    }

    /** Something that did not happen: a refusal or a failure, in the person's words. */
    public static Result refused(String text) {
        return new Result(Outcome.REFUSED, text);
    }

    public static Result note(String text) {
        return new Result(Outcome.NOTE, text);
    }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
