package dev.closeout.closure;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.EarnPosition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a fix may run without asking, or what the user's yes is asked for. Only a fix that
 * undoes a commitment, releasing the user's own funds into their own wallets without a trade,
 * a fee or a forfeit, runs unasked ("Fix everything" runs these); every other waits for a yes.
 */
public enum FixConsent {
    /** Cancelling an order, stopping a bot, unstaking, redeeming Launchpool or flexible Earn, settling an appeal; moving to Spot. */
    UNASKED,
    /** Converting small balances to BNB: the exchange takes a fee, and allows it only every few hours. */
    CONVERSION_FEE,
    /** Closing a position at the market price: its profit or loss becomes real, and a fee applies. */
    MARKET_CLOSE,
    /** Selling for USDT at the market price, for a fee. */
    SALE,
    /** Repaying a loan: the money leaves the wallet for the lender, and that cannot be undone. */
    REPAYMENT,
    /** Redeeming a product before it matures: its rewards are forfeited. */
    FORFEIT,
    /** Ending a P2P order: the other party is told at once. */
    OTHER_PARTY,
    /** Closing a sub-account: it cannot be used again. */
    FOR_GOOD,
    /** Not one action to ask about: a balance to withdraw or sell, a page to open, a wait. */
    NO_SINGLE_ACTION;

    /** What the finding's own fix asks of the user, on the day {@code today}. */
    public static FixConsent of(Finding f, LocalDate today) {
        return switch (f.fix()) {
            case CANCEL_ORDER, STOP_BOT, UNSTAKE, REDEEM_LAUNCHPOOL, RESOLVE_P2P_DISPUTE -> UNASKED;
            case REDEEM_EARN -> redeemsEarly(f, today) ? FORFEIT : UNASKED;
            case CONVERT_DUST -> CONVERSION_FEE;
            case CLOSE_POSITION -> MARKET_CLOSE;
            case REPAY_LIABILITY -> REPAYMENT;
            case COMPLETE_OR_CANCEL_P2P -> OTHER_PARTY;
            case CLOSE_SUB_ACCOUNT -> FOR_GOOD;
            case UNFREEZE_ACCOUNT, WITHDRAW_OR_SELL, CHECK_ON_EXCHANGE, WAIT_FOR_TRANSFER, WAIT_FOR_MATURITY, WAIT_FOR_PROJECT_END,
                    NONE -> NO_SINGLE_ACTION;
        };
    }

    /**
     * What one of a finding's buttons asks of the user. Moving funds to Spot or a sub-account's
     * funds to this account stays between the user's own wallets; the exchange's page asks there.
     * A withdrawal is asked about in its form, which knows the address.
     */
    public static FixConsent of(Finding f, FixChoice choice, LocalDate today) {
        return switch (choice) {
            case PERFORM -> of(f, today);
            case SELL -> SALE;
            case MOVE_TO_SPOT, SWEEP_SUB_ACCOUNT, OPEN_ON_EXCHANGE -> UNASKED;
            case WITHDRAW -> throw new IllegalArgumentException("a withdrawal is asked about in its form, with its address");
        };
    }

    /** Redeeming the finding's product today is before it matures. */
    private static boolean redeemsEarly(Finding f, LocalDate today) {
        return f.date() != null && f.date().isAfter(today);
    }

    /** The reward forfeited by redeeming the finding's Earn product early: its penalty, zero when the exchange names none. */
    public static BigDecimal forfeited(Finding f, AccountSnapshot snapshot) {
        return snapshot.earn().stream().filter(e -> e.id().equals(f.id())).map(EarnPosition::earlyRedemptionPenalty)
                .filter(Objects::nonNull).findFirst().orElse(BigDecimal.ZERO);
    }
}
