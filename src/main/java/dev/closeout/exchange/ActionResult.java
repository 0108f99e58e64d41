package dev.closeout.exchange;

import java.util.List;
import java.util.Objects;

/**
 * What the exchange answered to an action: done, accepted and still under way, refused with
 * the reason, or not something this exchange lets Closeout do. {@code messageKey} and
 * {@code args} say it in the user's words (keys under {@code action.} in the bundle).
 */
public record ActionResult(Outcome outcome, String messageKey, List<String> args) {

    public enum Outcome { DONE, PENDING, REFUSED, UNSUPPORTED }

    public ActionResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    public static ActionResult done(String messageKey, String... args) {
        return new ActionResult(Outcome.DONE, messageKey, List.of(args));
    }

    public static ActionResult pending(String messageKey, String... args) {
        return new ActionResult(Outcome.PENDING, messageKey, List.of(args));
    }

    public static ActionResult refused(String messageKey, String... args) {
        return new ActionResult(Outcome.REFUSED, messageKey, List.of(args));
    }

    public static ActionResult unsupported() {
        return new ActionResult(Outcome.UNSUPPORTED, "action.unsupported", List.of());
    }

    /** Done or under way: the exchange took it. */
    public boolean accepted() {
        return outcome == Outcome.DONE || outcome == Outcome.PENDING;
    }
}
