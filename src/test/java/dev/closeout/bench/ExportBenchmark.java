package dev.closeout.bench;

import dev.closeout.closure.ClosureService;
import dev.closeout.closure.export.ExportRequest;
import dev.closeout.closure.export.ExportResult;
import dev.closeout.closure.export.ExportedFile;
import dev.closeout.exchange.demo.DemoExchange;
import dev.closeout.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Not a test: prints how long exporting the demo account's year of history takes (goal: under
 * 2 s), from the click to the last file synced. The first export of a fresh JVM is printed on
 * its own (what a person meets), then rounds after warm-up. Each round writes a new folder.
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
            long start = System.nanoTime();
            ExportResult first = service.export(ExportRequest.everything(temp.resolve("exports"), english), p -> { }, () -> false);
            long cold = System.nanoTime() - start;
            long bytes = first.files().stream().mapToLong(ExportedFile::bytes).sum();
            System.out.printf("demo account: %,d records from %s to %s, %d files, %.2f MB%n", first.records(), first.from(), first.to(),
                    first.files().size(), bytes / 1e6);
            System.out.printf("first export ms: %.0f   (a fresh JVM, as a person meets it)%n", cold / 1e6);
            for (int i = 0; i < WARM_UP; i++) {
                service.export(ExportRequest.everything(temp.resolve("exports"), english), p -> { }, () -> false);
            }
            long[] rounds = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long t = System.nanoTime();
                service.export(ExportRequest.everything(temp.resolve("exports"), english), p -> { }, () -> false);
                rounds[i] = System.nanoTime() - t;
            }
            long[] sorted = rounds.clone();
            Arrays.sort(sorted);
            System.out.printf("export ms: min %.0f  median %.0f  max %.0f   (goal: under 2000)%n", sorted[0] / 1e6,
                    sorted[MEASURED / 2] / 1e6, sorted[MEASURED - 1] / 1e6);
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
