package dev.closeout.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one exchange account holds at one instant. Immutable; lists are never null
 * (absent means empty). {@code source} may be null when the producer did not say.
 */
public record AccountSnapshot(
        int schemaVersion,
        SnapshotSource source,
        Instant takenAt,
        Profile profile,
        Map<String, BigDecimal> prices,
        List<Balance> balances,
        List<Position> positions,
        List<EarnPosition> earn,
        List<StakingPosition> staking,
        List<LaunchpoolStake> launchpool,
        List<LaunchpadSubscription> launchpad,
        List<OpenOrder> openOrders,
        List<P2pOrder> p2pOrders,
        List<SubAccount> subAccounts,
        List<PendingTransfer> pendingTransfers,
        List<ApiKey> apiKeys,
        List<RecurringPlan> recurringPlans,
        List<WalletTotal> walletTotals,
        List<UnknownPart> unknown) {

    /** The snapshot format this code reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    public AccountSnapshot {
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(profile, "profile");
        // Keep the producer's price order: a written snapshot reads like the one that was read.
        prices = prices == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(prices));
        balances = listOf(balances);
        positions = listOf(positions);
        earn = listOf(earn);
        staking = listOf(staking);
        launchpool = listOf(launchpool);
        launchpad = listOf(launchpad);
        openOrders = listOf(openOrders);
        p2pOrders = listOf(p2pOrders);
        subAccounts = listOf(subAccounts);
        pendingTransfers = listOf(pendingTransfers);
        apiKeys = listOf(apiKeys);
        recurringPlans = listOf(recurringPlans);
        walletTotals = listOf(walletTotals);
        unknown = listOf(unknown);
    }

    /** The USD price of an asset, if the snapshot has one. */
    public Optional<BigDecimal> priceOf(String asset) {
        return Optional.ofNullable(prices.get(asset));
    }

    private static <T> List<T> listOf(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
