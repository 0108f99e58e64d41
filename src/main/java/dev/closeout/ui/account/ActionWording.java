package dev.closeout.ui.account;

import dev.closeout.closure.ReportWording;
import dev.closeout.exchange.AccountAction;
import dev.closeout.i18n.Messages;
import java.util.List;

/** An action as a short line a person reads in a list of what will run ("Delete API key tax-tool"). */
public final class ActionWording {

    private final Messages messages;
    private final ReportWording wording;

    public ActionWording(Messages messages) {
        this.messages = messages;
        this.wording = new ReportWording(messages);
    }

    /** The line for {@code action}, from the bundle's {@code do.} key named after it. */
    public String line(AccountAction action) {
        return messages.get("do." + action.getClass().getSimpleName(), arguments(action).toArray());
    }

    private List<Object> arguments(AccountAction action) {
        if (action instanceof AccountAction.CancelOrder a) {
            return List.of(a.orderId());
        } else if (action instanceof AccountAction.StopBot a) {
            return List.of(a.orderId());
        } else if (action instanceof AccountAction.Transfer a) {
            return List.of(wording.amount(a.amount()), a.asset(), wording.wallet(a.from()), wording.wallet(a.to()));
        } else if (action instanceof AccountAction.ClosePosition a) {
            return List.of(a.symbol() == null ? wording.wallet(a.wallet()) : a.symbol());
        } else if (action instanceof AccountAction.RepayMargin a) {
            return List.of(a.asset(), wording.wallet(a.wallet()));
        } else if (action instanceof AccountAction.RedeemEarn a) {
            return List.of(a.earnId());
        } else if (action instanceof AccountAction.Unstake a) {
            return List.of(a.stakingId());
        } else if (action instanceof AccountAction.RedeemLaunchpool a) {
            return List.of(a.launchpoolId());
        } else if (action instanceof AccountAction.ConvertDust a) {
            return List.of(String.join(", ", a.assets().stream().sorted().toList()), a.assets().size());
        } else if (action instanceof AccountAction.SellToUsdt a) {
            return List.of(a.asset(), wording.wallet(a.wallet()));
        } else if (action instanceof AccountAction.BuyWithUsdt a) {
            return List.of(wording.amount(a.usdt()), a.asset());
        } else if (action instanceof AccountAction.Withdraw a) {
            return List.of(wording.amount(a.amount()), a.asset(), a.network(), a.address());
        } else if (action instanceof AccountAction.CancelP2pOrder a) {
            return List.of(a.orderId());
        } else if (action instanceof AccountAction.ReleaseP2pOrder a) {
            return List.of(a.orderId());
        } else if (action instanceof AccountAction.SettleP2pAppeal a) {
            return List.of(a.orderId());
        } else if (action instanceof AccountAction.SweepSubAccount a) {
            return List.of(a.email());
        } else if (action instanceof AccountAction.CloseSubAccount a) {
            return List.of(a.email());
        } else if (action instanceof AccountAction.DeleteApiKey a) {
            return List.of(a.label());
        } else if (action instanceof AccountAction.CancelRecurringPlan a) {
            return List.of(a.planId());
        }
        // CancelAllOrders, CloseFuturesAccount: nothing to name.
        return List.of();
    }
}
