package dev.closeout.closure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.closeout.Snapshots;
import dev.closeout.account.history.AccountHistory;
import dev.closeout.account.history.AccountHistory.NotIncluded;
import dev.closeout.closure.ClosureService;
import dev.closeout.exchange.binance.BinanceCredentials;
import dev.closeout.exchange.binance.BinanceGateway;
import dev.closeout.exchange.binance.FakeBinance;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exporting a Binance account's history, read from a local Binance whose clock stands a year after
 * Binance opened (a whole history then takes seconds, not the minutes withdrawals take today):
 * every file reads back as the records Binance gave, and the manifest lists what is not included.
 */
class BinanceHistoryExportTest {

    /** A year and a week after Binance opened: every window of every reading, but within one minute's weight. */
    static final Instant BINANCE_NOW = Instant.parse("2018-07-21T00:00:00Z");

    @TempDir
    Path temp;

    private final FakeBinance binance = FakeBinance.withSamples();
    private final BinanceGateway gateway;

    BinanceHistoryExportTest() {
        binance.skewClock(Duration.between(Instant.now(), BINANCE_NOW));
        gateway = connect();
    }

    private BinanceGateway connect() {
        return BinanceGateway.open(BinanceCredentials.hmac(FakeBinance.API_KEY, FakeBinance.SECRET), binance.hosts(), Snapshots.ENGLISH, binance.accountPace());
    }

    @AfterEach
    void stop() {
        binance.close();
    }

    @Test
    void every_file_reads_back_as_the_records_binance_gave() throws Exception {
        AccountHistory history = gateway.history((part, records) -> { }).orElseThrow();
        // Another connection, with its own weight budget: the same key twice within a minute would wait for the next.
        ExportResult result = new ClosureService(connect()).export(ExportRequest.everything(temp, Snapshots.ENGLISH), p -> { }, () -> false);

        assertTrue(result.folder().getFileName().toString().startsWith("closeout-export-binance-2018"), result.folder().toString());
        JsonNode bundle = JsonMapper.builder().build().readTree(result.folder().resolve(HistoryExport.BUNDLE).toFile());
        for (ExportedRecords.Part part : ExportedRecords.PARTS) {
            List<Object> read = ExportedRecords.csv(part, result.folder().resolve(part.file()), new ArrayList<>());
            assertEquals(part.original().apply(history), read, part.file());
            assertEquals(part.original().apply(history), ExportedRecords.json(part, bundle.required("history")), part.jsonName());
            assertTrue(!read.isEmpty() || part.file().equals("dust-conversions.csv"), part.file() + " holds the samples' records");
        }
        assertEquals(history.size(), result.records());
    }

    @Test
    void the_manifest_lists_what_binance_does_not_give_with_the_page_that_has_it() throws Exception {
        ExportResult result = new ClosureService(gateway).export(ExportRequest.everything(temp, Snapshots.ENGLISH), p -> { }, () -> false);

        JsonNode manifest = JsonMapper.builder().build().readTree(result.folder().resolve("manifest.json").toFile());
        List<NotIncluded> listed = new ArrayList<>();
        manifest.required("notIncluded").forEach(n -> listed.add(new NotIncluded(n.required("what").asText(),
                n.required("reason").asText(), n.required("whereToGetIt").asText())));
        assertEquals(result.notIncluded(), listed);
        assertTrue(listed.stream().anyMatch(n -> n.what().equals("Dust conversions before 2020-12-01")
                && n.reason().equals("Binance's dust log starts on 2020-12-01.")), listed.toString());
        assertTrue(listed.stream().anyMatch(n -> n.what().equals("Margin trades, loans and interest")
                && n.whereToGetIt().equals("https://www.binance.com/en/my/wallet/history")), listed.toString());
        assertEquals("2017-07-14T00:00:00Z", manifest.at("/period/from").asText(), "as far back as Binance goes");
    }
}
