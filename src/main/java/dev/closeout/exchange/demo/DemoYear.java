package dev.closeout.exchange.demo;

import dev.closeout.account.history.AccountHistory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The demo account's year before it was seeded: trades across its assets, a grid bot and an
 * auto-invest plan, deposits and withdrawals, transfers between wallets, Earn and staking with
 * daily rewards, two dust conversions, P2P orders and futures income. Generated from the moment
 * of seeding alone, so it is the same at every export and the state file stays small.
 */
final class DemoYear {

    final Instant seededAt;
    final Instant start;
    final Random random;
    final DemoPrices prices;

    private DemoYear(Instant seededAt) {
        this.seededAt = seededAt;
        // Exchanges state moments to the second or millisecond; the demo's clock has nanoseconds.
        this.start = seededAt.truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(DemoPrices.DAYS));
        this.random = new Random(seededAt.toEpochMilli());
        this.prices = new DemoPrices(DemoSeed.account(seededAt).prices(), random);
    }

    /** The year before {@code seededAt}, each list oldest first. */
    static AccountHistory before(Instant seededAt) {
        DemoYear year = new DemoYear(seededAt);
        DemoYearOfTrading trading = new DemoYearOfTrading(year);
        DemoYearOfFunds funds = new DemoYearOfFunds(year);
        return new AccountHistory(year.start, seededAt, trading.trades(), funds.deposits(), funds.withdrawals(), funds.transfers(),
                funds.earn(), trading.dustConversions(), funds.p2pOrders(), trading.futuresIncome(), List.of());
    }

    /** A moment on {@code day} (0 is a year before seeding), at a random second of it. */
    Instant moment(int day) {
        return start.plus(Duration.ofDays(day)).plusSeconds(random.nextInt(86_400));
    }

    /**
     * A dollar amount between {@code low} and {@code high}, small ones as likely as large ones (amounts
     * people choose), in cents. The draw is noise in a double; the amount is a BigDecimal.
     */
    BigDecimal dollarsBetween(int low, int high) {
        double drawn = low * StrictMath.exp(random.nextDouble() * StrictMath.log((double) high / low));
        return BigDecimal.valueOf(drawn).setScale(2, RoundingMode.DOWN);
    }

    BigDecimal price(String asset, int day) {
        return prices.on(asset, day);
    }

    /** A transaction hash as a blockchain explorer shows it. */
    String txId() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static <T> List<T> oldestFirst(List<T> records, Function<T, Instant> at) {
        List<T> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(at));
        return sorted;
    }
}
