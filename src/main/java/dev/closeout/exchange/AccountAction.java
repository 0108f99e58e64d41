package dev.closeout.exchange;

import dev.closeout.account.Wallet;
import java.math.BigDecimal;
import java.util.Set;

/** Everything a user can ask the exchange to do to clear the way to closure, or to pause the account. */
public sealed interface AccountAction {

    /** Cancels one open order (not a grid bot: that is {@link StopBot}). */
    record CancelOrder(String orderId) implements AccountAction {
    }

    /** Cancels every open order; grid bots keep running. */
    record CancelAllOrders() implements AccountAction {
    }

    /** Stops a grid bot; its funds return to Spot. */
    record StopBot(String orderId) implements AccountAction {
    }

    record Transfer(String asset, Wallet from, Wallet to, BigDecimal amount) implements AccountAction {
    }

    /** Closes a futures or options position at the mark price; a null symbol closes every position of the wallet. */
    record ClosePosition(Wallet wallet, String symbol) implements AccountAction {
    }

    /** Repays a margin loan and its interest from the same wallet. */
    record RepayMargin(Wallet wallet, String asset) implements AccountAction {
    }

    /** Redeems Earn: flexible at once, locked early where the product allows it. */
    record RedeemEarn(String earnId) implements AccountAction {
    }

    record Unstake(String stakingId) implements AccountAction {
    }

    record RedeemLaunchpool(String launchpoolId) implements AccountAction {
    }

    /** Converts small balances to BNB; an empty set converts every eligible one. */
    record ConvertDust(Set<String> assets) implements AccountAction {
    }

    /** Sells a whole balance to USDT at the market price. */
    record SellToUsdt(Wallet wallet, String asset) implements AccountAction {
    }

    /** Spends {@code usdt} on {@code asset} at the market price. */
    record BuyWithUsdt(String asset, BigDecimal usdt) implements AccountAction {
    }

    record Withdraw(String asset, String network, String address, BigDecimal amount) implements AccountAction {
    }

    /** Cancels a P2P order still waiting for payment. */
    record CancelP2pOrder(String orderId) implements AccountAction {
    }

    /** Releases the crypto of a paid P2P order, completing it. */
    record ReleaseP2pOrder(String orderId) implements AccountAction {
    }

    /** Files a request with support to settle a P2P order under appeal. */
    record SettleP2pAppeal(String orderId) implements AccountAction {
    }

    /** Moves every balance of a sub-account to the master account's Spot wallet. */
    record SweepSubAccount(String email) implements AccountAction {
    }

    record CloseSubAccount(String email) implements AccountAction {
    }

    record DeleteApiKey(String label) implements AccountAction {
    }

    record CancelRecurringPlan(String planId) implements AccountAction {
    }

    /** Closes the futures account; refused while positions or orders are open. */
    record CloseFuturesAccount() implements AccountAction {
    }
}
