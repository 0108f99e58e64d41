package dev.closeout.account.history;

/** The kinds of records an account's history is made of, in the order an export lists them. */
public enum HistoryPart {
    TRADES, DEPOSITS, WITHDRAWALS, TRANSFERS, EARN, DUST_CONVERSIONS, P2P_ORDERS, FUTURES_INCOME
}
