package dev.closeout.ui.dashboard;

import dev.closeout.account.UnknownPart;
import dev.closeout.exchange.SideReading;
import java.util.Set;

/**
 * What else ties the account down: open orders, open P2P orders, open sub-accounts, API keys,
 * recurring plans; {@code unread} the parts the exchange could not read and {@code sideUnread}
 * the side readings it could not read, whose counts say nothing.
 */
public record Counts(int openOrders, int openP2pOrders, int openSubAccounts, int apiKeys, int recurringPlans,
                     Set<UnknownPart.Part> unread, Set<SideReading> sideUnread) {

    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, Set.of(), Set.of());

    public Counts {
        unread = Set.copyOf(unread);
        sideUnread = Set.copyOf(sideUnread);
    }
}
