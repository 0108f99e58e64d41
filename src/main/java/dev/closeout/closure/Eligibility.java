package dev.closeout.closure;

import static dev.closeout.account.Amounts.isZero;

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
import dev.closeout.account.StakingPosition;
import dev.closeout.account.SubAccount;
import dev.closeout.account.UnknownPart;
import dev.closeout.account.UnknownPart.Part;
import dev.closeout.account.Wallet;
import dev.closeout.account.WalletTotal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exchange's typical closure rules, applied to one snapshot. The report depends on the
 * snapshot alone: dates are judged against the UTC day of {@code takenAt}, never the
 * machine's clock, and what the source could not see is never taken for zero.
 */
public final class Eligibility {

    private static final Map<Part, Set<Condition>> UNKNOWN_PART_FEEDS = new EnumMap<>(Map.ofEntries(
            Map.entry(Part.BALANCES, EnumSet.of(Condition.ZERO_BALANCE)),
            Map.entry(Part.POSITIONS, EnumSet.of(Condition.ZERO_BALANCE)),
            Map.entry(Part.LAUNCHPOOL, EnumSet.of(Condition.ZERO_BALANCE)),
            Map.entry(Part.LAUNCHPAD, EnumSet.of(Condition.ZERO_BALANCE)),
            Map.entry(Part.EARN, EnumSet.of(Condition.ZERO_BALANCE, Condition.NO_ACTIVE_EARN)),
            Map.entry(Part.STAKING, EnumSet.of(Condition.ZERO_BALANCE, Condition.NO_ACTIVE_EARN)),
            Map.entry(Part.OPEN_ORDERS, EnumSet.of(Condition.NO_OPEN_ORDERS)),
            Map.entry(Part.P2P_ORDERS, EnumSet.of(Condition.NO_OPEN_P2P)),
            Map.entry(Part.SUB_ACCOUNTS, EnumSet.of(Condition.NO_SUB_ACCOUNTS)),
            Map.entry(Part.PENDING_TRANSFERS, EnumSet.of(Condition.NO_PENDING_TRANSFERS)),
            Map.entry(Part.PROFILE, EnumSet.of(Condition.ACCOUNT_ACTIVE))));

    private static final int USD_SCALE = 8;

    private final AccountSnapshot snapshot;
    private final LocalDate today;
    private final DustLimit dustLimit;
    private final Map<Condition, List<Finding>> findings = new EnumMap<>(Condition.class);

    private Eligibility(AccountSnapshot snapshot) {
        this.snapshot = snapshot;
        this.today = LocalDate.ofInstant(snapshot.takenAt(), ZoneOffset.UTC);
        this.dustLimit = DustLimit.of(snapshot);
        for (Condition condition : Condition.values()) {
            findings.put(condition, new ArrayList<>());
        }
    }

    public static ReadinessReport evaluate(AccountSnapshot snapshot) {
        return new Eligibility(snapshot).report();
    }

    private ReadinessReport report() {
        snapshot.balances().forEach(this::balance);
        snapshot.positions().forEach(this::position);
        snapshot.earn().forEach(this::earn);
        snapshot.staking().forEach(this::staking);
        snapshot.launchpool().forEach(this::launchpool);
        snapshot.launchpad().forEach(this::launchpad);
        snapshot.walletTotals().forEach(this::walletTotal);
        snapshot.openOrders().forEach(this::order);
        snapshot.p2pOrders().forEach(this::p2pOrder);
        snapshot.subAccounts().forEach(this::subAccount);
        snapshot.pendingTransfers().forEach(this::transfer);
        account();
        snapshot.unknown().forEach(this::unknownPart);
        List<ConditionResult> results = new ArrayList<>();
        findings.forEach((condition, list) -> results.add(new ConditionResult(condition, list)));
        return new ReadinessReport(snapshot.takenAt(), results);
    }

    private void balance(Balance b) {
        boolean negative = b.free().signum() < 0 || (b.locked() != null && b.locked().signum() < 0);
        boolean liability = negative || !isZero(b.borrowed()) || !isZero(b.interest());
        boolean openPnl = !isZero(b.unrealizedPnl());
        if (!liability && !openPnl && b.held().signum() == 0) {
            return;
        }
        BigDecimal price = snapshot.prices().get(b.asset());
        Fix fix;
        if (liability) {
            fix = Fix.REPAY_LIABILITY;
        } else if (openPnl) {
            fix = Fix.CLOSE_POSITION;
        } else if (dustLimit.isDust(b, price)) {
            fix = Fix.CONVERT_DUST;
        } else {
            fix = Fix.WITHDRAW_OR_SELL;
        }
        // Below zero is owed too: a negative line is repaid by the amount it is short.
        BigDecimal owed = b.owed().add(b.free().min(BigDecimal.ZERO).negate())
                .add(Amounts.orZero(b.locked()).min(BigDecimal.ZERO).negate());
        BigDecimal heldValue = b.held().signum() > 0 ? usd(b.held(), price) : price == null ? null : BigDecimal.ZERO;
        add(Condition.ZERO_BALANCE, new Finding(FindingKind.BALANCE, fix, b.wallet(), b.asset(), b.held(),
                heldValue, liability ? owed : null, null, b.isolatedSymbol(), null, null, null));
    }

    private void position(Position p) {
        if (isZero(p.quantity()) && isZero(p.unrealizedPnl())) {
            return;
        }
        add(Condition.ZERO_BALANCE, new Finding(FindingKind.POSITION, Fix.CLOSE_POSITION, p.wallet(), null,
                p.quantity(), null, null, null, p.symbol(), null, null, null));
    }

    private void earn(EarnPosition e) {
        if (isZero(e.amount())) {
            return;
        }
        boolean releasable = e.product() == EarnPosition.Product.FLEXIBLE
                || e.earlyRedemption() == EarnPosition.EarlyRedemption.ALLOWED
                || hasArrived(e.maturesOn());
        Finding finding = new Finding(FindingKind.EARN, releasable ? Fix.REDEEM_EARN : Fix.WAIT_FOR_MATURITY, Wallet.EARN,
                e.asset(), e.amount(), usd(e.amount(), e.asset()), null, e.id(), null, e.product().name(), e.maturesOn(), null);
        add(Condition.ZERO_BALANCE, finding);
        add(Condition.NO_ACTIVE_EARN, finding);
    }

    private void staking(StakingPosition s) {
        if (isZero(s.amount())) {
            return;
        }
        boolean releasable = s.releasesOn() == null || hasArrived(s.releasesOn());
        Finding finding = new Finding(FindingKind.STAKING, releasable ? Fix.UNSTAKE : Fix.WAIT_FOR_MATURITY, Wallet.EARN,
                s.asset(), s.amount(), usd(s.amount(), s.asset()), null, s.id(), null, s.product().name(), s.releasesOn(), null);
        add(Condition.ZERO_BALANCE, finding);
        add(Condition.NO_ACTIVE_EARN, finding);
    }

    private void launchpool(LaunchpoolStake l) {
        if (isZero(l.amount())) {
            return;
        }
        // A project whose end date has come has released its stakes, as a matured product would.
        boolean releasable = Boolean.TRUE.equals(l.redeemable()) || (l.endsOn() != null && hasArrived(l.endsOn()));
        add(Condition.ZERO_BALANCE, new Finding(FindingKind.LAUNCHPOOL,
                releasable ? Fix.REDEEM_LAUNCHPOOL : Fix.WAIT_FOR_PROJECT_END, null, l.asset(), l.amount(),
                usd(l.amount(), l.asset()), null, l.id(), l.project(), null, l.endsOn(), null));
    }

    private void launchpad(LaunchpadSubscription l) {
        if (isZero(l.amount())) {
            return;
        }
        add(Condition.ZERO_BALANCE, new Finding(FindingKind.LAUNCHPAD, Fix.WAIT_FOR_PROJECT_END, null, l.asset(),
                l.amount(), usd(l.amount(), l.asset()), null, l.id(), l.project(),
                l.status() == null ? null : l.status().name(), null, null));
    }

    private void walletTotal(WalletTotal w) {
        if (w.itemized() || isZero(w.btcValue())) {
            return;
        }
        add(Condition.ZERO_BALANCE, new Finding(FindingKind.WALLET_TOTAL, Fix.CHECK_ON_EXCHANGE, w.wallet(), "BTC",
                w.btcValue(), usd(w.btcValue(), "BTC"), null, null, null, null, null, null));
    }

    private void order(OpenOrder o) {
        Fix fix = o.type() == OpenOrder.Type.GRID ? Fix.STOP_BOT : Fix.CANCEL_ORDER;
        add(Condition.NO_OPEN_ORDERS, new Finding(FindingKind.ORDER, fix, o.market(), null, o.quantity(), null, null,
                o.id(), o.symbol(), o.type().name(), null, null));
    }

    private void p2pOrder(P2pOrder p) {
        Fix fix = switch (p.status()) {
            case PENDING_PAYMENT, PAID -> Fix.COMPLETE_OR_CANCEL_P2P;
            case APPEALING -> Fix.RESOLVE_P2P_DISPUTE;
            case COMPLETED, CANCELLED -> null;
        };
        if (fix != null) {
            add(Condition.NO_OPEN_P2P, new Finding(FindingKind.P2P_ORDER, fix, null, p.asset(), p.amount(),
                    usd(p.amount(), p.asset()), null, p.id(), null, p.status().name(), null, null));
        }
    }

    private void subAccount(SubAccount s) {
        if (s.status() != SubAccount.Status.CLOSED) {
            add(Condition.NO_SUB_ACCOUNTS, new Finding(FindingKind.SUB_ACCOUNT, Fix.CLOSE_SUB_ACCOUNT, null, null, null,
                    null, null, s.email(), null, s.status().name(), null, null));
        }
    }

    /** Every listed transfer is in flight: the list holds only what the exchange has not finished. */
    private void transfer(PendingTransfer t) {
        add(Condition.NO_PENDING_TRANSFERS, new Finding(FindingKind.TRANSFER, Fix.WAIT_FOR_TRANSFER, null, t.asset(),
                t.amount(), usd(t.amount(), t.asset()), null, t.id(), null, t.direction().name(), null, null));
    }

    private void account() {
        Fix fix = switch (snapshot.profile().status()) {
            case ACTIVE -> null;
            case FROZEN -> Fix.UNFREEZE_ACCOUNT;
            case CLOSING, CLOSED -> Fix.NONE;
        };
        if (fix != null) {
            add(Condition.ACCOUNT_ACTIVE, new Finding(FindingKind.ACCOUNT, fix, null, null, null, null, null,
                    snapshot.profile().accountId(), null, snapshot.profile().status().name(), null, null));
        }
    }

    private void unknownPart(UnknownPart u) {
        Finding finding = new Finding(FindingKind.UNKNOWN, Fix.CHECK_ON_EXCHANGE, null, null, null, null, null,
                u.part().key(), null, null, null, u.reason());
        UNKNOWN_PART_FEEDS.get(u.part()).forEach(condition -> add(condition, finding));
    }

    /** A date that is not after the snapshot's UTC day has come. */
    private boolean hasArrived(LocalDate date) {
        return date != null && !date.isAfter(today);
    }

    private BigDecimal usd(BigDecimal amount, String asset) {
        return asset == null || amount == null ? null : usd(amount, snapshot.prices().get(asset));
    }

    private static BigDecimal usd(BigDecimal amount, BigDecimal price) {
        if (price == null) {
            return null;
        }
        BigDecimal value = amount.multiply(price);
        return value.scale() > USD_SCALE ? value.setScale(USD_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros() : value;
    }

    private void add(Condition condition, Finding finding) {
        findings.get(condition).add(finding);
    }
}
