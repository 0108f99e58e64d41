package dev.closeout.ui.dashboard;

/** What else ties the account down: open orders, open P2P orders, open sub-accounts, API keys, recurring plans. */
public record Counts(int openOrders, int openP2pOrders, int openSubAccounts, int apiKeys, int recurringPlans) {

    public static final Counts NONE = new Counts(0, 0, 0, 0, 0);
}
