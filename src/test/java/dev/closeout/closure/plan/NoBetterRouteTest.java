package dev.closeout.closure.plan;

import static dev.closeout.closure.plan.Market.BNB;
import static dev.closeout.closure.plan.Market.USDT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.closure.DustLimit;
import dev.closeout.closure.plan.RouteEvaluation.Routed;
import dev.closeout.exchange.WithdrawalNetwork;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * On small accounts, every possible choice of ways (each asset withdrawn on each network, sold,
 * converted or left; the USDT and BNB each way they can go) is priced, and none brings more than the
 * plan's. The accounts sit where the choices are close: values around the smallest sale and the dust
 * limit, amounts around the networks' minimums, parts freed later.
 */
class NoBetterRouteTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:30:00Z");
    private static final List<String> OTHERS = List.of("ADA", "DOGE", "SOL");

    @Property(tries = 300)
    void no_choice_of_ways_brings_more_than_the_plans(@ForAll("accounts") Market market) {
        Routed planned = RouteSearch.best(market).routed();

        BigDecimal most = everyChoice(market).stream().map(ways -> RouteEvaluation.of(market, ways).arriving())
                .max(BigDecimal::compareTo).orElseThrow();

        assertEquals(0, most.compareTo(planned.arriving()), () -> "a choice brings " + most + ", the plan " + planned.arriving()
                + " for " + market.holdings() + " " + market.networks());
        BigDecimal held = market.holdings().values().stream().map(Holding::usd).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, held.compareTo(planned.fees().add(planned.arriving()).add(planned.leftBehind())), "the plan adds up");
        assertTrue(planned.steps().stream().noneMatch(s -> s.arrivingUsd() != null && s.arrivingUsd().signum() < 0));
    }

    /** Every way of every holding, in every combination. */
    private static List<Map<String, Way>> everyChoice(Market market) {
        List<Way> usdtWays = new ArrayList<>(market.usableOf(USDT).stream().map(Way::withdraw).toList());
        market.networks().keySet().stream().filter(a -> !a.equals(USDT))
                .forEach(a -> market.usableOf(a).forEach(n -> usdtWays.add(Way.buy(a, n))));
        usdtWays.add(Way.DUST);
        usdtWays.add(Way.LEAVE);
        List<Way> bnbWays = new ArrayList<>(market.usableOf(BNB).stream().map(Way::withdraw).toList());
        bnbWays.add(Way.SELL);
        bnbWays.add(Way.LEAVE);
        List<Map<String, Way>> choices = new ArrayList<>();
        for (Way usdt : usdtWays) {
            for (Way bnb : bnbWays) {
                Map<String, Way> start = new HashMap<>(Map.of(USDT, usdt, BNB, bnb));
                List<String> others = market.holdings().keySet().stream()
                        .filter(a -> !a.equals(USDT) && !a.equals(BNB) && !(usdt.is(Way.Kind.BUY) && usdt.target().equals(a))).toList();
                combine(market, others, 0, start, choices);
            }
        }
        return choices;
    }

    private static void combine(Market market, List<String> others, int i, Map<String, Way> ways, List<Map<String, Way>> choices) {
        if (i == others.size()) {
            choices.add(Map.copyOf(ways));
            return;
        }
        List<Way> options = new ArrayList<>(market.usableOf(others.get(i)).stream().map(Way::withdraw).toList());
        options.addAll(List.of(Way.SELL, Way.DUST, Way.LEAVE));
        for (Way way : options) {
            ways.put(others.get(i), way);
            combine(market, others, i + 1, ways, choices);
        }
        ways.remove(others.get(i));
    }

    @Provide
    Arbitrary<Market> accounts() {
        return Arbitraries.randomValue(NoBetterRouteTest::account);
    }

    /** Up to three altcoins, some USDT and BNB, networks whose minimums sit near the amounts, a destination and a yes or no to trades. */
    private static Market account(Random random) {
        Map<String, BigDecimal> prices = new HashMap<>(Map.of(USDT, BigDecimal.ONE, BNB, new BigDecimal("500")));
        Map<String, List<WithdrawalNetwork>> networks = new TreeMap<>();
        Map<String, Holding> holdings = new TreeMap<>();
        networks.put(USDT, List.of(net(USDT, "TRX", "10", "1"), net(USDT, "BSC", "10", "0.29")).subList(0, 1 + random.nextInt(2)));
        networks.put(BNB, random.nextInt(4) == 0 ? List.of() : List.of(net(BNB, "BSC", "0.01", "0.0005")));
        hold(random, holdings, USDT, BigDecimal.ONE, 3);
        hold(random, holdings, BNB, prices.get(BNB), 3);
        for (String asset : OTHERS.subList(0, 1 + random.nextInt(OTHERS.size()))) {
            BigDecimal price = random.nextInt(8) == 0 ? null : new BigDecimal(List.of("0.1", "2.5", "40").get(random.nextInt(3)));
            if (price != null) {
                prices.put(asset, price);
            }
            BigDecimal amount = hold(random, holdings, asset, price, 1);
            List<WithdrawalNetwork> on = new ArrayList<>();
            for (int n = random.nextInt(3); n > 0; n--) {
                BigDecimal minimum = amount.multiply(new BigDecimal(List.of("0.5", "0.9", "1.1", "3").get(random.nextInt(4))));
                BigDecimal fee = amount.multiply(new BigDecimal(List.of("0.02", "0.1", "0.3").get(random.nextInt(3))));
                on.add(net(asset, "NET" + n, minimum.setScale(4, RoundingMode.HALF_UP).toPlainString(),
                        fee.setScale(4, RoundingMode.HALF_UP).toPlainString()));
            }
            networks.put(asset, on);
        }
        Destination destination = switch (random.nextInt(4)) {
            case 0 -> Destination.to(USDT, "TRX");
            case 1 -> Destination.to(BNB, "BSC");
            case 2 -> Destination.to("ADA", "NET1");
            default -> Destination.anywhere();
        };
        DustLimit dust = new DustLimit(new BigDecimal(List.of("8", "15", "27.375").get(random.nextInt(3))));
        return new Market(holdings, prices, networks, (asset, n) -> destination.accepts(asset, n.network()), random.nextInt(5) > 0, dust,
                ExitRules.TYPICAL, NOW, destination);
    }

    /**
     * Holds the asset (unless one time in {@code skipOneIn} it holds none), worth 1 to 40 USD (as many units
     * without a price), all of it now or later.
     */
    private static BigDecimal hold(Random random, Map<String, Holding> holdings, String asset, BigDecimal price, int skipOneIn) {
        BigDecimal usd = new BigDecimal(List.of("1.2", "3", "4.99", "5", "7.5", "14.9", "16", "26", "40").get(random.nextInt(9)));
        BigDecimal amount = price == null ? usd : usd.divide(price, 6, RoundingMode.HALF_UP);
        if (skipOneIn > 1 && random.nextInt(skipOneIn) == 0) {
            return amount;
        }
        Instant ready = random.nextInt(3) == 0 ? NOW.plus(Duration.ofHours(List.of(2, 5, 30).get(random.nextInt(3)))) : NOW;
        holdings.put(asset, new Holding(asset, amount, price, ready));
        return amount;
    }

    private static WithdrawalNetwork net(String asset, String network, String minimum, String fee) {
        return new WithdrawalNetwork(asset, network, network, new BigDecimal(minimum), new BigDecimal(fee), Duration.ofMinutes(5));
    }
}
