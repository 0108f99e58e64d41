package dev.closeout.bench;

import dev.closeout.Snapshots;
import dev.closeout.account.history.AccountHistory;
import dev.closeout.exchange.binance.BinanceCredentials;
import dev.closeout.exchange.binance.BinanceGateway;
import dev.closeout.exchange.binance.FakeBinance;
import dev.closeout.exchange.binance.FakeBinance.Answer;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Not a test: prints what reading a Binance account's whole history costs, from the day Binance
 * opened until now, on a local Binance that answers every request in 100 ms with the documented
 * samples and lists {@value #SYMBOLS} more spot symbols against USDT (an asset the samples trace,
 * so every one of them is asked for trades): the requests per endpoint, the request weight, and
 * how long it takes, most of it waiting for the next minute of Binance's limits rather than for
 * answers. It takes minutes, as it does for a person.
 * Run: {@code mvn -B -q -Pbench -DskipTests test-compile exec:exec@binance-history-bench}
 */
public final class BinanceHistoryBenchmark {

    private static final int SYMBOLS = 1000;
    private static final Duration LATENCY = Duration.ofMillis(100);

    public static void main(String[] args) throws Exception {
        try (FakeBinance binance = FakeBinance.withSamples()) {
            binance.delayEveryAnswer(LATENCY);
            String more = IntStream.range(0, SYMBOLS).mapToObj(i -> "{\"symbol\": \"X" + i + "USDT\", \"status\": \"TRADING\","
                    + " \"baseAsset\": \"X" + i + "\", \"quoteAsset\": \"USDT\"}").collect(Collectors.joining(","));
            String listed = FakeBinance.sample("api_v3_exchangeInfo.json").replace("\"symbols\": [", "\"symbols\": [" + more + ",");
            binance.route("GET", "/api/v3/exchangeInfo", (request, call) -> Answer.ok(listed));
            BinanceGateway gateway = BinanceGateway.open(BinanceCredentials.hmac(FakeBinance.API_KEY, FakeBinance.SECRET), binance.hosts(),
                    Snapshots.ENGLISH, binance.accountPace());
            gateway.snapshot();
            int snapshotRequests = binance.requests().size();
            long snapshotWeight = gateway.weightSpent();
            long snapshotServed = binance.weightServed();

            long start = System.nanoTime();
            AccountHistory history = gateway.history((part, records) -> { }).orElseThrow();
            long nanos = System.nanoTime() - start;

            Map<String, Long> perPath = new TreeMap<>(binance.requests().stream().skip(snapshotRequests)
                    .collect(Collectors.groupingBy(FakeBinance.Request::path, Collectors.counting())));
            long requests = perPath.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("history from %s to %s, every answer in %d ms, %,d spot symbols listed%n", history.from(), history.to(),
                    LATENCY.toMillis(), SYMBOLS + 9);
            perPath.forEach((path, n) -> System.out.printf("  %-58s %,6d requests%n", path, n));
            System.out.printf("requests: %,d   weight: %,d by Binance's documented weights (the local Binance counted %,d)%n", requests,
                    gateway.weightSpent() - snapshotWeight, binance.weightServed() - snapshotServed);
            System.out.printf("time: %d min %d s   records: %,d   not included: %d entries%n", nanos / 60_000_000_000L,
                    nanos / 1_000_000_000L % 60, history.size(), history.notIncluded().size());
        }
    }
}
