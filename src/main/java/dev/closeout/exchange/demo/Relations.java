package dev.closeout.exchange.demo;

import static dev.closeout.exchange.ActionResult.done;
import static dev.closeout.exchange.ActionResult.pending;
import static dev.closeout.exchange.ActionResult.refused;

import dev.closeout.account.ApiKey;
import dev.closeout.account.P2pOrder;
import dev.closeout.account.RecurringPlan;
import dev.closeout.account.Side;
import dev.closeout.account.SubAccount;
import dev.closeout.account.Wallet;
import dev.closeout.exchange.ActionResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What ties the account to others: P2P counterparties, sub-accounts, API keys, recurring plans. */
final class Relations {

    private final DemoAccount account;
    private final DemoExtras extras;
    private final DemoSettings settings;
    private final Instant now;

    Relations(DemoAccount account, DemoExtras extras, DemoSettings settings, Instant now) {
        this.account = account;
        this.extras = extras;
        this.settings = settings;
        this.now = now;
    }

    /** A sell order's crypto sits in escrow in Funding until the order ends. */
    ActionResult cancelP2pOrder(String id) {
        Optional<P2pOrder> order = p2p(id);
        if (order.isEmpty()) {
            return refused("action.p2p.notFound", id);
        }
        P2pOrder o = order.get();
        if (o.status() != P2pOrder.Status.PENDING_PAYMENT) {
            return refused("action.p2p.cannotCancel", id);
        }
        if (o.side() == Side.SELL && o.amount() != null) {
            account.lock(Wallet.FUNDING, o.asset(), o.amount().negate());
        }
        setStatus(o, P2pOrder.Status.CANCELLED);
        return done("action.p2p.cancelled", id);
    }

    ActionResult releaseP2pOrder(String id) {
        Optional<P2pOrder> order = p2p(id);
        if (order.isEmpty()) {
            return refused("action.p2p.notFound", id);
        }
        P2pOrder o = order.get();
        if (o.status() != P2pOrder.Status.PAID || o.side() != Side.SELL) {
            return refused("action.p2p.cannotRelease", id);
        }
        complete(o);
        return done("action.p2p.released", id);
    }

    ActionResult settleAppeal(String id) {
        Optional<P2pOrder> order = p2p(id);
        if (order.isEmpty()) {
            return refused("action.p2p.notFound", id);
        }
        if (order.get().status() != P2pOrder.Status.APPEALING) {
            return refused("action.p2p.notAppealing", id);
        }
        Optional<Scheduled> filed = extras.scheduled.stream()
                .filter(s -> s.kind() == Scheduled.Kind.APPEAL_SETTLED && s.ref().equals(id)).findFirst();
        if (filed.isPresent()) {
            return pending("action.p2p.appealAlreadyFiled", id, Times.at(filed.get().at()));
        }
        Instant answer = now.plus(settings.appealSettlement());
        extras.scheduled.add(new Scheduled(answer, Scheduled.Kind.APPEAL_SETTLED, id));
        return pending("action.p2p.appealFiled", id, Times.at(answer));
    }

    /** Support settles the appeal in favour of the trade: the buyer gets the crypto. */
    void appealSettled(String id) {
        p2p(id).filter(o -> o.status() == P2pOrder.Status.APPEALING).ifPresent(this::complete);
    }

    private void complete(P2pOrder o) {
        if (o.amount() != null && o.asset() != null) {
            if (o.side() == Side.SELL) {
                account.spendLocked(Wallet.FUNDING, o.asset(), o.amount());
            } else {
                account.credit(Wallet.FUNDING, o.asset(), o.amount());
            }
        }
        setStatus(o, P2pOrder.Status.COMPLETED);
    }

    private void setStatus(P2pOrder o, P2pOrder.Status status) {
        DemoAccount.replace(account.p2pOrders, o, new P2pOrder(o.id(), o.side(), o.asset(), o.fiat(), o.amount(), status, o.createdAt()));
    }

    private Optional<P2pOrder> p2p(String id) {
        return DemoAccount.find(account.p2pOrders, o -> o.id().equals(id));
    }

    ActionResult sweepSubAccount(String email) {
        Optional<SubAccount> sub = openSub(email);
        if (sub.isEmpty()) {
            return refused("action.sub.notFound", email);
        }
        Map<String, BigDecimal> funds = extras.subAccountFunds.getOrDefault(email, Map.of());
        if (funds.values().stream().allMatch(a -> a.signum() == 0)) {
            return refused("action.sub.empty", email);
        }
        String moved = describe(funds);
        funds.forEach((asset, amount) -> account.credit(Wallet.SPOT, asset, amount));
        extras.subAccountFunds.remove(email);
        return done("action.sub.swept", moved, email);
    }

    ActionResult closeSubAccount(String email) {
        Optional<SubAccount> sub = openSub(email);
        if (sub.isEmpty()) {
            return refused("action.sub.notFound", email);
        }
        // Emptied first, as the exchange's own "close" does: what it holds moves to the master account's Spot.
        Map<String, BigDecimal> funds = extras.subAccountFunds.getOrDefault(email, Map.of());
        boolean held = funds.values().stream().anyMatch(a -> a.signum() != 0);
        String moved = describe(funds);
        funds.forEach((asset, amount) -> account.credit(Wallet.SPOT, asset, amount));
        extras.subAccountFunds.remove(email);
        SubAccount s = sub.get();
        DemoAccount.replace(account.subAccounts, s, new SubAccount(s.email(), SubAccount.Status.CLOSED, s.createdAt()));
        return held ? done("action.sub.emptiedAndClosed", moved, email) : done("action.sub.closed", email);
    }

    private Optional<SubAccount> openSub(String email) {
        return DemoAccount.find(account.subAccounts, s -> s.email().equals(email) && s.status() != SubAccount.Status.CLOSED);
    }

    private static String describe(Map<String, BigDecimal> funds) {
        return funds.entrySet().stream().filter(e -> e.getValue().signum() != 0)
                .map(e -> e.getValue().toPlainString() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    ActionResult deleteApiKey(String label) {
        Optional<ApiKey> key = DemoAccount.find(account.apiKeys, k -> k.label().equals(label));
        if (key.isEmpty()) {
            return refused("action.apiKey.notFound", label);
        }
        account.apiKeys.remove(key.get());
        return done("action.apiKey.deleted", label);
    }

    ActionResult cancelRecurringPlan(String id) {
        Optional<RecurringPlan> plan = DemoAccount.find(account.recurringPlans, p -> p.id().equals(id));
        if (plan.isEmpty()) {
            return refused("action.plan.notFound", id);
        }
        account.recurringPlans.remove(plan.get());
        return done("action.plan.cancelled", id);
    }
}
