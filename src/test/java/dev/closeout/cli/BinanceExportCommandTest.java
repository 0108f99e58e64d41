package dev.closeout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.closeout.Main;
import dev.closeout.Snapshots;
import dev.closeout.exchange.binance.FakeBinance;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code closeout export --binance --to DIR} as a script runs it, wired as {@code Main} wires it:
 * the key from the environment, a local Binance whose clock stands a year after Binance opened
 * (so that the whole history is read within one minute's weight).
 */
class BinanceExportCommandTest {

    @TempDir
    Path folder;

    private final FakeBinance binance = FakeBinance.withSamples();
    private final Map<String, String> environment = new HashMap<>(Map.of("BINANCE_API_KEY", FakeBinance.API_KEY,
            "BINANCE_API_SECRET", FakeBinance.SECRET, "CLOSEOUT_BINANCE_BASE_URL", binance.baseUrl()));
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @AfterEach
    void stop() {
        binance.close();
    }

    private int run(String... args) {
        return new CloseoutCommand(new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8),
                Snapshots.ENGLISH, Main.exchanges(Snapshots.ENGLISH), folder.resolve("data"), environment::get).run(List.of(args));
    }

    @Test
    void exporting_a_binance_account_writes_every_file_and_prints_what_is_not_included_with_binances_pages() throws Exception {
        binance.skewClock(Duration.between(Instant.now(), Instant.parse("2018-07-21T00:00:00Z")));
        Path to = folder.resolve("exports");

        int exit = run("export", "--binance", "--to", to.toString());

        assertEquals(0, exit, stderr.toString(StandardCharsets.UTF_8));
        assertEquals("", stderr.toString(StandardCharsets.UTF_8));
        Path written;
        try (Stream<Path> inside = Files.list(to)) {
            written = inside.findFirst().orElseThrow();
        }
        assertTrue(written.getFileName().toString().startsWith("closeout-export-binance-2018"), written.toString());
        try (Stream<Path> files = Files.list(written)) {
            assertEquals(17, files.count());
        }
        List<String> lines = stdout.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).matches("Exported [\\d,]+ records from 2017-07-14 00:00:00 UTC to 2018-07-21 .* UTC into .*"), lines.get(0));
        assertTrue(lines.contains("Not included: Margin trades, loans and interest: Closeout does not read the margin history. "
                + "https://www.binance.com/en/my/wallet/history"), lines.toString());
        JsonNode manifest = JsonMapper.builder().build().readTree(written.resolve("manifest.json").toFile());
        assertEquals(lines.size() - 3, manifest.required("notIncluded").size(), "each entry of the manifest printed once");
        assertTrue(manifest.at("/files/0/records").asInt() > 0, "trades.csv holds the samples' trades");
    }

    @Test
    void without_a_key_in_the_environment_nothing_is_written_and_it_exits_2() {
        environment.remove("BINANCE_API_SECRET");

        assertEquals(2, run("export", "--binance", "--to", folder.resolve("exports").toString()));

        assertEquals("", stdout.toString(StandardCharsets.UTF_8));
        assertTrue(stderr.toString(StandardCharsets.UTF_8).startsWith("closeout: --binance reads the API key from the environment"));
        assertTrue(Files.notExists(folder.resolve("exports")));
    }

    @Test
    void the_demo_and_binance_at_once_is_refused() {
        assertEquals(2, run("export", "--demo", "--binance", "--to", folder.toString()));

        assertTrue(stderr.toString(StandardCharsets.UTF_8).startsWith(
                "closeout: export needs the account to export: --demo or --binance (one of them)"), stderr.toString(StandardCharsets.UTF_8));
    }
}
