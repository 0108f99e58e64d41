package dev.closeout.exchange.demo;

import dev.closeout.account.Side;
import dev.closeout.account.Wallet;
import dev.closeout.account.history.DustConversion;
import dev.closeout.account.history.FuturesIncome;
import dev.closeout.account.history.Trade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The demo year's trading: spot trades by hand, the weekly auto-invest, the grid bot's fills, margin, dust and futures. */
final class DemoYearOfTrading {

    /** How many decimals each asset is traded in, as an exchange's lot sizes say. */
    private static final Map<String, Integer> LOT = Map.ofEntries(Map.entry("BTC", 5), Map.entry("ETH", 4), Map.entry("BNB", 3),
            Map.entry("SOL", 2), Map.entry("XRP", 1), Map.entry("DOGE", 0), Map.entry("ADA", 1), Map.entry("SHIB", 0),
            Map.entry("PEPE", 0), Map.entry("CAKE", 2), Map.entry("TRX", 0));
    private static final List<String> TRADED = List.of("BTC", "BTC", "ETH", "ETH", "BNB", "SOL", "SOL", "XRP", "DOGE", "ADA",
            "SHIB", "PEPE", "CAKE", "TRX");
    private static final int GRID_STARTS = DemoPrices.DAYS - 150;
    private static final int AUTO_INVEST_STARTS = DemoPrices.DAYS - 210;
    private static final BigDecimal FUNDING_RATE = new BigDecimal("0.0001");

    private final DemoYear year;
    private final List<Trade> trades = new ArrayList<>();
    private final List<FuturesIncome> futures = new ArrayList<>();
    private final List<DustConversion> dust = new ArrayList<>();
    private int nextId = 1;

    DemoYearOfTrading(DemoYear year) {
        this.year = year;
        for (int day = 0; day < DemoPrices.DAYS; day++) {
            byHand(day);
            if (day >= AUTO_INVEST_STARTS && (day - AUTO_INVEST_STARTS) % 7 == 0) {
                BigDecimal price = year.price("BTC", day);
                trade(day, Wallet.SPOT, "BTC", Side.BUY, new BigDecimal("25").divide(price, 8, RoundingMode.DOWN), price);
            }
            if (day >= GRID_STARTS) {
                gridFills(day);
            }
            if (day % 45 == 20) {
                String asset = day % 90 == 20 ? "BTC" : "ETH";
                trade(day, Wallet.CROSS_MARGIN, asset, day % 2 == 0 ? Side.BUY : Side.SELL,
                        quantity(asset, year.dollarsBetween(150, 400), day), year.price(asset, day));
            }
            if (day % 9 == 4 && day < DemoPrices.DAYS - 5) {
                futuresPosition(day);
            }
        }
        dustConversion(155, "ADA", "0.9", "TRX", "12", "DOGE", "8");
        dustConversion(270, "XRP", "0.8", "CAKE", "0.35");
        openShortSinceThreeDays();
    }

    List<Trade> trades() {
        return DemoYear.oldestFirst(trades, Trade::at);
    }

    List<FuturesIncome> futuresIncome() {
        return DemoYear.oldestFirst(futures, FuturesIncome::at);
    }

    List<DustConversion> dustConversions() {
        return List.copyOf(dust);
    }

    /** About one trade every other day, bought more often than sold, for 20 to 600 USDT. */
    private void byHand(int day) {
        if (year.random.nextDouble() > 0.55) {
            return;
        }
        String asset = TRADED.get(year.random.nextInt(TRADED.size()));
        Side side = year.random.nextDouble() < 0.6 ? Side.BUY : Side.SELL;
        BigDecimal quantity = quantity(asset, year.dollarsBetween(20, 600), day);
        if (quantity.signum() > 0) {
            trade(day, Wallet.SPOT, asset, side, quantity, year.price(asset, day));
        }
    }

    /** The BNB grid bot buys and sells 0.02 BNB a little below and above the day's price, a few times a day. */
    private void gridFills(int day) {
        BigDecimal price = year.price("BNB", day);
        int fills = 3 + year.random.nextInt(6);
        for (int i = 0; i < fills; i++) {
            Side side = i % 2 == 0 ? Side.BUY : Side.SELL;
            BigDecimal step = new BigDecimal(side == Side.BUY ? "0.995" : "1.005");
            trade(day, Wallet.TRADING_BOT, "BNB", side, new BigDecimal("0.020"), price.multiply(step).setScale(2, RoundingMode.HALF_UP));
        }
    }

    private BigDecimal quantity(String asset, BigDecimal usdt, int day) {
        return usdt.divide(year.price(asset, day), LOT.get(asset), RoundingMode.DOWN);
    }

    /** The fee is taken from what is received: the base asset of a buy, USDT of a sell. */
    private void trade(int day, Wallet wallet, String asset, Side side, BigDecimal quantity, BigDecimal price) {
        BigDecimal quote = quantity.multiply(price);
        BigDecimal fee = (side == Side.BUY ? quantity : quote).multiply(Trading.TRADING_FEE).setScale(Trading.SCALE, RoundingMode.HALF_UP);
        trades.add(new Trade(String.valueOf(4_100_000 + nextId++), year.moment(day), wallet, asset + "USDT", asset, side, price,
                quantity, quote, fee, side == Side.BUY ? asset : "USDT"));
    }

    /** A position opened and closed a day to four days later: fees both ways, funding every eight hours, the result. */
    private void futuresPosition(int day) {
        String asset = List.of("ETH", "BTC", "SOL").get(year.random.nextInt(3));
        int held = 1 + year.random.nextInt(4);
        BigDecimal entry = year.price(asset, day);
        BigDecimal exit = year.price(asset, day + held);
        BigDecimal quantity = year.dollarsBetween(300, 1500).divide(entry, asset.equals("SOL") ? 1 : 3, RoundingMode.DOWN);
        boolean isLong = year.random.nextBoolean();
        String symbol = asset + "USDT";
        Instant opened = year.moment(day);
        Instant closed = opened.plus(Duration.ofDays(held));
        income(opened, symbol, FuturesIncome.Kind.COMMISSION, commission(quantity, entry));
        funding(opened, closed, symbol, quantity.multiply(entry), isLong);
        income(closed, symbol, FuturesIncome.Kind.COMMISSION, commission(quantity, exit));
        BigDecimal pnl = exit.subtract(entry).multiply(quantity);
        income(closed, symbol, FuturesIncome.Kind.REALIZED_PNL, isLong ? pnl : pnl.negate());
    }

    /** The seeded short of 0.25 ETH at 3071 was opened three days before seeding: its fee and funding so far. */
    private void openShortSinceThreeDays() {
        Instant opened = year.seededAt.minus(Duration.ofDays(3));
        BigDecimal quantity = new BigDecimal("0.25");
        BigDecimal entry = new BigDecimal("3071.00");
        income(opened, "ETHUSDT", FuturesIncome.Kind.COMMISSION, commission(quantity, entry));
        funding(opened, year.seededAt, "ETHUSDT", quantity.multiply(entry), false);
    }

    private static BigDecimal commission(BigDecimal quantity, BigDecimal price) {
        return quantity.multiply(price).multiply(Trading.FUTURES_FEE).setScale(8, RoundingMode.UP).negate();
    }

    /** Longs pay shorts at a positive rate, as usual in a rising market; now and then the rate turns. */
    private void funding(Instant from, Instant to, String symbol, BigDecimal notional, boolean isLong) {
        Instant at = from.plus(Duration.ofHours(8));
        while (at.isBefore(to)) {
            boolean positive = year.random.nextDouble() < 0.8;
            BigDecimal paid = notional.multiply(FUNDING_RATE).setScale(8, RoundingMode.HALF_UP);
            income(at, symbol, FuturesIncome.Kind.FUNDING_FEE, isLong == positive ? paid.negate() : paid);
            at = at.plus(Duration.ofHours(8));
        }
    }

    private void income(Instant at, String symbol, FuturesIncome.Kind kind, BigDecimal amount) {
        futures.add(new FuturesIncome(String.valueOf(900_000 + nextId++), at, Wallet.USDM_FUTURES, symbol, kind, "USDT", amount));
    }

    /** Small balances to BNB at the day's prices, less the 2 % fee. */
    private void dustConversion(int day, String... assetsAndAmounts) {
        Instant at = year.moment(day);
        String id = "dust-" + (800 + nextId++);
        BigDecimal bnb = year.price("BNB", day);
        for (int i = 0; i < assetsAndAmounts.length; i += 2) {
            BigDecimal amount = new BigDecimal(assetsAndAmounts[i + 1]);
            BigDecimal value = amount.multiply(year.price(assetsAndAmounts[i], day));
            BigDecimal fee = value.multiply(Trading.DUST_FEE).divide(bnb, Trading.SCALE, RoundingMode.UP);
            BigDecimal received = value.divide(bnb, Trading.SCALE, RoundingMode.DOWN).subtract(fee);
            dust.add(new DustConversion(id, at, assetsAndAmounts[i], amount, "BNB", received, fee));
        }
    }
}
