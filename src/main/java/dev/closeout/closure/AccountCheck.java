package dev.closeout.closure;

import dev.closeout.account.AccountSnapshot;

/** An account as read at one moment and what the rules make of it. */
public record AccountCheck(AccountSnapshot snapshot, ReadinessReport report) {
}
