package dev.closeout.closure;

/**
 * What the user can do about a finding. Ids are stable API. Declared in the order a person
 * should work through them: what frees funds first (orders, positions, loans, Earn), then
 * dust to BNB before withdrawing (the BNB is withdrawn with the rest), then what only
 * needs waiting or checking.
 */
public enum Fix {
    UNFREEZE_ACCOUNT,
    CANCEL_ORDER,
    STOP_BOT,
    CLOSE_POSITION,
    REPAY_LIABILITY,
    REDEEM_EARN,
    UNSTAKE,
    REDEEM_LAUNCHPOOL,
    COMPLETE_OR_CANCEL_P2P,
    RESOLVE_P2P_DISPUTE,
    CONVERT_DUST,
    WITHDRAW_OR_SELL,
    CLOSE_SUB_ACCOUNT,
    CHECK_ON_EXCHANGE,
    WAIT_FOR_TRANSFER,
    WAIT_FOR_MATURITY,
    WAIT_FOR_PROJECT_END,
    NONE
}
