package dev.closeout.closure.plan;

import static dev.closeout.closure.plan.Market.BNB;
import static dev.closeout.closure.plan.Market.USDT;

import dev.closeout.closure.plan.RouteEvaluation.Routed;
import dev.closeout.closure.plan.Way.Kind;
import dev.closeout.exchange.WithdrawalNetwork;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ways that bring the most value to the destination. The few pooled assets decide the rest: for each
 * way the USDT can go (withdrawn on a network, spent on one asset, converted, left) and each the BNB can
 * go, every other asset takes the way that brings most at the pools' rates. Where that leaves a pool
 * under its minimum, the assets that could feed it are switched to do so: every combination of up to
 * {@value #EXHAUSTIVE} of them, beyond that the cheapest first. Then each asset's way is changed alone
 * while that brings more. Every candidate is priced by {@link RouteEvaluation}, exactly.
 */
final class RouteSearch {

    /** Up to this many assets that could feed a pool, every combination of them is tried. */
    static final int EXHAUSTIVE = 10;
    /** Up to this many holdings, each pooled way's plan is improved one asset at a time; beyond, only the best one's. */
    private static final int IMPROVE_EACH = 12;
    private static final int IMPROVING_ROUNDS = 4;

    record Found(Map<String, Way> ways, Routed routed) {
    }

    private final Market market;
    private final BigDecimal tradingKeep;
    private final BigDecimal dustKeep;

    private RouteSearch(Market market) {
        this.market = market;
        this.tradingKeep = BigDecimal.ONE.subtract(market.rules().tradingFee());
        this.dustKeep = BigDecimal.ONE.subtract(market.rules().dustFee());
    }

    static Found best(Market market) {
        return new RouteSearch(market).search();
    }

    private Found search() {
        Found best = null;
        boolean improveEach = market.holdings().size() <= IMPROVE_EACH;
        for (Way usdt : usdtWays()) {
            for (Way bnb : bnbWays(usdt)) {
                Found found = repaired(marginal(usdt, bnb));
                best = better(best, improveEach ? improved(found) : found);
            }
        }
        return improveEach ? best : improved(best);
    }

    private List<Way> usdtWays() {
        List<Way> ways = new ArrayList<>(market.usableOf(USDT).stream().map(Way::withdraw).toList());
        if (market.trading()) {
            market.networks().keySet().stream().sorted().filter(a -> !a.equals(USDT) && market.price(a) != null)
                    .forEach(a -> market.usableOf(a).forEach(n -> ways.add(Way.buy(a, n))));
            ways.add(Way.DUST);
        }
        ways.add(Way.LEAVE);
        return ways;
    }

    /** When the USDT buys BNB, the BNB leaves as that purchase's target; the BNB is never sold into USDT that is converted back. */
    private List<Way> bnbWays(Way usdt) {
        if (usdt.is(Kind.BUY) && usdt.target().equals(BNB)) {
            return List.of(Way.withdraw(usdt.network()));
        }
        List<Way> ways = new ArrayList<>(market.usableOf(BNB).stream().map(Way::withdraw).toList());
        if (market.trading() && !usdt.is(Kind.DUST)) {
            ways.add(Way.SELL);
        }
        ways.add(Way.LEAVE);
        return ways;
    }

    private String target(Map<String, Way> ways) {
        Way usdt = ways.get(USDT);
        return usdt.is(Kind.BUY) ? usdt.target() : null;
    }

    /** Every other asset on the way that brings most at the pools' rates, their minimums aside. */
    private Map<String, Way> marginal(Way usdt, Way bnb) {
        BigDecimal perUsdt = switch (usdt.kind()) {
            case WITHDRAW -> BigDecimal.ONE;
            case BUY -> tradingKeep;
            case DUST -> bnb.is(Kind.WITHDRAW) ? dustKeep : BigDecimal.ZERO;
            default -> BigDecimal.ZERO;
        };
        BigDecimal perBnb = switch (bnb.kind()) {
            case WITHDRAW -> BigDecimal.ONE;
            case SELL -> tradingKeep.multiply(perUsdt);
            default -> BigDecimal.ZERO;
        };
        Map<String, Way> ways = new HashMap<>();
        ways.put(USDT, usdt);
        ways.put(BNB, bnb);
        String target = usdt.is(Kind.BUY) ? usdt.target() : null;
        for (Holding h : market.holdings().values()) {
            if (!ways.containsKey(h.asset()) && !h.asset().equals(target)) {
                ways.put(h.asset(), alternatives(h).stream().max(Comparator.comparing((Way w) -> score(h, w, perUsdt, perBnb)))
                        .orElse(Way.LEAVE));
            }
        }
        return ways;
    }

    /**
     * The ways an asset can take on its own: each network that takes the whole amount (cheapest first), a
     * sale, a conversion, staying. Without a price only a withdrawal can be weighed, by its fee.
     */
    List<Way> alternatives(Holding h) {
        List<Way> ways = new ArrayList<>();
        market.usableOf(h.asset()).stream().filter(n -> Market.withdrawable(h.amount(), n))
                .sorted(Comparator.comparing(WithdrawalNetwork::fee)).map(Way::withdraw).forEach(ways::add);
        if (h.price() != null) {
            if (market.sellable(h.asset(), h.usd())) {
                ways.add(Way.SELL);
            }
            if (market.dustable(h.asset(), h.usd())) {
                ways.add(Way.DUST);
            }
        }
        ways.add(Way.LEAVE);
        return ways;
    }

    /** What arrives of the asset on the way, at the pools' rates; ties go to the earlier way. */
    private BigDecimal score(Holding h, Way way, BigDecimal perUsdt, BigDecimal perBnb) {
        if (h.price() == null) {
            return way.is(Kind.WITHDRAW) ? way.network().fee().negate() : BigDecimal.valueOf(Long.MIN_VALUE);
        }
        return switch (way.kind()) {
            case WITHDRAW -> h.amount().subtract(way.network().fee()).multiply(h.price());
            case SELL -> h.usd().multiply(tradingKeep).multiply(perUsdt);
            case DUST -> h.usd().multiply(dustKeep).multiply(perBnb);
            default -> BigDecimal.ZERO;
        };
    }

    /** Where a pool's amount did not allow its way, the assets that could feed it are switched to, as many as bring most. */
    private Found repaired(Map<String, Way> ways) {
        Found found = new Found(ways, RouteEvaluation.of(market, ways));
        String target = target(ways);
        boolean usdtShort = found.routed().refused().contains(USDT) || target != null && found.routed().refused().contains(target);
        boolean bnbShort = found.routed().refused().contains(BNB);
        if (!usdtShort && !bnbShort) {
            return found;
        }
        List<Map.Entry<String, Way>> feeders = new ArrayList<>();
        for (Holding h : market.holdings().values()) {
            Way now = ways.get(h.asset());
            if (now == null || h.asset().equals(USDT) || h.asset().equals(BNB) || h.asset().equals(target)) {
                continue;
            }
            if (usdtShort && !now.is(Kind.SELL) && market.sellable(h.asset(), h.usd())) {
                feeders.add(Map.entry(h.asset(), Way.SELL));
            } else if (bnbShort && !now.is(Kind.DUST) && market.dustable(h.asset(), h.usd())) {
                feeders.add(Map.entry(h.asset(), Way.DUST));
            }
        }
        // Smallest first: a small asset gives up least where it switches.
        feeders.sort(Comparator.comparing((Map.Entry<String, Way> e) -> market.holdings().get(e.getKey()).usd()));
        Found best = found;
        if (feeders.size() <= EXHAUSTIVE) {
            for (int subset = 1; subset < 1 << feeders.size(); subset++) {
                Map<String, Way> tried = new HashMap<>(ways);
                for (int i = 0; i < feeders.size(); i++) {
                    if ((subset & 1 << i) != 0) {
                        tried.put(feeders.get(i).getKey(), feeders.get(i).getValue());
                    }
                }
                best = better(best, new Found(tried, RouteEvaluation.of(market, tried)));
            }
        } else {
            Map<String, Way> tried = new HashMap<>(ways);
            for (Map.Entry<String, Way> feeder : feeders) {
                tried.put(feeder.getKey(), feeder.getValue());
                best = better(best, new Found(Map.copyOf(tried), RouteEvaluation.of(market, tried)));
            }
        }
        return best;
    }

    /** Each asset's way changed alone, kept where it brings more, until none does. */
    private Found improved(Found found) {
        Found best = found;
        for (int round = 0; round < IMPROVING_ROUNDS; round++) {
            Found start = best;
            String target = target(best.ways());
            for (Holding h : market.holdings().values()) {
                if (h.asset().equals(USDT) || h.asset().equals(BNB) || h.asset().equals(target)) {
                    continue;
                }
                for (Way way : alternatives(h)) {
                    if (!way.equals(best.ways().get(h.asset()))) {
                        Map<String, Way> tried = new HashMap<>(best.ways());
                        tried.put(h.asset(), way);
                        best = better(best, new Found(tried, RouteEvaluation.of(market, tried)));
                    }
                }
            }
            if (best == start) {
                break;
            }
        }
        return best;
    }

    /** More arriving is better; of two that bring as much, the one with fewer steps. */
    static Found better(Found a, Found b) {
        if (a == null) {
            return b;
        }
        int byValue = b.routed().arriving().compareTo(a.routed().arriving());
        return byValue > 0 || byValue == 0 && b.routed().steps().size() < a.routed().steps().size() ? b : a;
    }
}
