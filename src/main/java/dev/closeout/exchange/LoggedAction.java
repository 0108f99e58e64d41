package dev.closeout.exchange;

import java.time.Instant;
import java.util.Objects;

/**
 * One action Closeout asked of an exchange, when, and how it ended. {@code action} is the
 * action's name ({@code CancelOrder}, {@code SendCode}, {@code RequestClosure}, the demo's own
 * {@code AdvanceClock}…); {@code inputs} what it was given, as "name: value" text, never a code
 * or a secret (empty when it was given nothing).
 */
public record LoggedAction(Instant at, String action, String inputs, ActionResult result) {

    public LoggedAction {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(result, "result");
    }
}
