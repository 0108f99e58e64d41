package dev.closeout.closure;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.exchange.SideReading;
import java.util.Set;

/**
 * An account as read at one moment and what the rules make of it; {@code unread} what the
 * source could not read beside the snapshot's parts.
 */
public record AccountCheck(AccountSnapshot snapshot, ReadinessReport report, Set<SideReading> unread) {

    public AccountCheck {
        unread = Set.copyOf(unread);
    }

    public AccountCheck(AccountSnapshot snapshot, ReadinessReport report) {
        this(snapshot, report, Set.of());
    }
}
