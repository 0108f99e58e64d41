package dev.closeout.closure.plan;

import static dev.closeout.closure.plan.Market.BNB;
import static dev.closeout.closure.plan.Market.USDT;
import static java.math.BigDecimal.ZERO;

import dev.closeout.account.Wallet;
import dev.closeout.closure.plan.Step.Action;
import dev.closeout.closure.plan.Step.Reason;
import dev.closeout.closure.plan.Step.Untraded;
import dev.closeout.closure.plan.Way.Kind;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.WithdrawalNetwork;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one choice of ways does, exactly as the exchange would: every other asset withdrawn, sold for
 * USDT, converted to BNB or left; the BNB (its own and the dust's) withdrawn, sold or left; the USDT (its
 * own and every sale's) withdrawn, spent on one asset, converted or left; that asset withdrawn. Sales and
 * purchases keep 8 places, rounded down, as do conversions, one batch at a time. A way the amounts do not
 * allow (a pool under its minimum) leaves that holding. Each step runs once what it takes is in.
 */
final class RouteEvaluation {

    /** The steps, and their USD fees, arrivals and leftovers, exactly; {@code refused} the pools whose way their amount did not allow. */
    record Routed(List<Step> steps, BigDecimal fees, BigDecimal arriving, BigDecimal leftBehind, Set<String> refused) {
    }

    private static final int SCALE = 8;

    /** An amount gathered from several steps, and when the last of it is in (null: nothing yet). */
    private static final class Pool {
        BigDecimal amount = ZERO;
        Instant ready;

        void add(BigDecimal more, Instant when) {
            amount = amount.add(more);
            ready = ready == null || when.isAfter(ready) ? when : ready;
        }
    }

    private record DustMember(String asset, BigDecimal amount, BigDecimal usd, Instant ready) {
    }

    private final Market market;
    private final Map<String, Way> ways;
    private final List<Step> steps = new ArrayList<>();
    private final Set<String> refused = new LinkedHashSet<>();
    private BigDecimal fees = ZERO;
    private BigDecimal arriving = ZERO;
    private BigDecimal leftBehind = ZERO;

    private RouteEvaluation(Market market, Map<String, Way> ways) {
        this.market = market;
        this.ways = ways;
    }

    static Routed of(Market market, Map<String, Way> ways) {
        return new RouteEvaluation(market, ways).route();
    }

    private Way way(String asset) {
        return ways.getOrDefault(asset, Way.LEAVE);
    }

    private Routed route() {
        Way usdtWay = way(USDT);
        String target = usdtWay.is(Kind.BUY) ? usdtWay.target() : null;
        Pool usdt = pool(USDT);
        Pool bnb = pool(BNB);
        Pool bought = target == null || BNB.equals(target) ? null : pool(target);
        List<DustMember> dust = new ArrayList<>();
        for (Holding h : market.holdings().values()) {
            if (!h.asset().equals(USDT) && !h.asset().equals(BNB) && !h.asset().equals(target)) {
                other(h, usdt, dust);
            }
        }
        if (usdtWay.is(Kind.DUST) && usdt.ready != null) {
            BigDecimal usd = usd(USDT, usdt.amount);
            if (market.dustable(USDT, usd)) {
                dust.add(new DustMember(USDT, usdt.amount, usd, usdt.ready));
            } else {
                refused.add(USDT);
                leave(USDT, usdt.amount, usdt.ready);
            }
        }
        convert(dust, bnb);
        if (!BNB.equals(target) && bnb.ready != null) {
            Way bnbWay = way(BNB);
            if (bnbWay.is(Kind.SELL) && !usdtWay.is(Kind.DUST)) {
                sell(BNB, bnb.amount, bnb.ready, usdt);
            } else {
                out(BNB, bnb.amount, bnb.ready, bnbWay);
            }
        }
        if (!usdtWay.is(Kind.DUST) && usdt.ready != null) {
            if (usdtWay.is(Kind.BUY)) {
                buy(usdt, target, BNB.equals(target) ? bnb : bought);
            } else {
                out(USDT, usdt.amount, usdt.ready, usdtWay);
            }
        }
        if (target != null) {
            Pool t = BNB.equals(target) ? bnb : bought;
            if (t.ready != null) {
                out(target, t.amount, t.ready, Way.withdraw(usdtWay.network()));
            }
        }
        return new Routed(List.copyOf(steps), fees, arriving, leftBehind, Set.copyOf(refused));
    }

    /** The holding of a pooled asset, if the account has one, to which sales, conversions or a purchase add. */
    private Pool pool(String asset) {
        Pool pool = new Pool();
        Holding own = market.holdings().get(asset);
        if (own != null) {
            pool.add(own.amount(), own.ready());
        }
        return pool;
    }

    private void other(Holding h, Pool usdt, List<DustMember> dust) {
        Way way = way(h.asset());
        BigDecimal usd = h.usd();
        switch (way.kind()) {
            case SELL -> sell(h.asset(), h.amount(), h.ready(), usdt);
            case DUST -> {
                if (market.dustable(h.asset(), usd)) {
                    dust.add(new DustMember(h.asset(), h.amount(), usd, h.ready()));
                } else {
                    leave(h.asset(), h.amount(), h.ready());
                }
            }
            default -> out(h.asset(), h.amount(), h.ready(), way);
        }
    }

    /** Withdrawn, if the way is a withdrawal the amount allows; left otherwise. */
    private void out(String asset, BigDecimal amount, Instant ready, Way way) {
        if (amount.signum() <= 0) {
            return;
        }
        if (!way.is(Kind.WITHDRAW) || !Market.withdrawable(amount, way.network())) {
            if (!way.is(Kind.LEAVE)) {
                refused.add(asset);
            }
            leave(asset, amount, ready);
            return;
        }
        WithdrawalNetwork n = way.network();
        BigDecimal out = amount.subtract(n.fee());
        BigDecimal feeUsd = usd(asset, n.fee());
        BigDecimal in = usd(asset, out);
        count(feeUsd, in, null);
        String address = market.destination().address(asset, n.network()).orElse(null);
        steps.add(new Step(Action.WITHDRAW, asset, amount, Wallet.SPOT, asset, out, n, feeUsd, in, in == null ? null : ZERO,
                at(ready), null, null, null, new AccountAction.Withdraw(asset, n.network(), address, amount)));
    }

    /** Sold for USDT at the snapshot's price, less the trading fee, rounded down to 8 places as the exchange credits it. */
    private void sell(String asset, BigDecimal amount, Instant ready, Pool usdt) {
        BigDecimal usd = usd(asset, amount);
        if (!market.sellable(asset, usd)) {
            refused.add(asset);
            leave(asset, amount, ready);
            return;
        }
        BigDecimal proceeds = usd.subtract(usd.multiply(market.rules().tradingFee())).setScale(SCALE, RoundingMode.DOWN);
        BigDecimal feeUsd = usd.subtract(usd(USDT, proceeds));
        count(feeUsd, ZERO, ZERO);
        steps.add(new Step(Action.SELL, asset, amount, Wallet.SPOT, USDT, proceeds, null, feeUsd, ZERO, ZERO, at(ready), null, null,
                null, new AccountAction.SellToUsdt(Wallet.SPOT, asset)));
        usdt.add(proceeds, ready);
    }

    /** The whole USDT spent on {@code target} at the snapshot's price, less the trading fee, rounded down to 8 places. */
    private void buy(Pool usdt, String target, Pool into) {
        if (!market.buyable(target, usdt.amount)) {
            refused.add(USDT);
            leave(USDT, usdt.amount, usdt.ready);
            return;
        }
        BigDecimal spent = usd(USDT, usdt.amount);
        BigDecimal got = usdt.amount.multiply(BigDecimal.ONE.subtract(market.rules().tradingFee()))
                .divide(market.price(target), SCALE, RoundingMode.DOWN);
        BigDecimal feeUsd = spent.subtract(usd(target, got));
        count(feeUsd, ZERO, ZERO);
        steps.add(new Step(Action.BUY, USDT, usdt.amount, Wallet.SPOT, target, got, null, feeUsd, ZERO, ZERO, at(usdt.ready), null,
                null, null, new AccountAction.BuyWithUsdt(target, usdt.amount)));
        into.add(got, usdt.ready);
    }

    /**
     * Dust to BNB in batches the exchange allows (one every {@code dustInterval}): a batch waits for
     * what is freed within one interval of its first member, so that it takes them all. Each batch's
     * BNB is its value less the fee, rounded down; each member's share of it is its own value's, the last
     * taking what rounding left, as the exchange records it.
     */
    private void convert(List<DustMember> dust, Pool bnb) {
        List<DustMember> waiting = new ArrayList<>(dust);
        waiting.sort(Comparator.comparing(DustMember::ready).thenComparing(DustMember::asset));
        Instant last = null;
        while (!waiting.isEmpty()) {
            Instant first = waiting.get(0).ready();
            Instant earliest = last == null ? first : max(first, last.plus(market.rules().dustInterval()));
            Instant horizon = max(earliest, first.plus(market.rules().dustInterval()));
            List<DustMember> batch = waiting.stream().filter(m -> !m.ready().isAfter(horizon)).toList();
            Instant when = batch.stream().map(DustMember::ready).reduce(earliest, RouteEvaluation::max);
            waiting.removeAll(batch);
            batch(batch, when, bnb);
            last = when;
        }
    }

    private void batch(List<DustMember> batch, Instant when, Pool bnb) {
        BigDecimal price = market.price(BNB);
        BigDecimal keep = BigDecimal.ONE.subtract(market.rules().dustFee());
        BigDecimal value = batch.stream().map(DustMember::usd).reduce(ZERO, BigDecimal::add);
        BigDecimal total = value.multiply(keep).divide(price, SCALE, RoundingMode.DOWN);
        Set<String> assets = new LinkedHashSet<>();
        batch.forEach(m -> assets.add(m.asset()));
        AccountAction conversion = new AccountAction.ConvertDust(Set.copyOf(assets));
        BigDecimal shared = ZERO;
        for (int i = 0; i < batch.size(); i++) {
            DustMember m = batch.get(i);
            BigDecimal share = i == batch.size() - 1 ? total.subtract(shared) : m.usd().multiply(keep).divide(price, SCALE, RoundingMode.DOWN);
            shared = shared.add(share);
            BigDecimal feeUsd = m.usd().subtract(share.multiply(price));
            count(feeUsd, ZERO, ZERO);
            steps.add(new Step(Action.CONVERT_DUST, m.asset(), m.amount(), Wallet.SPOT, BNB, share, null, feeUsd, ZERO, ZERO, at(when),
                    null, null, null, conversion));
        }
        bnb.add(total, when);
    }

    /** Stays in the account, with why: no network, none the destination takes, under every minimum; and why no trade helps. */
    private void leave(String asset, BigDecimal amount, Instant ready) {
        BigDecimal usd = usd(asset, amount);
        count(usd == null ? null : ZERO, usd == null ? null : ZERO, usd);
        List<WithdrawalNetwork> all = market.networksOf(asset);
        List<WithdrawalNetwork> usable = market.usableOf(asset);
        Reason reason = all.isEmpty() ? Reason.NO_NETWORK : usable.isEmpty() ? Reason.NOT_ACCEPTED : Reason.UNDER_MINIMUM;
        WithdrawalNetwork closest = usable.stream().min(Comparator.comparing(WithdrawalNetwork::minimum)).orElse(null);
        Untraded untraded = !market.trading() ? Untraded.DECLINED : usd == null ? Untraded.NO_PRICE
                : !market.sellable(asset, usd) && !market.dustable(asset, usd) ? Untraded.TOO_SMALL : Untraded.NO_GAIN;
        steps.add(new Step(Action.LEAVE, asset, amount, Wallet.SPOT, null, null, closest, usd == null ? null : ZERO,
                usd == null ? null : ZERO, usd, at(ready), reason, untraded, null, null));
    }

    private void count(BigDecimal fee, BigDecimal in, BigDecimal left) {
        fees = fees.add(Objects.requireNonNullElse(fee, ZERO));
        arriving = arriving.add(Objects.requireNonNullElse(in, ZERO));
        leftBehind = leftBehind.add(Objects.requireNonNullElse(left, ZERO));
    }

    private BigDecimal usd(String asset, BigDecimal amount) {
        BigDecimal price = market.price(asset);
        return price == null ? null : amount.multiply(price);
    }

    /** When a step can run: null for now. */
    private Instant at(Instant ready) {
        return ready.isAfter(market.takenAt()) ? ready : null;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
