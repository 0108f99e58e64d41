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
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Histories read from a local Binance, over a period the test chooses, with threads of their own.
 * Registered as a test's extension, it stops its local Binance and its threads after each test.
 */
final class Histories implements AutoCloseable, AfterEachCallback {

    static final Duration YEAR = Duration.ofDays(365);
    /** An account that holds one bitcoin in Spot and nothing else. */
    static final AccountSnapshot HOLDS_BTC = Snapshots.snapshot("\"balances\": [ { \"wallet\": \"SPOT\", \"asset\": \"BTC\", \"free\": \"1\" } ]");

    private final FakeBinance binance;
    private final BinanceClient client;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private Instant since;

    private Histories(FakeBinance binance, BinanceClient client) {
        this.binance = binance;
        this.client = client;
    }

    /** On a local Binance of its own that plays the samples. */
    static Histories onSamples() {
        FakeBinance binance = FakeBinance.withSamples();
        return new Histories(binance, Binance.client(binance, BinanceClient.Settings.defaults()));
    }

    /** Through a client of the test's, on a Binance the test stops. */
    static Histories through(BinanceClient client) {
        return new Histories(null, client);
    }

    FakeBinance binance() {
        return binance;
    }

    BinanceClient client() {
        return client;
    }

    /** The last year of an account that holds a bitcoin. */
    AccountHistory lastYear() throws ExchangeException {
        return lastYear(HOLDS_BTC);
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
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        pool.shutdownNow();
        if (binance != null) {
            binance.close();
        }
    }
}
