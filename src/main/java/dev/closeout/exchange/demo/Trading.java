package dev.closeout.exchange.demo;

import static dev.closeout.exchange.ActionResult.done;
import static dev.closeout.exchange.ActionResult.refused;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Amounts;
import dev.closeout.account.Balance;
import dev.closeout.account.OpenOrder;
import dev.closeout.account.Position;
import dev.closeout.account.Side;
import dev.closeout.account.Wallet;
import dev.closeout.account.history.DustConversion;
import dev.closeout.account.history.FuturesIncome;
import dev.closeout.account.history.Trade;
import dev.closeout.account.history.WalletTransfer;
import dev.closeout.closure.DustLimit;
import dev.closeout.closure.WayOut;
import dev.closeout.closure.plan.ExitRules;
import dev.closeout.closure.Pairs;
import dev.closeout.exchange.ActionResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Orders, positions, loans and conversions, with the exchange's fees and minimums. */
final class Trading {

    /** The demo charges the figures exit plans and reviews are priced with, so that a plan or a review run on it brings what it said. */
    static final BigDecimal DUST_FEE = ExitRules.TYPICAL.dustFee();
    static final BigDecimal TRADING_FEE = ExitRules.TYPICAL.tradingFee();
    static final BigDecimal FUTURES_FEE = ExitRules.TYPICAL.futuresFee();
    static final BigDecimal MINIMUM_ORDER_USDT = ExitRules.TYPICAL.smallestSaleUsd();
    private static final Set<Wallet> FUTURES = EnumSet.of(Wallet.USDM_FUTURES, Wallet.COINM_FUTURES);
    static final int SCALE = 8;

    private final DemoAccount account;
    private final DemoExtras extras;
    private final DemoSettings settings;
    private final Instant now;

    Trading(DemoAccount account, DemoExtras extras, DemoSettings settings, Instant now) {
        this.account = account;
        this.extras = extras;
        this.settings = settings;
        this.now = now;
    }

    ActionResult cancelOrder(String id) {
        Optional<OpenOrder> order = DemoAccount.find(account.openOrders, o -> o.id().equals(id));
        if (order.isEmpty()) {
            return refused("action.order.notFound", id);
        }
        if (order.get().type() == OpenOrder.Type.GRID) {
            return refused("action.order.isBot", id);
        }
        release(order.get());
        account.openOrders.remove(order.get());
        return done("action.order.cancelled", id, order.get().symbol());
    }

    ActionResult cancelAllOrders() {
        List<OpenOrder> orders = account.openOrders.stream().filter(o -> o.type() != OpenOrder.Type.GRID).toList();
        orders.forEach(this::release);
        account.openOrders.removeAll(orders);
        return done("action.order.cancelledAll", String.valueOf(orders.size()));
    }

    ActionResult stopBot(String id) {
        Optional<OpenOrder> bot = DemoAccount.find(account.openOrders, o -> o.id().equals(id) && o.type() == OpenOrder.Type.GRID);
        if (bot.isEmpty()) {
            return refused("action.bot.notFound", id);
        }
        account.openOrders.remove(bot.get());
        boolean lastBot = account.openOrders.stream().noneMatch(o -> o.type() == OpenOrder.Type.GRID);
        List<String> returned = new ArrayList<>();
        if (lastBot) {
            for (Balance b : List.copyOf(account.balances)) {
                if (b.wallet() == Wallet.TRADING_BOT && b.free().signum() != 0) {
                    account.credit(Wallet.SPOT, b.asset(), b.free());
                    account.credit(Wallet.TRADING_BOT, b.asset(), b.free().negate());
                    extras.activity.transfers.add(new WalletTransfer("tr-" + extras.nextId++, now, b.asset(), b.free(),
                            Wallet.TRADING_BOT, Wallet.SPOT));
                    returned.add(b.free().toPlainString() + " " + b.asset());
                }
            }
        }
        return returned.isEmpty() ? done("action.bot.stopped", id) : done("action.bot.stoppedReturned", id, String.join(", ", returned));
    }

    /** An open order holds funds: the base asset of a sell, the quote of a buy (spot and margin only). */
    private void release(OpenOrder order) {
        if (FUTURES.contains(order.market()) || order.quantity() == null || order.side() == null) {
            return;
        }
        String base = Pairs.base(order.symbol());
        String quote = order.symbol().substring(base.length());
        BigDecimal open = order.quantity().subtract(Amounts.orZero(order.filled()));
        if (order.side() == Side.SELL) {
            account.lock(order.market(), base, open.negate());
        } else if (order.price() != null) {
            account.lock(order.market(), quote, open.multiply(order.price()).negate());
        }
    }

    ActionResult closePosition(Wallet wallet, String symbol) {
        List<Position> closing = account.positions.stream()
                .filter(p -> p.wallet() == wallet && (symbol == null || p.symbol().equals(symbol)))
                .toList();
        if (closing.isEmpty()) {
            return refused("action.position.notFound", symbol == null ? wallet.name() : symbol);
        }
        BigDecimal realised = BigDecimal.ZERO;
        String settlement = wallet == Wallet.COINM_FUTURES ? "BTC" : "USDT";
        for (Position p : closing) {
            BigDecimal pnl = Amounts.orZero(p.unrealizedPnl());
            BigDecimal mark = account.price(Pairs.base(p.symbol())).orElse(Amounts.orZero(p.entryPrice()));
            BigDecimal fee = wallet == Wallet.COINM_FUTURES ? BigDecimal.ZERO
                    : p.quantity().abs().multiply(mark).multiply(FUTURES_FEE).setScale(SCALE, RoundingMode.UP);
            realised = realised.add(pnl).subtract(fee);
            income(wallet, p.symbol(), FuturesIncome.Kind.REALIZED_PNL, settlement, pnl);
            if (fee.signum() != 0) {
                income(wallet, p.symbol(), FuturesIncome.Kind.COMMISSION, settlement, fee.negate());
            }
            account.positions.remove(p);
            account.balance(wallet, settlement).ifPresent(b -> account.replace(b, new Balance(b.wallet(), b.asset(),
                    b.free(), b.locked(), b.borrowed(), b.interest(), zeroToNull(Amounts.orZero(b.unrealizedPnl()).subtract(pnl)),
                    b.isolatedSymbol())));
        }
        account.credit(wallet, settlement, realised);
        return done("action.position.closed", String.valueOf(closing.size()), realised.toPlainString(), settlement);
    }

    private void income(Wallet wallet, String symbol, FuturesIncome.Kind kind, String asset, BigDecimal amount) {
        extras.activity.futuresIncome.add(new FuturesIncome("fi-" + extras.nextId++, now, wallet, symbol, kind, asset, amount));
    }

    private static BigDecimal zeroToNull(BigDecimal amount) {
        return amount.signum() == 0 ? null : amount;
    }

    ActionResult repay(Wallet wallet, String asset) {
        Optional<Balance> line = account.balance(wallet, asset);
        if (line.isEmpty() || line.get().owed().signum() == 0) {
            return refused("action.repay.nothingOwed", asset, wallet.name());
        }
        Balance b = line.get();
        BigDecimal owed = b.owed();
        if (b.free().compareTo(owed) < 0) {
            return refused("action.repay.shortfall", owed.toPlainString(), asset, b.free().toPlainString(),
                    owed.subtract(b.free()).toPlainString());
        }
        account.replace(b, new Balance(b.wallet(), b.asset(), b.free().subtract(owed), b.locked(), null, null,
                b.unrealizedPnl(), b.isolatedSymbol()));
        return done("action.repay.done", owed.toPlainString(), asset);
    }

    ActionResult sellToUsdt(Wallet wallet, String asset) {
        if (asset.equals("USDT")) {
            return refused("action.sell.alreadyUsdt");
        }
        if (wallet != Wallet.SPOT) {
            return refused("action.sell.spotOnly", asset, wallet.name());
        }
        if (extras.delisted.contains(asset) || account.price(asset).isEmpty()) {
            return refused("action.sell.notTraded", asset);
        }
        BigDecimal amount = account.free(Wallet.SPOT, asset);
        if (amount.signum() <= 0) {
            return refused("action.sell.nothing", asset);
        }
        BigDecimal value = amount.multiply(account.price(asset).get());
        if (value.compareTo(WayOut.MINIMUM_ORDER_USDT) < 0) {
            return refused("action.sell.belowMinimum", amount.toPlainString(), asset, usd(value),
                    WayOut.MINIMUM_ORDER_USDT.toPlainString());
        }
        BigDecimal price = account.price(asset).get();
        BigDecimal proceeds = value.subtract(value.multiply(TRADING_FEE)).setScale(SCALE, RoundingMode.DOWN);
        account.credit(Wallet.SPOT, asset, amount.negate());
        account.credit(Wallet.SPOT, "USDT", proceeds);
        extras.activity.trades.add(new Trade("T-" + extras.nextId++, now, Wallet.SPOT, asset + "USDT", asset, Side.SELL, price, amount,
                value, value.subtract(proceeds), "USDT"));
        return done("action.sell.done", amount.toPlainString(), asset, proceeds.toPlainString());
    }

    /** Spends {@code usdt} of Spot's USDT on the asset at the market price, less the trading fee, at least the smallest order. */
    ActionResult buyWithUsdt(String asset, BigDecimal usdt) {
        if (asset.equals("USDT") || extras.delisted.contains(asset) || account.price(asset).isEmpty()) {
            return refused("action.buy.notTraded", asset);
        }
        if (usdt == null || usdt.compareTo(MINIMUM_ORDER_USDT) < 0) {
            return refused("action.buy.belowMinimum", usdt == null ? "0" : usdt.toPlainString(), MINIMUM_ORDER_USDT.toPlainString());
        }
        BigDecimal free = account.free(Wallet.SPOT, "USDT");
        if (free.compareTo(usdt) < 0) {
            return refused("action.buy.insufficient", free.toPlainString());
        }
        BigDecimal price = account.price(asset).get();
        BigDecimal bought = usdt.multiply(BigDecimal.ONE.subtract(TRADING_FEE)).divide(price, SCALE, RoundingMode.DOWN);
        account.credit(Wallet.SPOT, "USDT", usdt.negate());
        account.credit(Wallet.SPOT, asset, bought);
        extras.activity.trades.add(new Trade("T-" + extras.nextId++, now, Wallet.SPOT, asset + "USDT", asset, Side.BUY, price, bought, usdt,
                usdt.subtract(bought.multiply(price)), "USDT"));
        return done("action.buy.done", usdt.toPlainString(), bought.toPlainString(), asset);
    }

    /** Dust to BNB: only balances under the dust limit, never BNB or a delisted asset, a 2 % fee, once per interval. */
    ActionResult convertDust(Set<String> assets) {
        if (extras.lastDustConversion != null && now.isBefore(extras.lastDustConversion.plus(settings.dustConversionInterval()))) {
            return refused("action.dust.tooSoon", Times.at(extras.lastDustConversion.plus(settings.dustConversionInterval())));
        }
        AccountSnapshot snapshot = account.snapshot(now);
        DustLimit limit = DustLimit.of(snapshot);
        BigDecimal bnbPrice = account.price("BNB").orElse(null);
        if (bnbPrice == null) {
            return refused("action.dust.noBnbPrice");
        }
        for (String asset : assets) {
            boolean eligible = account.balances.stream().anyMatch(b -> b.asset().equals(asset) && convertible(b, limit));
            if (!eligible) {
                return refused(asset.equals("BNB") ? "action.dust.notBnb" : extras.delisted.contains(asset)
                        ? "action.dust.delisted" : "action.dust.notDust", asset, usd(limit.usdLimit()));
            }
        }
        List<Balance> dust = account.balances.stream()
                .filter(b -> convertible(b, limit) && (assets.isEmpty() || assets.contains(b.asset())))
                .toList();
        if (dust.isEmpty()) {
            return refused("action.dust.none");
        }
        BigDecimal value = BigDecimal.ZERO;
        List<BigDecimal> values = new ArrayList<>();
        for (Balance b : dust) {
            values.add(b.free().multiply(account.price(b.asset()).orElseThrow()));
            value = value.add(values.get(values.size() - 1));
            account.credit(b.wallet(), b.asset(), b.free().negate());
        }
        BigDecimal bnb = value.multiply(BigDecimal.ONE.subtract(DUST_FEE)).divide(bnbPrice, SCALE, RoundingMode.DOWN);
        account.credit(Wallet.SPOT, "BNB", bnb);
        extras.lastDustConversion = now;
        recordDust(dust, values, bnb, bnbPrice);
        String converted = dust.stream().map(Balance::asset).distinct().collect(Collectors.joining(", "));
        return done("action.dust.done", converted, bnb.toPlainString());
    }

    /** Each converted line with its share of the BNB: the last takes what rounding left, so the shares add up to what was credited. */
    private void recordDust(List<Balance> dust, List<BigDecimal> values, BigDecimal bnb, BigDecimal bnbPrice) {
        String id = "dust-" + extras.nextId++;
        BigDecimal shared = BigDecimal.ZERO;
        for (int i = 0; i < dust.size(); i++) {
            BigDecimal fee = values.get(i).multiply(DUST_FEE).divide(bnbPrice, SCALE, RoundingMode.HALF_UP);
            BigDecimal share = i == dust.size() - 1 ? bnb.subtract(shared)
                    : values.get(i).multiply(BigDecimal.ONE.subtract(DUST_FEE)).divide(bnbPrice, SCALE, RoundingMode.DOWN);
            shared = shared.add(share);
            extras.activity.dustConversions.add(new DustConversion(id, now, dust.get(i).asset(), dust.get(i).free(), "BNB", share, fee));
        }
    }

    private boolean convertible(Balance b, DustLimit limit) {
        return !extras.delisted.contains(b.asset()) && Amounts.isZero(b.locked())
                && limit.isDust(b, account.price(b.asset()).orElse(null));
    }

    ActionResult closeFuturesAccount() {
        boolean positions = account.positions.stream().anyMatch(p -> FUTURES.contains(p.wallet()));
        boolean orders = account.openOrders.stream().anyMatch(o -> FUTURES.contains(o.market()));
        if (positions || orders) {
            return refused("action.futures.open");
        }
        if (extras.futuresClosed) {
            return refused("action.futures.alreadyClosed");
        }
        for (Balance b : List.copyOf(account.balances)) {
            if (FUTURES.contains(b.wallet())) {
                if (b.free().signum() > 0) {
                    account.credit(Wallet.SPOT, b.asset(), b.free());
                    extras.activity.transfers.add(new WalletTransfer("tr-" + extras.nextId++, now, b.asset(), b.free(), b.wallet(),
                            Wallet.SPOT));
                }
                account.balances.remove(b);
            }
        }
        extras.futuresClosed = true;
        return done("action.futures.closed");
    }

    static String usd(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
