package dev.closeout.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.closure.ClosureService;
import dev.closeout.closure.export.ExportFormat;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.binance.BinanceCredentials;
import dev.closeout.exchange.binance.BinanceGateway;
import dev.closeout.exchange.binance.FakeBinance;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.DemoUi;
import dev.closeout.ui.GatewayDouble;
import dev.closeout.ui.export.ExportViewModel.State;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.account.UiExecutors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Export your history" without a toolkit: the folder question, progress with counts, cancel, the result and opening the folder. */
class ExportViewModelTest {

    @TempDir
    Path temp;

    private final List<Path> opened = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();

    private ExportViewModel exportTo(DemoUi demo, Optional<Path> answer) {
        return new ExportViewModel(demo.account, title -> {
            asked.add(title);
            return answer;
        }, opened::add);
    }

    @Test
    void exporting_into_the_chosen_folder_ends_with_what_was_written_and_where() throws Exception {
        ExportViewModel vm = exportTo(new DemoUi(temp.resolve("data")), Optional.of(temp.resolve("exports")));

        vm.chooseFolderAndExport();

        assertEquals(List.of("Choose where to save your history"), asked);
        assertEquals(State.DONE, vm.stateProperty().get());
        Path folder = vm.folderProperty().get();
        assertEquals(temp.resolve("exports").resolve("closeout-export-demo-20261124-093000"), folder);
        assertTrue(Files.exists(folder.resolve("manifest.json")));
        assertTrue(vm.summaryProperty().get().matches(
                "Exported [\\d,]+ records from 2025-11-24 09:30:00 UTC to 2026-11-24 09:30:00 UTC in 17 files, into this folder:"),
                vm.summaryProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
    }

    @Test
    void every_format_is_ticked_to_begin_with_and_only_the_ticked_ones_are_written_with_where_each_file_is() throws Exception {
        ExportViewModel vm = exportTo(new DemoUi(temp.resolve("data")), Optional.of(temp.resolve("exports")));
        for (ExportFormat format : ExportFormat.values()) {
            assertTrue(vm.formatProperty(format).get(), format.name());
        }

        vm.formatProperty(ExportFormat.CLOSEOUT).set(false);
        vm.formatProperty(ExportFormat.COINTRACKING).set(false);
        vm.chooseFolderAndExport();

        Path folder = vm.folderProperty().get();
        assertEquals(List.of("binance-statement.csv", "koinly-universal.csv", "closure-record.html", "manifest.json", "SHA256SUMS").stream()
                .map(name -> folder.resolve(name).toString()).toList(), vm.filesProperty().get().lines().toList());
        try (Stream<Path> written = Files.list(folder)) {
            assertEquals(5, written.count());
        }
    }

    @Test
    void with_no_format_ticked_there_is_nothing_to_export_and_no_folder_is_asked_for() throws Exception {
        ExportViewModel vm = exportTo(new DemoUi(temp.resolve("data")), Optional.of(temp.resolve("exports")));
        for (ExportFormat format : ExportFormat.values()) {
            vm.formatProperty(format).set(false);
        }

        assertFalse(vm.anyFormatProperty().get());
        vm.chooseFolderAndExport();

        assertEquals(List.of(), asked);
        assertEquals(State.READY, vm.stateProperty().get());
        vm.formatProperty(ExportFormat.KOINLY).set(true);
        assertTrue(vm.anyFormatProperty().get());
    }

    @Test
    void where_no_file_manager_can_show_the_folder_the_page_says_so_and_gives_its_path() throws Exception {
        ExportViewModel vm = new ExportViewModel(new DemoUi(temp.resolve("data")).account, title -> Optional.of(temp.resolve("exports")),
                folder -> {
                    throw new java.io.IOException("xdg-open answered 3");
                });
        vm.chooseFolderAndExport();

        vm.openFolder();

        assertEquals("No file manager could show the folder here. It is " + vm.folderProperty().get()
                + ": copy the path and open it yourself.", vm.openFailedProperty().get());
    }

    @Test
    void opening_the_folder_shows_the_exported_folder_and_nothing_before_there_is_one() throws Exception {
        ExportViewModel vm = exportTo(new DemoUi(temp.resolve("data")), Optional.of(temp.resolve("exports")));
        vm.openFolder();
        assertEquals(List.of(), opened);

        vm.chooseFolderAndExport();
        vm.openFolder();

        assertEquals(List.of(vm.folderProperty().get()), opened);
    }

    @Test
    void no_folder_chosen_means_no_export() throws Exception {
        ExportViewModel vm = exportTo(new DemoUi(temp.resolve("data")), Optional.empty());

        vm.chooseFolderAndExport();

        assertEquals(State.READY, vm.stateProperty().get());
        assertNull(vm.folderProperty().get());
    }

    @Test
    void progress_says_what_is_read_and_written_with_counts() throws Exception {
        ExportViewModel vm = exportTo(new DemoUi(temp.resolve("data")), Optional.of(temp.resolve("exports")));
        List<String> said = new ArrayList<>();
        List<Double> progress = new ArrayList<>();
        vm.statusProperty().addListener((obs, old, text) -> said.add(text));
        vm.progressProperty().addListener((obs, old, share) -> progress.add(share.doubleValue()));

        vm.chooseFolderAndExport();

        assertEquals("Reading the account\u2026", said.get(0));
        assertTrue(said.stream().anyMatch(s -> s.matches("Reading trades: [\\d,]+ records")), said.toString());
        assertTrue(said.stream().anyMatch(s -> s.matches("Writing trades\\.csv, file 1 of 17 \\([\\d,]+ records read\\)")), said.toString());
        assertTrue(said.contains("Writing SHA256SUMS, file 17 of 17 (" + String.format("%,d", recordsIn(vm)) + " records read)"), said.toString());
        assertEquals(ExportViewModel.UNKNOWN, progress.get(0));
        assertEquals(16 / 17.0, progress.get(progress.size() - 2), 1e-9);
    }

    private static final List<String> OTHER_TOOLS = List.of("binance-statement.csv", "koinly-universal.csv", "cointracking.csv");

    private static long recordsIn(ExportViewModel vm) throws Exception {
        long rows = 0;
        try (Stream<Path> files = Files.list(vm.folderProperty().get())) {
            // Closeout's own tables: the other tools' layouts show the same records again.
            for (Path csv : files.filter(f -> f.toString().endsWith(".csv") && !OTHER_TOOLS.contains(f.getFileName().toString())).toList()) {
                rows += Files.readAllLines(csv).size() - 1;
            }
        }
        return rows;
    }

    @Test
    void cancelling_while_it_writes_stops_it_and_leaves_the_folder_empty() throws Exception {
        ExportViewModel vm = exportTo(new DemoUi(temp.resolve("data")), Optional.of(temp.resolve("exports")));
        vm.statusProperty().addListener((obs, old, text) -> {
            if (text.startsWith("Writing deposits.csv")) {
                vm.cancel();
            }
        });

        vm.chooseFolderAndExport();

        assertEquals(State.CANCELLED, vm.stateProperty().get());
        assertEquals("Export cancelled: nothing was left in the folder.", vm.statusProperty().get());
        try (Stream<Path> left = Files.list(temp.resolve("exports"))) {
            assertEquals(0, left.count());
        }
        assertNull(vm.folderProperty().get());
    }

    @Test
    void a_folder_that_cannot_be_written_says_so_in_words_and_allows_another_try() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "mine");
        ExportViewModel vm = exportTo(new DemoUi(temp.resolve("data")), Optional.of(file));

        vm.chooseFolderAndExport();

        assertEquals(State.FAILED, vm.stateProperty().get());
        assertEquals(file + " is a file, not a folder. Choose a folder for the export.", vm.statusProperty().get());
    }

    @Test
    void an_exchange_that_cannot_be_reached_is_told_as_the_app_tells_it_elsewhere() throws Exception {
        GatewayDouble[] gateway = new GatewayDouble[1];
        DemoUi demo = new DemoUi(temp.resolve("data"), exchange -> gateway[0] = new GatewayDouble(exchange), UiExecutors.direct());
        gateway[0].goDown(new ExchangeException("demo.error.disk", List.of("/nowhere", "gone"), null));
        ExportViewModel vm = exportTo(demo, Optional.of(temp.resolve("exports")));

        vm.chooseFolderAndExport();

        assertEquals(State.FAILED, vm.stateProperty().get());
        assertEquals(demo.account.describe(new ExchangeException("demo.error.disk", List.of("/nowhere", "gone"), null)),
                vm.statusProperty().get());
    }

    @Test
    void a_binance_account_exports_through_the_same_page_and_the_result_lists_what_binance_does_not_give() throws Exception {
        try (FakeBinance binance = FakeBinance.withSamples()) {
            // A year after Binance opened: its whole history is then read within one minute's weight.
            binance.skewClock(Duration.between(Instant.now(), Instant.parse("2018-07-21T00:00:00Z")));
            Messages messages = Messages.forLocale(Locale.ENGLISH);
            ClosureService service = new ClosureService(BinanceGateway.open(BinanceCredentials.hmac(FakeBinance.API_KEY,
                    FakeBinance.SECRET), binance.hosts(), messages, binance.accountPace()));
            ExportViewModel vm = new ExportViewModel(new AccountState(service, UiExecutors.direct(), messages, page -> { }),
                    title -> Optional.of(temp.resolve("exports")), opened::add);
            List<String> said = new ArrayList<>();
            vm.statusProperty().addListener((obs, old, text) -> said.add(text));

            vm.chooseFolderAndExport();

            assertEquals(State.DONE, vm.stateProperty().get(), vm.statusProperty().get());
            assertTrue(vm.folderProperty().get().getFileName().toString().startsWith("closeout-export-binance-2018"));
            assertTrue(said.stream().anyMatch(s -> s.matches("Reading withdrawals: \\d+ records")), said.toString());
            assertTrue(vm.notIncludedProperty().get().lines().anyMatch(l -> l.equals("Not included: Margin trades, loans and interest: "
                    + "Closeout does not read the margin history. https://www.binance.com/en/my/wallet/history")),
                    vm.notIncludedProperty().get());
            assertEquals(12, vm.notIncludedProperty().get().lines().count(), "a line for each thing Binance does not give: "
                    + vm.notIncludedProperty().get());
        }
    }
}
