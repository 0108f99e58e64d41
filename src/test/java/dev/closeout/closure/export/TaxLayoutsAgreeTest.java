package dev.closeout.closure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.closeout.Snapshots;
import dev.closeout.account.history.AccountHistory;
import dev.closeout.closure.ClosureService;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.exchange.binance.BinanceCredentials;
import dev.closeout.exchange.binance.BinanceGateway;
import dev.closeout.exchange.binance.FakeBinance;
import dev.closeout.exchange.demo.DemoExchange;
import dev.closeout.exchange.demo.DemoSettings;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof that the other tools' files say what the history says: read back from the written
 * files, each coin nets to what the records moved, in each layout, for the demo's year and for a
 * Binance account; each record is there exactly once; the manifest hashes every file.
 */
class TaxLayoutsAgreeTest {

    private static final Instant DEMO_NOW = Instant.parse("2026-11-24T09:30:00Z");

    @TempDir
    Path temp;

    private record Exported(AccountHistory history, ExportResult result) {
        Path file(String name) {
            return result.folder().resolve(name);
        }
    }

    private Exported exportDemo() throws Exception {
        DemoExchange demo = DemoExchange.open(temp.resolve("demo"), Clock.fixed(DEMO_NOW, ZoneOffset.UTC), new SecureRandom(),
                DemoSettings.defaults());
        return export(demo, demo);
    }

    private Exported export(ExchangeGateway reader, ExchangeGateway exporter) throws Exception {
        AccountHistory history = reader.history((part, records) -> { }).orElseThrow();
        ExportResult result = new ClosureService(exporter).export(ExportRequest.everything(temp.resolve("exports"), Snapshots.ENGLISH), p -> { },
                () -> false);
        return new Exported(history, result);
    }

    @Test
    void every_coin_nets_to_what_the_demo_years_records_moved_in_each_tools_file() throws Exception {
        Exported demo = exportDemo();
        Map<String, BigDecimal> moved = CoinSums.ofHistory(demo.history());

        assertTrue(moved.size() > 5, "the demo's year moves many coins: " + moved);
        assertEquals(moved, CoinSums.ofStatement(demo.file(StatementLayout.FILE)), "Binance's statement");
        assertEquals(moved, CoinSums.ofKoinly(demo.file(KoinlyLayout.FILE)), "Koinly");
        assertEquals(moved, CoinSums.ofCoinTracking(demo.file(CoinTrackingLayout.FILE)), "CoinTracking");
    }

    @Test
    void every_coin_nets_to_what_a_binance_accounts_records_moved_in_each_tools_file() throws Exception {
        try (FakeBinance binance = FakeBinance.withSamples()) {
            binance.skewClock(Duration.between(Instant.now(), BinanceHistoryExportTest.BINANCE_NOW));
            // Two connections, each with its own weight budget: one reads the history, the other exports it.
            Exported exported = export(connect(binance), connect(binance));
            Map<String, BigDecimal> moved = CoinSums.ofHistory(exported.history());

            assertFalse(moved.isEmpty(), "the samples move coins");
            assertEquals(moved, CoinSums.ofStatement(exported.file(StatementLayout.FILE)), "Binance's statement");
            assertEquals(moved, CoinSums.ofKoinly(exported.file(KoinlyLayout.FILE)), "Koinly");
            assertEquals(moved, CoinSums.ofCoinTracking(exported.file(CoinTrackingLayout.FILE)), "CoinTracking");
        }
    }

    private static BinanceGateway connect(FakeBinance binance) {
        return BinanceGateway.open(BinanceCredentials.hmac(FakeBinance.API_KEY, FakeBinance.SECRET), binance.hosts(),
                Snapshots.ENGLISH, binance.accountPace());
    }

    @Test
    void each_record_of_the_demo_year_is_in_each_tools_file_once_a_trade_as_its_legs_and_fee_in_the_statement() throws Exception {
        Exported demo = exportDemo();
        AccountHistory history = demo.history();
        Map<String, Long> legs = new TreeMap<>();
        history.trades().forEach(t -> legs.put(ToolLayout.ref(t), t.fee() != null && t.fee().signum() != 0 ? 3L : 2L));
        history.transfers().forEach(t -> legs.put(ToolLayout.ref(t), 2L));
        history.dustConversions().forEach(d -> legs.put(ToolLayout.ref(d), 2L));
        Stream.of(history.deposits(), history.withdrawals(), history.earn(), history.p2pOrders(), history.futuresIncome())
                .flatMap(List::stream).forEach(r -> legs.put(ToolLayout.ref(r), 1L));
        assertEquals(history.size(), legs.size(), "every record has a name of its own");

        assertEquals(legs, rowsPerRecord(demo.file(StatementLayout.FILE)), "Binance's statement");
        assertEquals(legs.keySet().stream().collect(Collectors.toMap(Function.identity(), ref -> 1L, (a, b) -> a, TreeMap::new)),
                rowsPerRecord(demo.file(KoinlyLayout.FILE)), "Koinly");
        Map<String, Long> coinTracking = rowsPerRecord(demo.file(CoinTrackingLayout.FILE));
        Map<String, Long> thirdCoinFees = new TreeMap<>();
        history.trades().stream().filter(t -> t.fee() != null && !t.feeAsset().equals(t.base()) && !t.feeAsset().equals(t.quote()))
                .forEach(t -> thirdCoinFees.put(ToolLayout.ref(t) + " fee", 1L));
        coinTracking.keySet().removeAll(thirdCoinFees.keySet());
        assertEquals(legs.keySet().stream().collect(Collectors.toMap(Function.identity(), ref -> 1L, (a, b) -> a, TreeMap::new)),
                coinTracking, "CoinTracking: one row per record, and an Other Fee row for a fee in a third coin");
    }

    @Test
    void the_manifest_lists_each_tools_file_with_the_hash_of_what_was_written() throws Exception {
        Exported demo = exportDemo();
        JsonNode manifest = JsonMapper.builder().build().readTree(demo.file(Manifest.FILE).toFile());

        Map<String, String> listed = new TreeMap<>();
        manifest.required("files").forEach(f -> listed.put(f.required("name").asText(), f.required("sha256").asText()));
        for (String file : List.of(StatementLayout.FILE, KoinlyLayout.FILE, CoinTrackingLayout.FILE)) {
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(demo.file(file))));
            assertEquals(sha256, listed.get(file), file);
        }
        assertTrue(Files.readString(demo.file(Manifest.CHECKSUMS)).contains("  " + KoinlyLayout.FILE + "\n"));
    }

    private static Map<String, Long> rowsPerRecord(Path file) throws Exception {
        return CoinSums.rows(file).stream().collect(Collectors.groupingBy(ToolLayoutsTest::ref, TreeMap::new, Collectors.counting()));
    }
}
