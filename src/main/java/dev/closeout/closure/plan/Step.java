package dev.closeout.closure.plan;

import dev.closeout.account.Wallet;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.WithdrawalNetwork;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of an exit plan: {@code amount} of {@code asset} goes in (from {@code wallet} where that
 * matters), {@code amountOut} of {@code toAsset} comes out. {@code feeUsd} is what the step costs,
 * {@code arrivingUsd} what reaches the destination, {@code leftBehindUsd} what stays in the account; each
 * is null where the asset has no price, zero where the step has none. {@code notBefore} is when it can
 * run, null for now. {@code network} is a withdrawal's (for a balance that stays: the network whose
 * minimum it misses); {@code ref} names the order, product, project, P2P order or sub-account;
 * {@code perform} is what the exchange is asked to do, null for what only waiting or the website does.
 */
public record Step(
        Action action,
        String asset,
        BigDecimal amount,
        Wallet wallet,
        String toAsset,
        BigDecimal amountOut,
        WithdrawalNetwork network,
        BigDecimal feeUsd,
        BigDecimal arrivingUsd,
        BigDecimal leftBehindUsd,
        Instant notBefore,
        Reason reason,
        Untraded untraded,
        String ref,
        AccountAction perform) {

    /** In the order a person works through them at one moment: what frees funds, then what routes them out. */
    public enum Action {
        CANCEL_ORDER, STOP_BOT, CLOSE_POSITION, MOVE_TO_REPAY, REPAY, REDEEM_EARN, UNSTAKE, REDEEM_LAUNCHPOOL, CANCEL_P2P, RELEASE_P2P,
        SETTLE_APPEAL, SWEEP_SUB_ACCOUNT, WAIT_FOR_DEPOSIT, CHECK_ON_EXCHANGE, MOVE_TO_SPOT, SELL, CONVERT_DUST, BUY,
        WITHDRAW, LEAVE
    }

    /** Why something stays in the account. */
    public enum Reason {
        /** The exchange withdraws the asset on no network. */
        NO_NETWORK,
        /** The destination takes the asset on none of its networks. */
        NOT_ACCEPTED,
        /** Under the withdrawal minimum of every network the destination takes it on. */
        UNDER_MINIMUM,
        /** The exchange gives only the wallet's total: its items are seen on its website. */
        NOT_ITEMIZED,
        /** Committed to a Launchpad project until it ends. */
        LAUNCHPAD,
        /** A loan larger than the account holds of the asset. */
        DEBT
    }

    /** Why something that stays was not traded into something that leaves. */
    public enum Untraded {
        /** The person chose no trades. */
        DECLINED,
        /** No price to sell or convert it at. */
        NO_PRICE,
        /** Under the smallest sale and not convertible as dust. */
        TOO_SMALL,
        /** A trade was possible, but what it would become cannot leave either. */
        NO_GAIN
    }

    public Step {
        Objects.requireNonNull(action, "action");
    }

    /** A step with nothing to value (cancelling, waiting): its fees, arrivals and leftovers are zero. */
    static Step of(Action action, String asset, BigDecimal amount, Wallet wallet, Instant notBefore, String ref, AccountAction perform) {
        return new Step(action, asset, amount, wallet, null, null, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                notBefore, null, null, ref, perform);
    }

    /** Can run when its time has come: something the exchange is asked to do. */
    public boolean runnable() {
        return perform != null;
    }

    /** The fee in the asset that comes out: what went in less what came out, for a step in one asset. */
    public BigDecimal feeInAsset() {
        return amount != null && amountOut != null && Objects.equals(asset, toAsset) ? amount.subtract(amountOut) : null;
    }

    /** The same step with its USD figures kept to {@link Totals#SCALE} places. */
    Step rounded() {
        return new Step(action, asset, amount, wallet, toAsset, amountOut, network, Totals.round(feeUsd), Totals.round(arrivingUsd),
                Totals.round(leftBehindUsd), notBefore, reason, untraded, ref, perform);
    }
}
