package dev.closeout.closure.plan;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Balance;
import dev.closeout.closure.DustLimit;
import dev.closeout.closure.plan.Freeing.Freed;
import dev.closeout.closure.plan.RouteEvaluation.Routed;
import dev.closeout.exchange.WithdrawalNetwork;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * How to leave the exchange with the most: from one snapshot, the steps that free the funds and route
 * them to the destination, with what each costs and when it can run, and the totals; beside it the naive
 * way, every asset withdrawn on its own on the exchange's default network. The plan recommended is the
 * one that brings more: never less than the naive one. Prices are the snapshot's, estimates as of
 * {@code pricesAt}; withdrawal minimums and fees are the exchange's; {@code rules} are typical figures.
 */
public record ExitPlan(Instant pricesAt, Choice choice, ExitRules rules, BigDecimal dustLimitUsd, Itinerary planned, Itinerary naive) {

    /** One way through: its steps in the order they run, and its totals. */
    public record Itinerary(List<Step> steps, Totals totals) {

        public Itinerary {
            steps = List.copyOf(steps);
            Objects.requireNonNull(totals, "totals");
        }
    }

    public ExitPlan {
        Objects.requireNonNull(pricesAt, "pricesAt");
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(naive, "naive");
    }

    /** The plan for the account, {@code networks} holding each asset's withdrawal networks (the exchange's default first). */
    public static ExitPlan of(AccountSnapshot snapshot, Map<String, List<WithdrawalNetwork>> networks, Choice choice, ExitRules rules) {
        Freed freed = Freeing.of(snapshot, rules);
        DustLimit dustLimit = DustLimit.of(snapshot);
        Market market = new Market(freed.holdings(), snapshot.prices(), networks,
                (asset, n) -> choice.destination().accepts(asset, n.network()), choice.trading(), dustLimit, rules, snapshot.takenAt(),
                choice.destination());
        Routed planned = RouteSearch.best(market).routed();
        Market alone = new Market(freed.holdings(), snapshot.prices(), networks, (asset, n) -> n.equals(market.networksOf(asset).get(0)),
                false, dustLimit, rules, snapshot.takenAt(), Destination.anywhere());
        Map<String, Way> defaults = new HashMap<>();
        for (String asset : Stream.concat(freed.holdings().keySet().stream(), Stream.of(Market.USDT, Market.BNB)).toList()) {
            alone.usableOf(asset).stream().findFirst().ifPresent(n -> defaults.put(asset, Way.withdraw(n)));
        }
        return new ExitPlan(snapshot.takenAt(), choice, rules, dustLimit.usdLimit(), itinerary(freed, planned),
                itinerary(freed, RouteEvaluation.of(alone, defaults)));
    }

    /** The assets whose withdrawal networks a plan for the account needs: those it holds anywhere, USDT, BNB and the destination's. */
    public static Set<String> assetsToAsk(AccountSnapshot snapshot, Choice choice) {
        Set<String> assets = new TreeSet<>(List.of(Market.USDT, Market.BNB));
        snapshot.balances().stream().map(Balance::asset).forEach(assets::add);
        snapshot.earn().forEach(e -> assets.add(e.asset()));
        snapshot.staking().forEach(s -> assets.add(s.asset()));
        snapshot.launchpool().forEach(l -> assets.add(l.asset()));
        choice.destination().addresses().keySet().forEach(r -> assets.add(r.asset()));
        return assets;
    }

    /** The freeing steps and the routes', in the order they run: by when they can, then in the order they were planned. */
    private static Itinerary itinerary(Freed freed, Routed routed) {
        List<Step> steps = new ArrayList<>(freed.steps());
        steps.addAll(routed.steps());
        List<Step> ordered = new ArrayList<>();
        steps.stream().sorted(Comparator.comparing(Step::notBefore, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(Step::rounded).forEach(ordered::add);
        BigDecimal fees = freed.fees().add(routed.fees());
        BigDecimal arriving = freed.arriving().add(routed.arriving());
        BigDecimal left = freed.leftBehind().add(routed.leftBehind());
        if (freed.valueNow().compareTo(fees.add(arriving).add(left)) != 0) {
            throw new IllegalStateException("the plan does not add up: " + freed.valueNow() + " against " + fees + " + " + arriving
                    + " + " + left);
        }
        return new Itinerary(ordered, Totals.rounded(freed.valueNow(), arriving, left));
    }

    /** The naive way is recommended where it brings more than the plan could under the person's choice. */
    public boolean naiveRecommended() {
        return naive.totals().arriving().compareTo(planned.totals().arriving()) > 0;
    }

    public Itinerary recommended() {
        return naiveRecommended() ? naive : planned;
    }

    public List<Step> steps() {
        return recommended().steps();
    }

    public Totals totals() {
        return recommended().totals();
    }

    /** What the recommended plan brings beyond the naive one, in USD. */
    public BigDecimal savingUsd() {
        return totals().arriving().subtract(naive.totals().arriving());
    }

    /** The same in percent of what the naive one brings, to two places; null when the naive one brings nothing. */
    public BigDecimal savingPercent() {
        BigDecimal base = naive.totals().arriving();
        return base.signum() <= 0 ? null : savingUsd().multiply(BigDecimal.valueOf(100)).divide(base, 2, RoundingMode.HALF_EVEN);
    }

    /** The first step that can run by {@code now} and that the exchange is asked to do, skipping {@code skipped}. */
    public Optional<Step> next(Instant now, Predicate<Step> skipped) {
        return steps().stream().filter(Step::runnable).filter(s -> !skipped.test(s))
                .filter(s -> s.notBefore() == null || !s.notBefore().isAfter(now)).findFirst();
    }
}
