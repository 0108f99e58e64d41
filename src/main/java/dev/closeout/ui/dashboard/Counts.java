package dev.closeout.ui.dashboard;

import dev.closeout.account.UnknownPart;
import java.util.Set;

/**
 * What else ties the account down: open orders, open P2P orders, open sub-accounts, API keys,
 * recurring plans; {@code unread} the parts the exchange could not read, whose counts say nothing.
 */
public record Counts(int openOrders, int openP2pOrders, int openSubAccounts, int apiKeys, int recurringPlans, Set<UnknownPart.Part> unread) {

    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, Set.of());

    public Counts {
        unread = Set.copyOf(unread);
    }
}
