package dev.closeout.closure;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Balance;
import dev.closeout.account.Wallet;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.WithdrawalNetwork;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How money leaves the account: the wallets withdrawals take from, what they can take of each
 * asset, the network that takes it, and what holds funds where no withdrawal reaches them.
 */
public final class Withdrawals {

    /** Withdrawals are taken from these: Spot first, then Funding. */
    public static final Set<Wallet> FROM = EnumSet.of(Wallet.SPOT, Wallet.FUNDING);
    /** Wallets whose funds move to Spot by a transfer, where they can be sold or withdrawn. */
    public static final Set<Wallet> MOVED_TO_SPOT = EnumSet.of(Wallet.FUNDING, Wallet.CROSS_MARGIN, Wallet.ISOLATED_MARGIN,
            Wallet.USDM_FUTURES, Wallet.COINM_FUTURES, Wallet.OPTIONS, Wallet.COPY_TRADING);
    /** The fixes that free funds a withdrawal cannot reach, or say how long they stay out of reach. */
    private static final Set<Fix> FREEING = EnumSet.of(Fix.CANCEL_ORDER, Fix.STOP_BOT, Fix.CLOSE_POSITION, Fix.REPAY_LIABILITY,
            Fix.REDEEM_EARN, Fix.UNSTAKE, Fix.REDEEM_LAUNCHPOOL, Fix.COMPLETE_OR_CANCEL_P2P, Fix.RESOLVE_P2P_DISPUTE,
            Fix.CLOSE_SUB_ACCOUNT, Fix.WAIT_FOR_MATURITY, Fix.WAIT_FOR_PROJECT_END, Fix.WAIT_FOR_TRANSFER);

    private Withdrawals() {
    }

    /** One asset withdrawals can take: the whole free amount, its value (empty without a price), and its way out. */
    public record AssetOut(String asset, BigDecimal amount, Optional<BigDecimal> value, WayOut way) {
    }

    /** What withdrawals can take of each asset: the free amount in Spot and Funding together. */
    public static Map<String, BigDecimal> withdrawable(AccountSnapshot snapshot) {
        Map<String, BigDecimal> held = new LinkedHashMap<>();
        for (Balance b : snapshot.balances()) {
            if (FROM.contains(b.wallet()) && b.free().signum() > 0) {
                held.merge(b.asset(), b.free(), BigDecimal::add);
            }
        }
        return held;
    }

    /**
     * The way out of each asset withdrawals can take, in {@link #withdrawable} order, given the
     * networks each leaves on and whether the exchange withdraws it only on its website.
     */
    public static List<AssetOut> waysOut(AccountSnapshot snapshot, Function<String, List<WithdrawalNetwork>> networks,
            Predicate<String> onWebsite) {
        DustLimit dustLimit = DustLimit.of(snapshot);
        List<AssetOut> out = new ArrayList<>();
        withdrawable(snapshot).forEach((asset, amount) -> {
            Optional<BigDecimal> value = snapshot.priceOf(asset).map(amount::multiply);
            out.add(new AssetOut(asset, amount, value, WayOut.of(networks.apply(asset), asset, amount, value, dustLimit,
                    onWebsite.test(asset))));
        });
        return out;
    }

    /** Converting the small balances adds BNB: BNB that cannot leave now may, once they are converted. */
    public static boolean growsWithDust(AssetOut asset, List<AssetOut> all) {
        return "BNB".equals(asset.asset()) && asset.way() != WayOut.WITHDRAW
                && all.stream().anyMatch(a -> a.way() == WayOut.CONVERT);
    }

    /** A transfer to Spot for the free funds of each other wallet. */
    public static List<AccountAction.Transfer> transfersToSpot(AccountSnapshot snapshot) {
        return snapshot.balances().stream().filter(b -> MOVED_TO_SPOT.contains(b.wallet()) && b.free().signum() > 0)
                .map(b -> new AccountAction.Transfer(b.asset(), b.wallet(), Wallet.SPOT, b.free())).toList();
    }

    /**
     * What of a finding's balance can be moved or sold now: the finding counts what is held, but
     * the part in open orders or P2P escrow stays where it is until they end.
     */
    public static BigDecimal free(Finding f, AccountSnapshot snapshot) {
        return snapshot.balances().stream()
                .filter(b -> b.wallet() == f.wallet() && b.asset().equals(f.asset()) && Objects.equals(b.isolatedSymbol(), f.symbol()))
                .map(Balance::free).findFirst().orElse(f.amount());
    }

    /** The network takes the whole amount: at least its minimum, and more than its fee. */
    public static boolean takesWhole(WithdrawalNetwork network, BigDecimal amount) {
        return amount.compareTo(network.minimum()) >= 0 && amount.compareTo(network.fee()) > 0;
    }

    /** The network with the smallest minimum: what an amount too small for every network is measured against. */
    public static Optional<WithdrawalNetwork> smallestMinimum(List<WithdrawalNetwork> networks) {
        return networks.stream().min(Comparator.comparing(WithdrawalNetwork::minimum));
    }

    /** True when the finding holds funds a withdrawal cannot reach, or says how long they stay out of reach. */
    public static boolean tiesUpFunds(Finding f) {
        if (!FREEING.contains(f.fix())) {
            return false;
        }
        if (f.kind() == FindingKind.BALANCE) {
            // A balance's open PnL is its position's: the position's line closes it.
            return f.fix() == Fix.REPAY_LIABILITY;
        }
        return f.kind() != FindingKind.TRANSFER || "DEPOSIT".equals(f.type());
    }
}
