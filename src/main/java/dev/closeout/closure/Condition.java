package dev.closeout.closure;

/** The seven conditions an account must meet before it can be closed, in the order they are reported. Ids are stable API. */
public enum Condition {
    ZERO_BALANCE,
    NO_OPEN_ORDERS,
    NO_ACTIVE_EARN,
    NO_OPEN_P2P,
    NO_SUB_ACCOUNTS,
    NO_PENDING_TRANSFERS,
    ACCOUNT_ACTIVE
}
