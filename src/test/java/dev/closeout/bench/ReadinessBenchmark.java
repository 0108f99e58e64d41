package dev.closeout.bench;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.AccountStatus;
import dev.closeout.account.Balance;
import dev.closeout.account.OpenOrder;
import dev.closeout.account.Profile;
import dev.closeout.account.Side;
import dev.closeout.account.SnapshotSource;
import dev.closeout.account.Wallet;
import dev.closeout.closure.Eligibility;
import dev.closeout.closure.ReadinessReport;
import dev.closeout.exchange.SnapshotReader;
import dev.closeout.exchange.SnapshotWriter;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Not a test: prints how long reading and judging a very large account takes, and the heap it needs.
 * A snapshot of 100,000 balance lines and 20,000 open orders is generated, written once to
 * JSON in memory, then read and evaluated: warm-up rounds first, then measured rounds.
 * Run: {@code mvn -B -q -Pbench -DskipTests test-compile exec:exec@bench}
 */
public final class ReadinessBenchmark {

    private static final int BALANCES = 100_000;
    private static final int ORDERS = 20_000;
    private static final int ASSETS = 2_000;
    private static final int WARM_UP = 8;
    private static final int MEASURED = 10;

    public static void main(String[] args) throws Exception {
        byte[] json = new SnapshotWriter().write(generate()).getBytes(StandardCharsets.UTF_8);
        System.out.printf("snapshot: %,d balance lines, %,d open orders, %,d assets priced, %.1f MB of JSON%n",
                BALANCES, ORDERS, ASSETS, json.length / 1e6);
        SnapshotReader reader = new SnapshotReader();
        for (int i = 0; i < WARM_UP; i++) {
            Eligibility.evaluate(reader.read(new ByteArrayInputStream(json)));
        }
        long[] parse = new long[MEASURED];
        long[] evaluate = new long[MEASURED];
        long peakHeap = 0;
        ReadinessReport report = null;
        for (int i = 0; i < MEASURED; i++) {
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            AccountSnapshot snapshot = reader.read(new ByteArrayInputStream(json));
            long parsed = System.nanoTime();
            report = Eligibility.evaluate(snapshot);
            long evaluated = System.nanoTime();
            peakHeap = Math.max(peakHeap, peakHeapUsed());
            parse[i] = parsed - start;
            evaluate[i] = evaluated - parsed;
        }
        System.out.printf("findings: %,d (eligible: %s)%n", report.blockers().size(), report.eligible());
        System.out.printf("parse     ms: %s%n", summary(parse));
        System.out.printf("evaluate  ms: %s%n", summary(evaluate));
        long[] total = new long[MEASURED];
        Arrays.setAll(total, i -> parse[i] + evaluate[i]);
        System.out.printf("total     ms: %s   (goal: under 300 after warm-up)%n", summary(total));
        System.out.printf("peak heap MB: %.0f (heap in use at its highest during a measured round, JSON bytes included; max heap %.0f MB)%n",
                peakHeap / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    }

    private static AccountSnapshot generate() {
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        prices.put("BTC", new BigDecimal("91250.00"));
        for (int a = 0; a < ASSETS; a++) {
            prices.put("A" + a, new BigDecimal(a % 7 == 0 ? "0.0000094" : "2.31"));
        }
        Wallet[] wallets = {Wallet.SPOT, Wallet.FUNDING, Wallet.CROSS_MARGIN, Wallet.USDM_FUTURES, Wallet.ISOLATED_MARGIN};
        List<Balance> balances = new ArrayList<>(BALANCES);
        for (int i = 0; i < BALANCES; i++) {
            String free = i % 3 == 0 ? "0.00000000" : String.format("%d.%08d", i % 50, i);
            String borrowed = i % 97 == 0 ? "12.5" : null;
            balances.add(new Balance(wallets[i % wallets.length], "A" + (i % ASSETS), new BigDecimal(free),
                    new BigDecimal("0.00000000"), borrowed == null ? null : new BigDecimal(borrowed), null, null, null));
        }
        OpenOrder.Type[] types = OpenOrder.Type.values();
        List<OpenOrder> orders = new ArrayList<>(ORDERS);
        for (int i = 0; i < ORDERS; i++) {
            orders.add(new OpenOrder(String.valueOf(900_000 + i), Wallet.SPOT, "A" + (i % ASSETS) + "USDT",
                    types[i % types.length], i % 2 == 0 ? Side.BUY : Side.SELL, new BigDecimal("98000.00"),
                    new BigDecimal("0.005"), new BigDecimal("0"), Instant.parse("2026-11-20T10:00:00Z").plusSeconds(i)));
        }
        Profile profile = new Profile("1", "bench@example.com", null, AccountStatus.ACTIVE, true, 0, null, null);
        return new AccountSnapshot(AccountSnapshot.SCHEMA_VERSION, SnapshotSource.FILE, Instant.parse("2026-11-24T09:30:00Z"),
                profile, prices, balances, null, null, null, null, null, orders, null, null, null, null, null, null, null);
    }

    private static String summary(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("min %.0f  median %.0f  max %.0f", sorted[0] / 1e6, sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap in use at once. */
    private static long peakHeapUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
