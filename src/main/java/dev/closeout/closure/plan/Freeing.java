package dev.closeout.closure.plan;

import dev.closeout.closure.Pairs;
import static java.math.BigDecimal.ZERO;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Amounts;
import dev.closeout.account.Balance;
import dev.closeout.account.EarnPosition;
import dev.closeout.account.LaunchpadSubscription;
import dev.closeout.account.LaunchpoolStake;
import dev.closeout.account.OpenOrder;
import dev.closeout.account.P2pOrder;
import dev.closeout.account.PendingTransfer;
import dev.closeout.account.Position;
import dev.closeout.account.Side;
import dev.closeout.account.StakingPosition;
import dev.closeout.account.SubAccount;
import dev.closeout.account.UnknownPart;
import dev.closeout.account.Wallet;
import dev.closeout.account.WalletTotal;
import dev.closeout.closure.plan.Step.Action;
import dev.closeout.closure.plan.Step.Reason;
import dev.closeout.exchange.AccountAction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The first part of every plan: what frees the account's funds and brings them to Spot, in the order a
 * person does it (orders and bots, positions, loans, Earn, staking, Launchpool, P2P, sub-accounts, then
 * every other wallet's funds moved to Spot), and what each asset then amounts to and when the last of it
 * is in. Locked Earn is waited for, never redeemed early: at maturity it pays its rewards instead of
 * forfeiting them. What the snapshot cannot value (a sub-account's funds, a deposit on its way, a part it
 * could not read) is a step without a value: the plan is made again once it is in.
 */
final class Freeing {

    /** Everything freed: the steps, each asset's holding once in Spot, and the exact USD figures of what did not reach Spot. */
    record Freed(List<Step> steps, Map<String, Holding> holdings, BigDecimal valueNow, BigDecimal fees, BigDecimal arriving,
            BigDecimal leftBehind) {
    }

    private final AccountSnapshot snapshot;
    private final ExitRules rules;
    private final Instant now;
    private final LocalDate today;
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, BigDecimal> amounts = new TreeMap<>();
    private final Map<String, Instant> ready = new HashMap<>();
    /** What each wallet's line comes to once freed, to move to Spot: keyed by the line. */
    private final Map<Balance, BigDecimal> lines = new LinkedHashMap<>();
    /** What each Funding line still holds in escrow for P2P sell orders. */
    private final Map<Balance, BigDecimal> escrow = new HashMap<>();
    private BigDecimal valueNow = ZERO;
    private BigDecimal fees = ZERO;
    private BigDecimal arriving = ZERO;
    private BigDecimal leftBehind = ZERO;

    private Freeing(AccountSnapshot snapshot, ExitRules rules) {
        this.snapshot = snapshot;
        this.rules = rules;
        this.now = snapshot.takenAt();
        this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    static Freed of(AccountSnapshot snapshot, ExitRules rules) {
        return new Freeing(snapshot, rules).free();
    }

    private Freed free() {
        snapshot.balances().forEach(b -> lines.put(b, net(b)));
        snapshot.balances().forEach(b -> value(b.asset(), net(b)));
        snapshot.openOrders().forEach(this::order);
        snapshot.positions().forEach(this::position);
        snapshot.balances().forEach(this::repay);
        snapshot.earn().forEach(this::earn);
        snapshot.staking().forEach(this::staking);
        snapshot.launchpool().forEach(this::launchpool);
        snapshot.p2pOrders().forEach(this::p2p);
        snapshot.subAccounts().stream().filter(s -> s.status() != SubAccount.Status.CLOSED).forEach(s -> steps.add(
                Step.of(Action.SWEEP_SUB_ACCOUNT, null, null, null, null, s.email(), new AccountAction.SweepSubAccount(s.email()))));
        snapshot.pendingTransfers().stream().filter(t -> t.direction() == PendingTransfer.Direction.DEPOSIT).forEach(t -> steps.add(
                Step.of(Action.WAIT_FOR_DEPOSIT, t.asset(), t.amount(), null, null, t.id(), null)));
        lines.forEach(this::move);
        snapshot.launchpad().forEach(this::launchpad);
        snapshot.walletTotals().forEach(this::walletTotal);
        snapshot.unknown().forEach(this::unknownPart);
        return new Freed(List.copyOf(steps), holdings(), valueNow, fees, arriving, leftBehind);
    }

    /** What a balance line is worth in its asset: held, with open profit or loss, less what is owed. */
    private static BigDecimal net(Balance b) {
        return b.held().add(Amounts.orZero(b.unrealizedPnl())).subtract(b.owed());
    }

    private void value(String asset, BigDecimal amount) {
        BigDecimal usd = usd(asset, amount);
        if (usd != null) {
            valueNow = valueNow.add(usd);
        }
    }

    private BigDecimal usd(String asset, BigDecimal amount) {
        return snapshot.priceOf(asset).map(amount::multiply).orElse(null);
    }

    private void order(OpenOrder o) {
        boolean bot = o.type() == OpenOrder.Type.GRID;
        steps.add(Step.of(bot ? Action.STOP_BOT : Action.CANCEL_ORDER, o.symbol(), null, o.market(), null, o.id(),
                bot ? new AccountAction.StopBot(o.id()) : new AccountAction.CancelOrder(o.id())));
    }

    /**
     * Closed at the mark price (the base asset's price, else the entry price): the profit or loss is the
     * wallet's already, the fee is taken from its settlement asset. COIN-M contracts carry no fee estimate.
     */
    private void position(Position p) {
        String settlement = p.wallet() == Wallet.COINM_FUTURES ? "BTC" : "USDT";
        BigDecimal mark = snapshot.priceOf(Pairs.base(p.symbol())).orElse(Amounts.orZero(p.entryPrice()));
        BigDecimal fee = p.wallet() != Wallet.USDM_FUTURES ? ZERO
                : p.quantity().abs().multiply(mark).multiply(rules.futuresFee()).setScale(8, RoundingMode.UP);
        BigDecimal feeUsd = usd(settlement, fee);
        fees = fees.add(feeUsd == null ? ZERO : feeUsd);
        lines.keySet().stream().filter(b -> b.wallet() == p.wallet() && b.asset().equals(settlement)).findFirst()
                .ifPresentOrElse(b -> lines.merge(b, fee.negate(), BigDecimal::add), () -> add(settlement, fee.negate(), now));
        steps.add(new Step(Action.CLOSE_POSITION, p.symbol(), p.quantity(), p.wallet(), settlement, null, null,
                feeUsd, ZERO, ZERO, null, null, null, p.symbol(), new AccountAction.ClosePosition(p.wallet(), p.symbol())));
    }

    /** A loan is repaid from its own wallet; what that wallet lacks is moved in from Spot first. */
    private void repay(Balance b) {
        if (b.owed().signum() <= 0) {
            return;
        }
        BigDecimal shortfall = b.owed().subtract(b.free());
        if (shortfall.signum() > 0) {
            steps.add(Step.of(Action.MOVE_TO_REPAY, b.asset(), shortfall, b.wallet(), null, null,
                    new AccountAction.Transfer(b.asset(), Wallet.SPOT, b.wallet(), shortfall)));
        }
        steps.add(Step.of(Action.REPAY, b.asset(), b.owed(), b.wallet(), null, null, new AccountAction.RepayMargin(b.wallet(), b.asset())));
    }

    private void earn(EarnPosition e) {
        BigDecimal paid = e.amount().add(Amounts.orZero(e.accruedRewards()));
        value(e.asset(), paid);
        Instant when = e.product() == EarnPosition.Product.FLEXIBLE ? null : later(e.maturesOn());
        add(e.asset(), paid, when == null ? now : when);
        steps.add(new Step(Action.REDEEM_EARN, e.asset(), e.amount(), Wallet.EARN, e.asset(), paid, null, ZERO, ZERO, ZERO, when,
                null, null, e.id(), new AccountAction.RedeemEarn(e.id())));
    }

    private void staking(StakingPosition s) {
        value(s.asset(), s.amount());
        Instant when = later(s.releasesOn());
        add(s.asset(), s.amount(), (when == null ? now : when).plus(rules.unbonding()));
        steps.add(Step.of(Action.UNSTAKE, s.asset(), s.amount(), Wallet.EARN, when, s.id(), new AccountAction.Unstake(s.id())));
    }

    private void launchpool(LaunchpoolStake l) {
        value(l.asset(), l.amount());
        if (!Boolean.TRUE.equals(l.redeemable()) && l.endsOn() == null) {
            leave(l.asset(), l.amount(), null, Reason.LAUNCHPAD, l.project());
            return;
        }
        Instant when = Boolean.TRUE.equals(l.redeemable()) ? null : later(l.endsOn());
        add(l.asset(), l.amount(), when == null ? now : when);
        steps.add(Step.of(Action.REDEEM_LAUNCHPOOL, l.asset(), l.amount(), null, when, l.project(), new AccountAction.RedeemLaunchpool(l.id())));
    }

    /** A sell order's escrow leaves to the buyer once the order completes: it reaches the person as the buyer's payment. */
    private void p2p(P2pOrder o) {
        Action action = switch (o.status()) {
            case PENDING_PAYMENT -> Action.CANCEL_P2P;
            case PAID -> Action.RELEASE_P2P;
            case APPEALING -> Action.SETTLE_APPEAL;
            case COMPLETED, CANCELLED -> null;
        };
        if (action == null) {
            return;
        }
        AccountAction perform = switch (action) {
            case CANCEL_P2P -> new AccountAction.CancelP2pOrder(o.id());
            case RELEASE_P2P -> new AccountAction.ReleaseP2pOrder(o.id());
            default -> new AccountAction.SettleP2pAppeal(o.id());
        };
        BigDecimal paid = ZERO;
        if (action != Action.CANCEL_P2P && o.side() == Side.SELL && o.asset() != null && o.amount() != null) {
            Balance funding = lines.keySet().stream().filter(b -> b.wallet() == Wallet.FUNDING && b.asset().equals(o.asset()))
                    .findFirst().orElse(null);
            if (funding != null) {
                BigDecimal held = escrow.computeIfAbsent(funding, b -> Amounts.orZero(b.locked()).max(ZERO));
                paid = o.amount().min(held).max(ZERO);
                escrow.put(funding, held.subtract(paid));
                lines.merge(funding, paid.negate(), BigDecimal::add);
            }
        }
        BigDecimal paidUsd = paid.signum() == 0 ? ZERO : usd(o.asset(), paid);
        arriving = arriving.add(paidUsd == null ? ZERO : paidUsd);
        steps.add(new Step(action, o.asset(), o.amount(), Wallet.FUNDING, o.fiat(), paid.signum() == 0 ? null : paid, null, ZERO,
                paidUsd, ZERO, null, null, null, o.id(), perform));
    }

    /**
     * Each line's funds, once freed, go to Spot: a transfer from every other wallet, except the Trading
     * Bots wallet while bots run (stopping the last returns its funds). A line that comes to less than
     * nothing has been repaid from Spot's.
     */
    private void move(Balance b, BigDecimal amount) {
        if (amount.signum() <= 0) {
            add(b.asset(), amount, now);
            return;
        }
        add(b.asset(), amount, now);
        boolean bots = snapshot.openOrders().stream().anyMatch(o -> o.type() == OpenOrder.Type.GRID);
        if (b.wallet() != Wallet.SPOT && !(b.wallet() == Wallet.TRADING_BOT && bots)) {
            steps.add(Step.of(Action.MOVE_TO_SPOT, b.asset(), amount, b.wallet(), null, b.isolatedSymbol(),
                    new AccountAction.Transfer(b.asset(), b.wallet(), Wallet.SPOT, amount)));
        }
    }

    private void launchpad(LaunchpadSubscription l) {
        value(l.asset(), l.amount());
        leave(l.asset(), l.amount(), null, Reason.LAUNCHPAD, l.project());
    }

    private void walletTotal(WalletTotal w) {
        if (w.itemized() || w.btcValue().signum() == 0) {
            return;
        }
        value("BTC", w.btcValue());
        leave("BTC", w.btcValue(), w.wallet(), Reason.NOT_ITEMIZED, null);
    }

    private void unknownPart(UnknownPart u) {
        steps.add(Step.of(Action.CHECK_ON_EXCHANGE, null, null, null, null, u.part().key(), null));
    }

    private void leave(String asset, BigDecimal amount, Wallet wallet, Reason reason, String ref) {
        BigDecimal usd = usd(asset, amount);
        leftBehind = leftBehind.add(usd == null ? ZERO : usd);
        steps.add(new Step(Action.LEAVE, asset, amount, wallet, null, null, null, usd == null ? null : ZERO, usd == null ? null : ZERO,
                usd, null, reason, null, ref, null));
    }

    private void add(String asset, BigDecimal amount, Instant when) {
        amounts.merge(asset, amount, BigDecimal::add);
        ready.merge(asset, when, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** The start of a day that has not come yet; null for one that has (or none), when it can be done now. */
    private Instant later(LocalDate date) {
        return date == null || !date.isAfter(today) ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Each asset's holding; one that comes to less than nothing stays as a debt. */
    private Map<String, Holding> holdings() {
        Map<String, Holding> held = new TreeMap<>();
        amounts.forEach((asset, amount) -> {
            if (amount.signum() > 0) {
                held.put(asset, new Holding(asset, amount, snapshot.priceOf(asset).orElse(null), ready.get(asset)));
            } else if (amount.signum() < 0) {
                leave(asset, amount, null, Reason.DEBT, null);
            }
        });
        return held;
    }
}
