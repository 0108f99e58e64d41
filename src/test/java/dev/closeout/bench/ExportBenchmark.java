package dev.closeout.bench;

import dev.closeout.closure.ClosureService;
import dev.closeout.closure.export.ExportFormat;
import dev.closeout.closure.export.ExportRequest;
import dev.closeout.closure.export.ExportResult;
import dev.closeout.closure.export.ExportedFile;
import dev.closeout.exchange.demo.DemoExchange;
import dev.closeout.i18n.Messages;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Not a test: prints how long exporting the demo account's year of history takes (goal: under
 * 2 s in every format), from the click to the last file synced: the history read, each format's
 * files, the closure record, the manifest and the checksums. The first export of a fresh JVM, in
 * every format, is printed on its own (what a person meets), then rounds after warm-up, in every
 * format and in each format alone. Each round writes a new folder.
 * Run: {@code mvn -B -q -Pbench -DskipTests test-compile exec:exec@export-bench}
 */
public final class ExportBenchmark {

    private static final int WARM_UP = 5;
    private static final int MEASURED = 10;

    public static void main(String[] args) throws Exception {
        Path temp = Files.createTempDirectory("closeout-export-bench");
        try {
            ClosureService service = new ClosureService(DemoExchange.open(temp.resolve("demo")));
            Messages english = Messages.forLocale(Locale.ENGLISH);
            Path exports = temp.resolve("exports");
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            ExportResult first = service.export(ExportRequest.everything(exports, english), p -> { }, () -> false);
            long cold = System.nanoTime() - start;
            long coldCpu = threads.getCurrentThreadCpuTime() - startCpu;
            long bytes = first.files().stream().mapToLong(ExportedFile::bytes).sum();
            System.out.printf("demo account: %,d records from %s to %s; every format: %d files, %.2f MB%n", first.records(),
                    first.from(), first.to(), first.files().size(), bytes / 1e6);
            // On a shared machine the wall time waits for the other processes; the exporting thread's own CPU time does not.
            System.out.printf("first export, every format ms: %.0f wall, %.0f CPU of the exporting thread   (a fresh JVM, as a person "
                    + "meets it; load average %.1f)%n", cold / 1e6, coldCpu / 1e6, ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
            Map<String, Set<ExportFormat>> rounds = new LinkedHashMap<>();
            rounds.put("every format", EnumSet.allOf(ExportFormat.class));
            for (ExportFormat format : ExportFormat.values()) {
                rounds.put(format.cliName() + " alone", EnumSet.of(format));
            }
            for (int i = 0; i < WARM_UP; i++) {
                service.export(ExportRequest.everything(exports, english), p -> { }, () -> false);
            }
            System.out.printf("after %d warm-up exports, %d rounds each (ms, goal: every format under 2000):%n", WARM_UP, MEASURED);
            for (Map.Entry<String, Set<ExportFormat>> round : rounds.entrySet()) {
                long[] times = new long[MEASURED];
                for (int i = 0; i < MEASURED; i++) {
                    long t = System.nanoTime();
                    service.export(new ExportRequest(exports, round.getValue(), english), p -> { }, () -> false);
                    times[i] = System.nanoTime() - t;
                }
                Arrays.sort(times);
                System.out.printf("  %-20s min %5.0f  median %5.0f  max %5.0f%n", round.getKey(), times[0] / 1e6,
                        times[MEASURED / 2] / 1e6, times[MEASURED - 1] / 1e6);
            }
        } finally {
            delete(temp);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
