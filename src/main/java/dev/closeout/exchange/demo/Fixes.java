package dev.closeout.exchange.demo;

import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.AccountAction.BuyWithUsdt;
import dev.closeout.exchange.AccountAction.CancelAllOrders;
import dev.closeout.exchange.AccountAction.CancelOrder;
import dev.closeout.exchange.AccountAction.CancelP2pOrder;
import dev.closeout.exchange.AccountAction.CancelRecurringPlan;
import dev.closeout.exchange.AccountAction.CloseFuturesAccount;
import dev.closeout.exchange.AccountAction.ClosePosition;
import dev.closeout.exchange.AccountAction.CloseSubAccount;
import dev.closeout.exchange.AccountAction.ConvertDust;
import dev.closeout.exchange.AccountAction.DeleteApiKey;
import dev.closeout.exchange.AccountAction.RedeemEarn;
import dev.closeout.exchange.AccountAction.RedeemLaunchpool;
import dev.closeout.exchange.AccountAction.ReleaseP2pOrder;
import dev.closeout.exchange.AccountAction.RepayMargin;
import dev.closeout.exchange.AccountAction.SellToUsdt;
import dev.closeout.exchange.AccountAction.SettleP2pAppeal;
import dev.closeout.exchange.AccountAction.StopBot;
import dev.closeout.exchange.AccountAction.SweepSubAccount;
import dev.closeout.exchange.AccountAction.Transfer;
import dev.closeout.exchange.AccountAction.Unstake;
import dev.closeout.exchange.AccountAction.Withdraw;
import dev.closeout.exchange.ActionResult;
import java.time.Instant;

/** Which of the exchange's desks handles an action: trading, holdings, or what ties the account to others. */
final class Fixes {

    private final Trading trading;
    private final Holdings holdings;
    private final Relations relations;

    Fixes(DemoAccount account, DemoExtras extras, DemoSettings settings, Instant now) {
        this.trading = new Trading(account, extras, settings, now);
        this.holdings = new Holdings(account, extras, settings, now);
        this.relations = new Relations(account, extras, settings, now);
    }

    ActionResult apply(AccountAction action) {
        if (action instanceof CancelOrder a) {
            return trading.cancelOrder(a.orderId());
        } else if (action instanceof CancelAllOrders) {
            return trading.cancelAllOrders();
        } else if (action instanceof StopBot a) {
            return trading.stopBot(a.orderId());
        } else if (action instanceof ClosePosition a) {
            return trading.closePosition(a.wallet(), a.symbol());
        } else if (action instanceof RepayMargin a) {
            return trading.repay(a.wallet(), a.asset());
        } else if (action instanceof SellToUsdt a) {
            return trading.sellToUsdt(a.wallet(), a.asset());
        } else if (action instanceof BuyWithUsdt a) {
            return trading.buyWithUsdt(a.asset(), a.usdt());
        } else if (action instanceof ConvertDust a) {
            return trading.convertDust(a.assets());
        } else if (action instanceof CloseFuturesAccount) {
            return trading.closeFuturesAccount();
        } else if (action instanceof Transfer a) {
            return holdings.transfer(a.asset(), a.from(), a.to(), a.amount());
        } else if (action instanceof RedeemEarn a) {
            return holdings.redeemEarn(a.earnId());
        } else if (action instanceof Unstake a) {
            return holdings.unstake(a.stakingId());
        } else if (action instanceof RedeemLaunchpool a) {
            return holdings.redeemLaunchpool(a.launchpoolId());
        } else if (action instanceof Withdraw a) {
            return holdings.withdraw(a.asset(), a.network(), a.address(), a.amount());
        } else if (action instanceof CancelP2pOrder a) {
            return relations.cancelP2pOrder(a.orderId());
        } else if (action instanceof ReleaseP2pOrder a) {
            return relations.releaseP2pOrder(a.orderId());
        } else if (action instanceof SettleP2pAppeal a) {
            return relations.settleAppeal(a.orderId());
        } else if (action instanceof SweepSubAccount a) {
            return relations.sweepSubAccount(a.email());
        } else if (action instanceof CloseSubAccount a) {
            return relations.closeSubAccount(a.email());
        } else if (action instanceof DeleteApiKey a) {
            return relations.deleteApiKey(a.label());
        } else if (action instanceof CancelRecurringPlan a) {
            return relations.cancelRecurringPlan(a.planId());
        }
        throw new IllegalArgumentException("an action the demo does not know: " + action);
    }
}
