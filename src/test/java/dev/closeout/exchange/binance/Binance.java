package dev.closeout.exchange.binance;

import dev.closeout.Snapshots;
import java.time.Clock;
import java.time.Duration;

/** Gateways and clients on a local Binance, for the tests. */
final class Binance {

    static final BinanceCredentials CREDENTIALS = BinanceCredentials.hmac(FakeBinance.API_KEY, FakeBinance.SECRET);

    private Binance() {
    }

    static BinanceGateway gateway(FakeBinance binance) {
        return gateway(binance, BinanceClient.Settings.defaults());
    }

    /** A gateway with these settings, at the local Binance's pace for its once-every-3-seconds endpoints. */
    static BinanceGateway gateway(FakeBinance binance, BinanceClient.Settings settings) {
        return new BinanceGateway(client(binance, settings), CREDENTIALS, Snapshots.ENGLISH);
    }

    static BinanceClient client(FakeBinance binance, BinanceClient.Settings settings) {
        return new BinanceClient(binance.hosts(), CREDENTIALS, settings.withAccountPace(binance.accountPace()));
    }

    /** Real clock and sleeps, but answers must come within {@code timeout}. */
    static BinanceClient.Settings timeout(Duration timeout) {
        return new BinanceClient.Settings(timeout, Duration.ofSeconds(10), Clock.systemUTC(), Pause.sleeping());
    }
}
