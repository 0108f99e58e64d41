package dev.closeout.account;

/**
 * Where an exchange keeps funds. {@link #EARN} appears only in wallet totals: Earn items are
 * listed as {@link EarnPosition}s, not as balances.
 */
public enum Wallet {
    SPOT, FUNDING, CROSS_MARGIN, ISOLATED_MARGIN, USDM_FUTURES, COINM_FUTURES, OPTIONS,
    TRADING_BOT, COPY_TRADING, EARN
}
