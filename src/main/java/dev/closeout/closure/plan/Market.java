package dev.closeout.closure.plan;

import dev.closeout.closure.DustLimit;
import dev.closeout.exchange.WithdrawalNetwork;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * What routes are priced with: the holdings, the snapshot's prices and moment, each asset's withdrawal
 * networks and which of them the plan may use, whether trades are allowed, the dust limit and the rules.
 */
record Market(Map<String, Holding> holdings, Map<String, BigDecimal> prices, Map<String, List<WithdrawalNetwork>> networks,
        BiPredicate<String, WithdrawalNetwork> usable, boolean trading, DustLimit dustLimit, ExitRules rules, Instant takenAt,
        Destination destination) {

    static final String USDT = "USDT";
    static final String BNB = "BNB";

    BigDecimal price(String asset) {
        return prices.get(asset);
    }

    List<WithdrawalNetwork> networksOf(String asset) {
        return networks.getOrDefault(asset, List.of());
    }

    /** The networks of the asset the plan may withdraw on. */
    List<WithdrawalNetwork> usableOf(String asset) {
        return networksOf(asset).stream().filter(n -> usable.test(asset, n)).toList();
    }

    /** A withdrawal of the whole amount is taken on the network: at least its minimum, more than its fee. */
    static boolean withdrawable(BigDecimal amount, WithdrawalNetwork n) {
        return amount.compareTo(n.minimum()) >= 0 && amount.compareTo(n.fee()) > 0;
    }

    /** A sale for USDT is taken: a priced asset other than USDT, worth at least the smallest sale. */
    boolean sellable(String asset, BigDecimal usd) {
        return trading && !USDT.equals(asset) && usd != null && price(USDT) != null && usd.compareTo(rules.smallestSaleUsd()) >= 0;
    }

    /** A conversion to BNB is taken: a priced balance other than BNB worth less than the dust limit. */
    boolean dustable(String asset, BigDecimal usd) {
        return trading && !BNB.equals(asset) && usd != null && price(BNB) != null && usd.signum() > 0
                && usd.compareTo(dustLimit.usdLimit()) < 0;
    }

    /** A purchase with {@code usdt} of a priced asset is taken: at least the smallest order. */
    boolean buyable(String asset, BigDecimal usdt) {
        return trading && !USDT.equals(asset) && price(asset) != null && price(USDT) != null
                && usdt.compareTo(rules.smallestSaleUsd()) >= 0;
    }
}
