package dev.closeout.closure;

/** What sort of item a finding is about. Ids are stable API. */
public enum FindingKind {
    BALANCE, POSITION, EARN, STAKING, LAUNCHPOOL, LAUNCHPAD, ORDER, P2P_ORDER, SUB_ACCOUNT,
    TRANSFER, ACCOUNT, WALLET_TOTAL, UNKNOWN
}
