package dev.closeout.ui.wizard.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.closure.export.ExportRequest;
import dev.closeout.closure.export.ExportResult;
import dev.closeout.ui.DemoUi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Status step: Closing with its progress while the exchange works, then Closed and until when the data is kept. */
class StatusViewModelTest {

    @TempDir
    Path dataDir;

    /** The demo's processing time for a closure. */
    private static final Duration PROCESSING = Duration.ofMinutes(5);

    private DemoUi ui;
    private Instant requestedAt;

    private StatusViewModel closureRequested() throws Exception {
        ui = new DemoUi(dataDir);
        return closureRequestedOf(ui);
    }

    private StatusViewModel closureRequestedOf(DemoUi ui) throws Exception {
        ui.clearEverything();
        ui.verifyEverything();
        requestedAt = ui.demo.now();
        assertTrue(ui.service.requestClosure().accepted());
        StatusViewModel status = new StatusViewModel(ui.account, ui.clock());
        status.entered();
        return status;
    }

    @Test
    void without_a_closure_request_the_page_says_none_was_made() throws Exception {
        ui = new DemoUi(dataDir);
        StatusViewModel status = new StatusViewModel(ui.account, ui.clock());

        status.entered();

        assertEquals("No closure has been requested.", status.statusProperty().get());
        assertEquals(0, status.progressProperty().get());
        assertFalse(status.closedProperty().get());
    }

    @Test
    void while_closing_the_page_shows_progress_and_the_minutes_remaining() throws Exception {
        StatusViewModel status = closureRequested();
        String finish = ui.messages.moment(requestedAt.plus(PROCESSING));

        assertEquals("Closing", status.statusProperty().get());
        assertFalse(status.closedProperty().get());
        assertEquals(0, status.progressProperty().get(), 1e-9);
        assertEquals("The exchange is processing the request; it expects to finish by " + finish + " (about 5 minutes).",
                status.detailProperty().get());

        ui.demo.advance(Duration.ofMinutes(2));
        status.tick();

        double progress = status.progressProperty().get();
        assertTrue(progress > 0 && progress < 1, () -> "progress " + progress);
        assertEquals(0.4, progress, 1e-9);
        assertEquals("The exchange is processing the request; it expects to finish by " + finish + " (about 3 minutes).",
                status.detailProperty().get());
        assertEquals("Closing", status.statusProperty().get());
    }

    @Test
    void once_the_processing_time_has_passed_the_account_is_closed_with_the_date_its_data_is_deleted() throws Exception {
        StatusViewModel status = closureRequested();

        ui.demo.advance(PROCESSING.plusSeconds(1));
        status.refresh();

        LocalDate closedOn = LocalDate.ofInstant(requestedAt.plus(PROCESSING), ZoneOffset.UTC);
        assertEquals("Closed", status.statusProperty().get());
        assertTrue(status.closedProperty().get());
        assertEquals(1, status.progressProperty().get(), 1e-9);
        assertEquals("The account is closed. Its data is kept read-only until " + closedOn.plusYears(5) + ", then deleted.",
                status.detailProperty().get());
    }

    @Test
    void once_the_account_is_closed_its_closure_record_is_written_again_beside_the_export_and_the_page_says_where() throws Exception {
        ui = new DemoUi(dataDir);
        Path chosen = dataDir.resolve("exports");
        ExportResult export = ui.service.export(ExportRequest.everything(chosen, ui.messages), p -> { }, () -> false);
        StatusViewModel status = closureRequestedOf(ui);

        ui.demo.advance(PROCESSING.plusSeconds(1));
        status.refresh();

        List<Path> records;
        try (Stream<Path> files = Files.list(chosen)) {
            records = files.filter(f -> f.getFileName().toString().startsWith("closeout-closure-record-demo-closed-")).toList();
        }
        assertEquals(1, records.size(), "one record of the closed account, beside the export");
        String record = Files.readString(records.get(0));
        String closedAt = ui.messages.moment(requestedAt.plus(PROCESSING));
        assertTrue(record.contains("Closed on " + closedAt + "."), "the final status with its date");
        assertTrue(record.contains("In the folder " + export.folder() + "."), "the export it goes with");
        assertTrue(record.contains("Ask to close the account"), "the closure request among Closeout's actions");
        assertTrue(status.detailProperty().get().endsWith("\nThe closure record, with the account as it was closed, is saved as "
                + records.get(0) + "."), status.detailProperty().get());
        status.refresh();
        try (Stream<Path> files = Files.list(chosen)) {
            assertEquals(2, files.count(), "the export and one record, however often the page asks again");
        }
    }
}
