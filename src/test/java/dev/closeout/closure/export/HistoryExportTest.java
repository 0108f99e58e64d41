package dev.closeout.closure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.closeout.Snapshots;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.history.AccountHistory;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.Eligibility;
import dev.closeout.closure.ReportJson;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.exchange.SnapshotReader;
import dev.closeout.exchange.demo.DemoExchange;
import dev.closeout.exchange.demo.DemoSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting the demo account's year of history: files that read back the same, a manifest that proves them, nothing left half-written. */
class HistoryExportTest {

    private static final Instant START = Instant.parse("2026-11-24T09:30:00Z");
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final int EVERY_FILE = HistoryExport.files(EnumSet.allOf(ExportFormat.class));

    @TempDir
    Path temp;

    private DemoExchange exchange;
    private ClosureService service;
    private Path chosen;

    @BeforeEach
    void seedTheDemo() throws Exception {
        exchange = DemoExchange.open(temp.resolve("demo"), Clock.fixed(START, ZoneOffset.UTC), new SecureRandom(), DemoSettings.defaults());
        service = new ClosureService(exchange);
        chosen = temp.resolve("chosen");
    }

    private ExportResult export() throws Exception {
        return service.export(everything(chosen), p -> { }, () -> false);
    }

    private static ExportRequest everything(Path folder) {
        return ExportRequest.everything(folder, Snapshots.ENGLISH);
    }

    private AccountHistory history() throws Exception {
        return exchange.history((part, records) -> { }).orElseThrow();
    }

    @Test
    void every_csv_file_parses_back_to_the_same_records_under_the_same_header() throws Exception {
        ExportResult result = export();
        AccountHistory history = history();

        for (ExportedRecords.Part part : ExportedRecords.PARTS) {
            List<String> header = new ArrayList<>();
            List<Object> read = ExportedRecords.csv(part, result.folder().resolve(part.file()), header);
            assertEquals(part.header(), header, part.file());
            assertEquals(part.original().apply(history), read, part.file());
            assertFalse(read.isEmpty(), () -> part.file() + " is empty: the demo's year should have some");
        }
    }

    @Test
    void the_csv_files_are_rfc_4180_in_utf_8_with_exact_decimals_and_iso_times() throws Exception {
        ExportResult result = export();
        String trades = Files.readString(result.folder().resolve("trades.csv"), StandardCharsets.UTF_8);

        assertTrue(trades.startsWith("time,id,wallet,symbol,base,quote,side,price,quantity,quoteAmount,fee,feeAsset\r\n"), trades.substring(0, 80));
        assertFalse(trades.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
        assertFalse(trades.contains("E-") || trades.contains("E+"), "amounts are plain decimals, never exponents");
        String firstRow = trades.lines().skip(1).findFirst().orElseThrow();
        assertTrue(firstRow.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z,.*"), firstRow);
    }

    @Test
    void the_json_bundle_holds_the_same_records_the_snapshot_and_the_readiness_report() throws Exception {
        ExportResult result = export();
        AccountHistory history = history();
        AccountSnapshot snapshot = exchange.snapshot();
        JsonNode bundle = JSON.readTree(result.folder().resolve(HistoryExport.BUNDLE).toFile());

        for (ExportedRecords.Part part : ExportedRecords.PARTS) {
            assertEquals(part.original().apply(history), ExportedRecords.json(part, bundle.required("history")), part.jsonName());
        }
        assertEquals(snapshot, new SnapshotReader().read(bundle.required("snapshot")));
        assertEquals(JSON.readTree(new ReportJson().render(Eligibility.evaluate(snapshot))), bundle.required("readinessReport"));
        assertEquals(history.from().toString(), bundle.at("/period/from").asText());
    }

    @Test
    void the_snapshot_file_reads_back_as_the_account_and_the_report_is_what_check_prints() throws Exception {
        ExportResult result = export();
        AccountSnapshot snapshot = exchange.snapshot();

        try (var in = Files.newInputStream(result.folder().resolve(HistoryExport.SNAPSHOT))) {
            assertEquals(snapshot, new SnapshotReader().read(in));
        }
        assertEquals(new ReportJson().render(Eligibility.evaluate(snapshot)),
                Files.readString(result.folder().resolve(HistoryExport.REPORT), StandardCharsets.UTF_8));
    }

    @Test
    void the_manifests_hashes_sizes_and_counts_match_the_files_and_it_lists_every_file() throws Exception {
        ExportResult result = export();
        JsonNode manifest = JSON.readTree(result.folder().resolve("manifest.json").toFile());

        List<String> listed = new ArrayList<>();
        for (JsonNode file : manifest.required("files")) {
            String name = file.required("name").asText();
            byte[] bytes = Files.readAllBytes(result.folder().resolve(name));
            listed.add(name);
            assertEquals(sha256(bytes), file.required("sha256").asText(), name);
            assertEquals(bytes.length, file.required("bytes").asLong(), name);
            if (name.endsWith(".csv")) {
                long rows = new String(bytes, StandardCharsets.UTF_8).split("\r\n").length - 1;
                assertEquals(rows, file.required("records").asLong(), name);
            }
        }
        TreeSet<String> inFolder = new TreeSet<>(filesIn(result.folder()));
        TreeSet<String> expected = new TreeSet<>(listed);
        expected.addAll(List.of("manifest.json", "SHA256SUMS"));
        assertEquals(expected, inFolder);
        assertEquals(EVERY_FILE, inFolder.size());
        assertEquals(START.toString(), manifest.required("exportedAt").asText());
        assertEquals(START.minus(Duration.ofDays(365)).toString(), manifest.at("/period/from").asText());
        assertEquals(START.toString(), manifest.at("/period/to").asText());
        assertEquals(0, manifest.required("notIncluded").size(), "the demo gives every part");
        assertEquals(history().size(), result.records());
    }

    @Test
    void sha256sums_checks_every_file_the_manifest_included() throws Exception {
        ExportResult result = export();

        List<String> lines = Files.readAllLines(result.folder().resolve("SHA256SUMS"));
        assertEquals(EVERY_FILE - 1, lines.size());
        for (String line : lines) {
            String[] hashAndName = line.split("  ", 2);
            assertEquals(hashAndName[0], sha256(Files.readAllBytes(result.folder().resolve(hashAndName[1]))), hashAndName[1]);
        }
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("  manifest.json")));
    }

    @Test
    void exporting_twice_writes_a_second_folder_beside_the_first_and_leaves_the_first_unchanged() throws Exception {
        ExportResult first = export();
        String manifest = Files.readString(first.folder().resolve("manifest.json"));
        ExportResult second = export();

        assertEquals(first.folder().getFileName() + "-2", second.folder().getFileName().toString());
        assertEquals(manifest, Files.readString(first.folder().resolve("manifest.json")));
        assertEquals("closeout-export-demo-20261124-093000", first.folder().getFileName().toString());
    }

    @Test
    void progress_tells_the_records_read_part_by_part_then_each_file_written() throws Exception {
        List<ExportProgress> told = new ArrayList<>();
        service.export(everything(chosen), told::add, () -> false);

        List<ExportProgress.Writing> writing = told.stream().filter(p -> p instanceof ExportProgress.Writing)
                .map(p -> (ExportProgress.Writing) p).toList();
        assertEquals(EVERY_FILE, writing.size());
        assertEquals(new ExportProgress.Writing("SHA256SUMS", EVERY_FILE, EVERY_FILE), writing.get(writing.size() - 1));
        assertTrue(told.get(0) instanceof ExportProgress.Reading r && r.records() > 0, told.get(0).toString());
    }

    @Test
    void cancelling_while_reading_writing_or_bundling_leaves_no_file_at_all() throws Exception {
        for (String cancelAt : List.of("reading", "trades.csv", "deposits.csv", HistoryExport.BUNDLE, "manifest.json")) {
            boolean[] cancelled = {false};
            Consumer<ExportProgress> progress = p -> {
                if (p instanceof ExportProgress.Reading && cancelAt.equals("reading")
                        || p instanceof ExportProgress.Writing w && w.file().equals(cancelAt)) {
                    cancelled[0] = true;
                }
            };
            assertThrows(CancellationException.class, () -> service.export(everything(chosen), progress, () -> cancelled[0]), cancelAt);
            assertEquals(List.of(), filesIn(chosen), "cancelled at " + cancelAt);
        }
    }

    @Test
    void a_cancel_in_the_middle_of_a_long_file_removes_its_temp_file_too() throws Exception {
        assertTrue(history().trades().size() > 1_000, "the first look at cancelling comes a thousand rows into the file");
        boolean[] writingTrades = {false};
        Consumer<ExportProgress> progress = p -> writingTrades[0] = p instanceof ExportProgress.Writing w && w.file().equals("trades.csv");
        assertThrows(CancellationException.class, () -> service.export(everything(chosen), progress, () -> writingTrades[0]));

        assertEquals(List.of(), filesIn(chosen));
    }

    @Test
    void while_an_export_is_written_its_folder_says_it_is_partial_and_only_the_whole_export_takes_the_exports_name() throws Exception {
        List<List<String>> seen = new ArrayList<>();
        Consumer<ExportProgress> progress = p -> {
            if (p instanceof ExportProgress.Writing w && (w.number() == 1 || w.file().equals("SHA256SUMS"))) {
                seen.add(entriesIn(chosen));
            }
        };

        ExportResult result = service.export(everything(chosen), progress, () -> false);

        String name = "closeout-export-demo-20261124-093000";
        assertEquals(List.of(List.of(name + ".partial"), List.of(name + ".partial")), seen);
        assertEquals(List.of(name), entriesIn(chosen));
        assertEquals(chosen.resolve(name), result.folder());
    }

    @Test
    void an_export_that_fails_and_cannot_clean_up_leaves_only_a_folder_that_says_it_is_partial() throws Exception {
        String partial = "closeout-export-demo-20261124-093000.partial";
        // A folder where the last file would go: it cannot be put in place, nor the partial folder removed.
        Consumer<ExportProgress> progress = p -> {
            if (p instanceof ExportProgress.Writing w && w.file().equals("SHA256SUMS")) {
                try {
                    Files.createDirectories(chosen.resolve(partial).resolve("SHA256SUMS").resolve("in the way"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };

        ExportException e = assertThrows(ExportException.class, () -> service.export(everything(chosen), progress, () -> false));

        assertEquals("export.error.write", e.messageKey());
        assertEquals(List.of(partial), entriesIn(chosen), "no folder under the export's own name");
    }

    @Test
    void the_export_is_readable_by_the_user_alone_its_folder_rwx_and_every_file_rw_for_the_owner_only() throws Exception {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");

        ExportResult result = export();

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(result.folder())));
        List<String> files = filesIn(result.folder());
        assertEquals(EVERY_FILE, files.size());
        for (String file : files) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(result.folder().resolve(file))), file);
        }
    }

    @Test
    void a_file_where_the_folder_should_be_is_named_as_such() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "mine");

        ExportException e = assertThrows(ExportException.class, () -> service.export(everything(file), p -> { }, () -> false));

        assertEquals("export.error.notAFolder", e.messageKey());
        assertEquals(List.of(file.toString()), e.args());
        assertEquals("mine", Files.readString(file));
        assertTrue(Snapshots.ENGLISH.get(e.messageKey(), e.args().toArray()).contains(file.toString()));
    }

    @Test
    void a_folder_that_cannot_be_created_gives_the_folder_and_the_reason() throws Exception {
        Path inside = Files.writeString(temp.resolve("notes.txt"), "mine").resolve("exports");

        ExportException e = assertThrows(ExportException.class, () -> service.export(everything(inside), p -> { }, () -> false));

        assertEquals("export.error.cannotWrite", e.messageKey());
        assertEquals(inside.toString(), e.args().get(0));
        assertEquals("Not a directory", e.args().get(1));
        assertEquals("Closeout cannot write in " + inside + " (Not a directory). Choose another folder.",
                Snapshots.ENGLISH.get(e.messageKey(), e.args().toArray()));
    }

    @Test
    void a_read_only_folder_is_refused_before_the_exchange_is_read_at_length() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path readOnly = Files.createDirectory(temp.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            List<ExportProgress> told = new ArrayList<>();
            ExportException e = assertThrows(ExportException.class, () -> service.export(everything(readOnly), told::add, () -> false));

            assertEquals("export.error.denied", e.messageKey());
            assertEquals(List.of(), told);
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void an_exchange_that_gives_no_history_still_exports_its_snapshot_and_report_and_says_what_is_missing() throws Exception {
        ExchangeGateway snapshotOnly = new ExchangeGateway() {
            @Override
            public String id() {
                return "demo";
            }

            @Override
            public AccountSnapshot snapshot() throws dev.closeout.exchange.ExchangeException {
                return exchange.snapshot();
            }
        };

        ExportResult result = new ClosureService(snapshotOnly).export(everything(chosen), p -> { }, () -> false);

        assertEquals(0, result.records());
        assertEquals(Optional.of("history"), result.notIncluded().stream().map(AccountHistory.NotIncluded::what).findFirst());
        JsonNode manifest = JSON.readTree(result.folder().resolve("manifest.json").toFile());
        assertEquals("history", manifest.at("/notIncluded/0/what").asText());
        assertEquals("time,id,wallet,symbol,base,quote,side,price,quantity,quoteAmount,fee,feeAsset\r\n",
                Files.readString(result.folder().resolve("trades.csv")));
    }

    private static List<String> entriesIn(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> filesIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
