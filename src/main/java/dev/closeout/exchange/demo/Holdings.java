package dev.closeout.exchange.demo;

import static dev.closeout.exchange.ActionResult.done;
import static dev.closeout.exchange.ActionResult.pending;
import static dev.closeout.exchange.ActionResult.refused;

import dev.closeout.account.Amounts;
import dev.closeout.account.Balance;
import dev.closeout.account.EarnPosition;
import dev.closeout.account.LaunchpoolStake;
import dev.closeout.account.PendingTransfer;
import dev.closeout.account.StakingPosition;
import dev.closeout.account.Wallet;
import dev.closeout.account.history.EarnEvent;
import dev.closeout.account.history.WalletTransfer;
import dev.closeout.account.history.Withdrawal;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.exchange.address.AddressCheck;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/** Moving funds: between wallets, out of Earn, staking and Launchpool, and off the exchange. */
final class Holdings {

    /** Wallets a user can move funds out of and into by transfer. */
    private static final Set<Wallet> TRANSFERABLE = EnumSet.of(Wallet.SPOT, Wallet.FUNDING, Wallet.CROSS_MARGIN,
            Wallet.ISOLATED_MARGIN, Wallet.USDM_FUTURES, Wallet.COINM_FUTURES, Wallet.OPTIONS, Wallet.COPY_TRADING);

    private final DemoAccount account;
    private final DemoExtras extras;
    private final DemoSettings settings;
    private final Instant now;

    Holdings(DemoAccount account, DemoExtras extras, DemoSettings settings, Instant now) {
        this.account = account;
        this.extras = extras;
        this.settings = settings;
        this.now = now;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    ActionResult transfer(String asset, Wallet from, Wallet to, BigDecimal amount) {
        if (!TRANSFERABLE.contains(from) || !TRANSFERABLE.contains(to) || from == to) {
            return refused("action.transfer.notBetween", from.name(), to.name());
        }
        if (amount == null || amount.signum() <= 0) {
            return refused("action.transfer.amount");
        }
        Optional<Balance> line = account.balance(from, asset);
        BigDecimal free = line.map(Balance::free).orElse(BigDecimal.ZERO);
        if (line.isPresent() && line.get().owed().signum() != 0) {
            return refused("action.transfer.owed", asset, from.name());
        }
        boolean openPositions = account.positions.stream().anyMatch(p -> p.wallet() == from);
        if (openPositions && (from == Wallet.USDM_FUTURES || from == Wallet.COINM_FUTURES)) {
            return refused("action.transfer.positionsOpen", from.name());
        }
        if (free.compareTo(amount) < 0) {
            return refused("action.transfer.insufficient", free.toPlainString(), asset, from.name());
        }
        account.credit(from, asset, amount.negate());
        account.credit(to, asset, amount);
        extras.activity.transfers.add(new WalletTransfer("tr-" + extras.nextId++, now, asset, amount, from, to));
        return done("action.transfer.done", amount.toPlainString(), asset, from.name(), to.name());
    }

    ActionResult redeemEarn(String id) {
        Optional<EarnPosition> found = DemoAccount.find(account.earn, e -> e.id().equals(id));
        if (found.isEmpty()) {
            return refused("action.earn.notFound", id);
        }
        EarnPosition e = found.get();
        boolean matured = e.maturesOn() != null && !e.maturesOn().isAfter(today());
        BigDecimal credited;
        if (e.product() == EarnPosition.Product.FLEXIBLE || matured) {
            credited = e.amount().add(Amounts.orZero(e.accruedRewards()));
        } else if (e.earlyRedemption() == EarnPosition.EarlyRedemption.ALLOWED) {
            credited = e.amount().subtract(Amounts.orZero(e.earlyRedemptionPenalty()));
        } else {
            return refused("action.earn.locked", id, String.valueOf(e.maturesOn()));
        }
        account.earn.remove(e);
        extras.autoSubscribe.remove(id);
        account.credit(Wallet.SPOT, e.asset(), credited);
        redeemed(e.product() == EarnPosition.Product.FLEXIBLE ? EarnEvent.Product.FLEXIBLE : EarnEvent.Product.LOCKED, id,
                e.asset(), credited);
        return done("action.earn.redeemed", id, credited.toPlainString(), e.asset());
    }

    ActionResult unstake(String id) {
        Optional<StakingPosition> found = DemoAccount.find(account.staking, s -> s.id().equals(id));
        if (found.isEmpty()) {
            return refused("action.staking.notFound", id);
        }
        StakingPosition s = found.get();
        Optional<Scheduled> unbonding = scheduled(Scheduled.Kind.UNSTAKE_ARRIVES, id);
        if (unbonding.isPresent()) {
            return refused("action.staking.alreadyUnstaking", id, Times.at(unbonding.get().at()));
        }
        if (s.releasesOn() != null && s.releasesOn().isAfter(today())) {
            return refused("action.staking.locked", id, s.releasesOn().toString());
        }
        Instant arrives = now.plus(settings.unstakeDelay());
        // Unbonding funds stay listed as staking until they arrive, so nothing looks empty too early. Their
        // release date is the first day that starts once they have arrived: a date that has come (the arrival
        // day itself, before the arrival hour) would tell the user to unstake what is already on its way.
        LocalDate releasesOn = LocalDate.ofInstant(arrives.minusNanos(1), ZoneOffset.UTC).plusDays(1);
        DemoAccount.replace(account.staking, s, new StakingPosition(s.id(), s.product(), s.asset(), s.amount(), releasesOn));
        extras.scheduled.add(new Scheduled(arrives, Scheduled.Kind.UNSTAKE_ARRIVES, id));
        return pending("action.staking.unstaking", s.amount().toPlainString(), s.asset(), Times.at(arrives));
    }

    ActionResult redeemLaunchpool(String id) {
        Optional<LaunchpoolStake> found = DemoAccount.find(account.launchpool, l -> l.id().equals(id));
        if (found.isEmpty()) {
            return refused("action.launchpool.notFound", id);
        }
        LaunchpoolStake l = found.get();
        boolean ended = l.endsOn() != null && !l.endsOn().isAfter(today());
        if (!Boolean.TRUE.equals(l.redeemable()) && !ended) {
            return refused("action.launchpool.locked", l.project(), String.valueOf(l.endsOn()));
        }
        account.launchpool.remove(l);
        account.credit(Wallet.SPOT, l.asset(), l.amount());
        return done("action.launchpool.redeemed", l.amount().toPlainString(), l.asset(), l.project());
    }

    /** Withdraws from Spot, then Funding; the fee comes out of the amount; in flight until the network confirms. */
    ActionResult withdraw(String asset, String network, String address, BigDecimal amount) {
        Optional<WithdrawalNetwork> net = Networks.find(asset, network);
        if (net.isEmpty()) {
            return Networks.of(asset).isEmpty() ? refused("action.withdraw.notOffered", asset)
                    : refused("action.withdraw.network", network, asset);
        }
        Optional<AddressCheck.Problem> problem = AddressCheck.check(Networks.addressFormat(network), address);
        if (problem.isPresent()) {
            return refused("action.withdraw.address." + problem.get().name(), net.get().name());
        }
        if (amount == null || amount.signum() <= 0) {
            return refused("action.transfer.amount");
        }
        if (amount.compareTo(net.get().minimum()) < 0) {
            return refused("action.withdraw.belowMinimum", net.get().minimum().toPlainString(), asset, net.get().name());
        }
        BigDecimal spot = account.free(Wallet.SPOT, asset).max(BigDecimal.ZERO);
        BigDecimal funding = account.free(Wallet.FUNDING, asset).max(BigDecimal.ZERO);
        if (spot.add(funding).compareTo(amount) < 0) {
            return refused("action.withdraw.insufficient", spot.add(funding).toPlainString(), asset);
        }
        BigDecimal fromSpot = spot.min(amount);
        account.credit(Wallet.SPOT, asset, fromSpot.negate());
        if (amount.compareTo(fromSpot) > 0) {
            account.credit(Wallet.FUNDING, asset, amount.subtract(fromSpot).negate());
        }
        String id = "wd-" + extras.nextId++;
        Instant completes = now.plus(net.get().typicalTime());
        String tx = txId(id, address, amount, network);
        account.pendingTransfers.add(new PendingTransfer(id, PendingTransfer.Direction.WITHDRAWAL, asset, amount, network, "PROCESSING"));
        extras.activity.withdrawals.add(new Withdrawal(id, now, asset, amount, net.get().fee(), network, address, tx,
                Withdrawal.Status.PROCESSING));
        extras.scheduled.add(new Scheduled(completes, Scheduled.Kind.WITHDRAWAL_COMPLETED, id));
        return pending("action.withdraw.sent", amount.toPlainString(), asset, net.get().arriving(amount).toPlainString(),
                net.get().fee().toPlainString(), address, Times.at(completes), tx);
    }

    /**
     * The simulated transaction's hash, as an explorer shows it on its network (0x first on the EVM chains): made from
     * what was sent, so the same withdrawal always has the same one.
     */
    private String txId(String id, String address, BigDecimal amount, String network) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((id + "|" + address + "|" + amount.toPlainString() + "|" + now)
                    .getBytes(StandardCharsets.UTF_8));
            return (Set.of("ETH", "BSC", "ARBITRUM").contains(network) ? "0x" : "") + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Locked Earn at maturity: released to Spot, or subscribed again where auto-subscribe is on. */
    boolean releaseMatured() {
        boolean changed = false;
        for (EarnPosition e : java.util.List.copyOf(account.earn)) {
            if (matured(e)) {
                account.earn.remove(e);
                account.credit(Wallet.SPOT, e.asset(), e.amount().add(Amounts.orZero(e.accruedRewards())));
                redeemed(EarnEvent.Product.LOCKED, e.id(), e.asset(), e.amount().add(Amounts.orZero(e.accruedRewards())));
                changed = true;
            }
        }
        return changed;
    }

    /** Whether some locked Earn has matured and waits to be released. */
    boolean anyMatured() {
        return account.earn.stream().anyMatch(this::matured);
    }

    private boolean matured(EarnPosition e) {
        return e.product() == EarnPosition.Product.LOCKED && e.maturesOn() != null && !e.maturesOn().isAfter(today())
                && !extras.autoSubscribe.contains(e.id());
    }

    void depositCredited(String id) {
        DemoAccount.find(account.pendingTransfers, t -> t.id().equals(id)).ifPresent(t -> {
            account.pendingTransfers.remove(t);
            account.credit(Wallet.SPOT, t.asset(), t.amount());
            extras.activity.depositCompleted(id);
        });
    }

    void withdrawalCompleted(String id) {
        account.pendingTransfers.removeIf(t -> t.id().equals(id));
        extras.activity.withdrawalCompleted(id);
    }

    void unstakeArrives(String id) {
        DemoAccount.find(account.staking, s -> s.id().equals(id)).ifPresent(s -> {
            account.staking.remove(s);
            account.credit(Wallet.SPOT, s.asset(), s.amount());
            redeemed(EarnEvent.Product.STAKING, s.id(), s.asset(), s.amount());
        });
    }

    /** Funds back from Earn or staking, for the account's history. */
    private void redeemed(EarnEvent.Product product, String productId, String asset, BigDecimal amount) {
        extras.activity.earn.add(new EarnEvent("earn-" + extras.nextId++, now, EarnEvent.Kind.REDEMPTION, product, productId, asset,
                amount));
    }

    private Optional<Scheduled> scheduled(Scheduled.Kind kind, String ref) {
        return extras.scheduled.stream().filter(s -> s.kind() == kind && s.ref().equals(ref)).findFirst();
    }
}
