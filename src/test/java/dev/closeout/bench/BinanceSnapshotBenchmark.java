package dev.closeout.bench;

import dev.closeout.Snapshots;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.exchange.binance.BinanceCredentials;
import dev.closeout.exchange.binance.BinanceGateway;
import dev.closeout.exchange.binance.FakeBinance;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;

/**
 * Not a test: prints how long a complete Binance snapshot takes when every endpoint answers in
 * 100 ms, as a multiple of its floor (goal: at most 1.2, which only reading in parallel
 * reaches), and the request weight one snapshot spends. A local Binance serves the documented
 * samples. The floor is Binance's own pace: one Auto-Invest plan list every 3 s per account,
 * for three plan types, is 2 × 3 s + 3 × 100 ms; everything else is read meanwhile. The
 * measured snapshots are 3 s apart, as a person's re-checks are at least, so that one's plan
 * lists do not wait for the last one's.
 *
 * <p>The JVM is warmed up on a series of local Binances without delay; then a fresh gateway on a
 * fresh one takes its first snapshot (which also learns the server's clock and opens the
 * connections, printed apart) and the measured ones. No gateway takes more than a dozen
 * snapshots: more within a minute would exceed the USDⓈ-M weight budget (85 a snapshot of 2400
 * a minute), and the gateway would rightly wait for the next minute.
 * Run: {@code mvn -B -q -Pbench -DskipTests test-compile exec:exec@binance-bench}
 */
public final class BinanceSnapshotBenchmark {

    private static final Duration LATENCY = Duration.ofMillis(100);
    /** Snapshots per gateway, within a minute's USDⓈ-M budget. */
    private static final int PER_GATEWAY = 12;
    /** Enough rounds for the JIT compiler to finish: before, it takes as much processor time as the snapshots. */
    private static final int WARM_UP_GATEWAYS = 8;
    private static final int MEASURED = 5;
    private static final Duration PACE = Duration.ofSeconds(3);
    private static final Duration FLOOR = PACE.multipliedBy(2).plus(LATENCY.multipliedBy(3));

    public static void main(String[] args) throws Exception {
        for (int round = 0; round < WARM_UP_GATEWAYS; round++) {
            try (FakeBinance warmUp = FakeBinance.withSamples()) {
                BinanceGateway gateway = BinanceGateway.open(BinanceCredentials.hmac(FakeBinance.API_KEY, FakeBinance.SECRET),
                        warmUp.hosts(), Snapshots.ENGLISH, warmUp.accountPace());
                for (int i = 0; i < PER_GATEWAY; i++) {
                    gateway.snapshot();
                }
            }
        }
        try (FakeBinance binance = FakeBinance.withSamples()) {
            binance.delayEveryAnswer(LATENCY);
            BinanceGateway gateway = gateway(binance);
            long start = System.nanoTime();
            AccountSnapshot first = gateway.snapshot();
            long firstNanos = System.nanoTime() - start;
            int firstRequests = binance.requests().size();
            long weightBefore = gateway.weightSpent();
            long servedBefore = binance.weightServed();
            long[] nanos = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                Thread.sleep(PACE.toMillis());
                long t = System.nanoTime();
                gateway.snapshot();
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            double median = nanos[MEASURED / 2] / 1e6;
            System.out.printf("every endpoint answers in %d ms; one snapshot: %d requests, %d balances, %d open orders, %d unknown parts%n",
                    LATENCY.toMillis(), (binance.requests().size() - firstRequests) / MEASURED, first.balances().size(),
                    first.openOrders().size(), first.unknown().size());
            System.out.printf("first snapshot of a gateway (clock sync, new connections): %.0f ms = %.2f x the floor, %d requests%n",
                    firstNanos / 1e6, firstNanos / 1e6 / FLOOR.toMillis(), firstRequests);
            System.out.printf("snapshot ms: min %.0f  median %.0f  max %.0f  (%d snapshots)%n", nanos[0] / 1e6, median,
                    nanos[MEASURED - 1] / 1e6, MEASURED);
            System.out.printf("snapshot time / floor of %d ms (two 3 s waits between the three plan lists, 100 ms each): %.2f"
                    + " (median; goal: at most 1.2)%n", FLOOR.toMillis(), median / FLOOR.toMillis());
            System.out.printf("request weight per snapshot: %d by Binance's documented weights (the local Binance counted %d)%n",
                    (gateway.weightSpent() - weightBefore) / MEASURED, (binance.weightServed() - servedBefore) / MEASURED);
            // The local Binance shares the processors with the client: a busy machine shows in the figures.
            System.out.printf("machine: %d processors, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static BinanceGateway gateway(FakeBinance binance) {
        return BinanceGateway.open(BinanceCredentials.hmac(FakeBinance.API_KEY, FakeBinance.SECRET), binance.hosts(), Snapshots.ENGLISH);
    }
}
