package dev.closeout.exchange.binance;

import dev.closeout.Snapshots;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.history.AccountHistory;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.HistoryProgress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Histories read from a local Binance, over a period the test chooses, with threads of their own. */
final class Histories implements AutoCloseable {

    static final Duration YEAR = Duration.ofDays(365);

    private final BinanceClient client;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private Instant since;

    Histories(FakeBinance binance) {
        this(Binance.client(binance, BinanceClient.Settings.defaults()));
    }

    Histories(BinanceClient client) {
        this.client = client;
    }

    BinanceClient client() {
        return client;
    }

    /** The last year, for an account that holds what {@code now} holds. */
    AccountHistory lastYear(AccountSnapshot now) throws ExchangeException {
        return last(YEAR, now, (part, records) -> { });
    }

    AccountHistory last(Duration period, AccountSnapshot now, HistoryProgress progress) throws ExchangeException {
        client.ensureClockSynced();
        since = client.serverNow().minus(period).truncatedTo(ChronoUnit.SECONDS);
        return new BinanceHistory(client, Snapshots.ENGLISH, pool, since).read(now, progress);
    }

    /** Where the last history read began. */
    Instant since() {
        return since;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
