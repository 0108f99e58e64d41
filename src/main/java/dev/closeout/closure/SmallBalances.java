package dev.closeout.closure;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Balance;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which small balances become BNB. A balance under the dust limit is converted only when it
 * cannot leave better: an asset the account also holds beyond its dust leaves with the rest (a
 * stablecoin left over after a repayment, say), and one worth a market order in all sells for
 * more than BNB brings. Converting never takes what the person would lose 2 % on for nothing.
 */
public final class SmallBalances {

    /** Why a small balance is better left out of the conversion; {@link #CONVERT} when it is not. */
    public enum Keep {
        /** Nothing better: convert it. */
        CONVERT,
        /** The account holds more of the asset beyond its dust: it leaves with the rest, without the fee. */
        LEAVES_WITH_REST,
        /** All of it together is worth a market order: selling it brings more than BNB. */
        SELLS_FOR_MORE
    }

    /** One small asset: what the dust lines hold together, its value, and whether to convert it. */
    public record Small(String asset, BigDecimal amount, BigDecimal usdValue, Keep keep) {
    }

    private SmallBalances() {
    }

    /** Every asset with a balance under the dust limit, in the snapshot's order, each with whether to convert it. */
    public static List<Small> of(AccountSnapshot snapshot) {
        DustLimit limit = DustLimit.of(snapshot);
        Map<String, BigDecimal> dust = new LinkedHashMap<>();
        for (Balance b : snapshot.balances()) {
            if (limit.isDust(b, snapshot.prices().get(b.asset()))) {
                dust.merge(b.asset(), b.held(), BigDecimal::add);
            }
        }
        return dust.entrySet().stream().map(e -> {
            BigDecimal price = snapshot.prices().get(e.getKey());
            BigDecimal all = snapshot.balances().stream().filter(b -> b.asset().equals(e.getKey()) && b.held().signum() > 0)
                    .map(Balance::held).reduce(BigDecimal.ZERO, BigDecimal::add);
            Keep keep = all.compareTo(e.getValue()) > 0 ? Keep.LEAVES_WITH_REST
                    : WayOut.sellable(e.getKey(), all.multiply(price)) ? Keep.SELLS_FOR_MORE : Keep.CONVERT;
            return new Small(e.getKey(), e.getValue(), e.getValue().multiply(price), keep);
        }).toList();
    }

    /** The assets a conversion takes: the small balances that cannot leave better. */
    public static Set<String> toConvert(AccountSnapshot snapshot) {
        return of(snapshot).stream().filter(s -> s.keep() == Keep.CONVERT).map(Small::asset)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Whether the small balance of {@code asset} is better left out of the conversion. */
    public static Keep keep(AccountSnapshot snapshot, String asset) {
        return of(snapshot).stream().filter(s -> s.asset().equals(asset)).map(Small::keep).findFirst().orElse(Keep.CONVERT);
    }
}
