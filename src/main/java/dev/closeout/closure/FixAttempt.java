package dev.closeout.closure;

import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ActionResult;

/** One fix tried: the finding, what was asked of the exchange, and its answer. */
public record FixAttempt(Finding finding, AccountAction action, ActionResult result) {
}
