package dev.closeout.exchange.demo;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Amounts;
import dev.closeout.account.ApiKey;
import dev.closeout.account.Balance;
import dev.closeout.account.EarnPosition;
import dev.closeout.account.LaunchpadSubscription;
import dev.closeout.account.LaunchpoolStake;
import dev.closeout.account.OpenOrder;
import dev.closeout.account.P2pOrder;
import dev.closeout.account.PendingTransfer;
import dev.closeout.account.Position;
import dev.closeout.account.Profile;
import dev.closeout.account.RecurringPlan;
import dev.closeout.account.SnapshotSource;
import dev.closeout.account.StakingPosition;
import dev.closeout.account.SubAccount;
import dev.closeout.account.Wallet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The account as the demo exchange keeps it: the snapshot's parts, changeable in place under
 * the exchange's lock. Every read goes out as an immutable {@link AccountSnapshot}.
 */
final class DemoAccount {

    Profile profile;
    final Map<String, BigDecimal> prices;
    final List<Balance> balances;
    final List<Position> positions;
    final List<EarnPosition> earn;
    final List<StakingPosition> staking;
    final List<LaunchpoolStake> launchpool;
    final List<LaunchpadSubscription> launchpad;
    final List<OpenOrder> openOrders;
    final List<P2pOrder> p2pOrders;
    final List<SubAccount> subAccounts;
    final List<PendingTransfer> pendingTransfers;
    final List<ApiKey> apiKeys;
    final List<RecurringPlan> recurringPlans;

    DemoAccount(AccountSnapshot s) {
        profile = s.profile();
        prices = new LinkedHashMap<>(s.prices());
        balances = new ArrayList<>(s.balances());
        positions = new ArrayList<>(s.positions());
        earn = new ArrayList<>(s.earn());
        staking = new ArrayList<>(s.staking());
        launchpool = new ArrayList<>(s.launchpool());
        launchpad = new ArrayList<>(s.launchpad());
        openOrders = new ArrayList<>(s.openOrders());
        p2pOrders = new ArrayList<>(s.p2pOrders());
        subAccounts = new ArrayList<>(s.subAccounts());
        pendingTransfers = new ArrayList<>(s.pendingTransfers());
        apiKeys = new ArrayList<>(s.apiKeys());
        recurringPlans = new ArrayList<>(s.recurringPlans());
    }

    /** A copy to change while this one stays as saved; the parts themselves are immutable records. */
    DemoAccount copy() {
        return new DemoAccount(snapshot(Instant.EPOCH));
    }

    AccountSnapshot snapshot(Instant takenAt) {
        return new AccountSnapshot(AccountSnapshot.SCHEMA_VERSION, SnapshotSource.DEMO, takenAt, profile, prices, balances,
                positions, earn, staking, launchpool, launchpad, openOrders, p2pOrders, subAccounts, pendingTransfers, apiKeys,
                recurringPlans, List.of(), List.of());
    }

    Optional<BigDecimal> price(String asset) {
        return Optional.ofNullable(prices.get(asset));
    }

    /** The balance line of an asset in a wallet (the first, for isolated margin), if there is one. */
    Optional<Balance> balance(Wallet wallet, String asset) {
        return balances.stream().filter(b -> b.wallet() == wallet && b.asset().equals(asset)).findFirst();
    }

    BigDecimal free(Wallet wallet, String asset) {
        return balance(wallet, asset).map(Balance::free).orElse(BigDecimal.ZERO);
    }

    /** Adds to the free amount (subtracts when negative), creating the line if needed. */
    void credit(Wallet wallet, String asset, BigDecimal amount) {
        Optional<Balance> line = balance(wallet, asset);
        if (line.isEmpty()) {
            balances.add(Balance.of(wallet, asset, amount));
            return;
        }
        Balance b = line.get();
        replace(b, new Balance(b.wallet(), b.asset(), b.free().add(amount), b.locked(), b.borrowed(), b.interest(),
                b.unrealizedPnl(), b.isolatedSymbol()));
    }

    /** Moves an amount between free and locked of one line: positive locks, negative releases. */
    void lock(Wallet wallet, String asset, BigDecimal amount) {
        balance(wallet, asset).ifPresent(b -> replace(b, new Balance(b.wallet(), b.asset(), b.free().subtract(amount),
                Amounts.orZero(b.locked()).add(amount), b.borrowed(), b.interest(), b.unrealizedPnl(), b.isolatedSymbol())));
    }

    /** Takes locked funds out of the account (a P2P sale released to the buyer). */
    void spendLocked(Wallet wallet, String asset, BigDecimal amount) {
        balance(wallet, asset).ifPresent(b -> replace(b, new Balance(b.wallet(), b.asset(), b.free(),
                Amounts.orZero(b.locked()).subtract(amount), b.borrowed(), b.interest(), b.unrealizedPnl(), b.isolatedSymbol())));
    }

    void replace(Balance old, Balance updated) {
        balances.set(balances.indexOf(old), updated);
    }

    static <T> Optional<T> find(List<T> items, Predicate<T> which) {
        return items.stream().filter(which).findFirst();
    }

    static <T> void replace(List<T> items, T old, T updated) {
        items.set(items.indexOf(old), updated);
    }
}
