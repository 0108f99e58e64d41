package dev.closeout.closure.export;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.history.AccountHistory;
import dev.closeout.account.history.AccountHistory.NotIncluded;
import dev.closeout.closure.Eligibility;
import dev.closeout.closure.ReadinessReport;
import dev.closeout.closure.ReportJson;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.exchange.SnapshotWriter;
import dev.closeout.i18n.Messages;
import dev.closeout.i18n.Reasons;
import dev.closeout.storage.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Exports an account before it is closed, in the formats the person chose: Closeout's own files
 * (every part of its history as CSV, the current snapshot in the spec's format, the readiness
 * report, everything again in one JSON bundle), the exchange's transaction statement, Koinly's
 * and CoinTracking's layouts, all from the same history; then a manifest with each file's
 * SHA-256, into a new folder inside the one the user chose. The folder takes its name only once
 * every file is in it; cancelled or failed, the export leaves nothing behind.
 */
public final class HistoryExport {

    public static final String SNAPSHOT = "snapshot.json";
    public static final String REPORT = "readiness-report.json";
    public static final String BUNDLE = "closeout-export.json";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** The closure record written with every export, in the person's language. */
    public static final String RECORD = "closure-record.html";

    private final ExchangeGateway gateway;
    private final ClosureRecord.Source source;
    private final Consumer<ExportProgress> progress;
    private final BooleanSupplier cancelled;
    private int number;
    private int total;

    /**
     * {@code source} tells the closure record what Closeout did; {@code progress} hears of each step;
     * {@code cancelled} is asked between steps and every thousand records.
     */
    public HistoryExport(ExchangeGateway gateway, ClosureRecord.Source source, Consumer<ExportProgress> progress,
            BooleanSupplier cancelled) {
        this.gateway = gateway;
        this.source = source;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /**
     * Exports into a new folder inside the request's folder, created if needed.
     *
     * @throws CancellationException when {@code cancelled} said so: nothing written is left
     */
    public ExportResult into(ExportRequest request) throws ExchangeException, ExportException {
        number = 0;
        Path chosen = request.folder();
        checkCancelled();
        AccountSnapshot snapshot = gateway.snapshot();
        ReadinessReport report = Eligibility.evaluate(snapshot);
        ExportFolder folder = ExportFolder.create(chosen, "closeout-export-" + gateway.id() + "-" + STAMP.format(snapshot.takenAt()));
        boolean complete = false;
        try {
            AccountHistory history = gateway.history((part, records) -> {
                checkCancelled();
                progress.accept(new ExportProgress.Reading(part, records));
            }).orElseGet(() -> noHistory(snapshot.takenAt()));
            List<ExportedFile> files = write(folder, request, snapshot, report, history);
            checkCancelled();
            Path done = folder.complete();
            complete = true;
            return new ExportResult(done, history.from(), history.to(), history.size(), files, history.notIncluded());
        } finally {
            if (!complete) {
                folder.discard();
            }
        }
    }

    /** How many files an export in these formats writes: each format's, then the closure record, the manifest and the checksums. */
    public static int files(Set<ExportFormat> formats) {
        return formats.stream().mapToInt(f -> f == ExportFormat.CLOSEOUT ? HistoryTables.ALL.size() + 3 : 1).sum() + 3;
    }

    private List<ExportedFile> write(ExportFolder folder, ExportRequest request, AccountSnapshot snapshot, ReadinessReport report,
            AccountHistory history) throws ExchangeException, ExportException {
        Set<ExportFormat> formats = request.formats();
        total = files(formats);
        List<ExportedFile> files = new ArrayList<>();
        if (formats.contains(ExportFormat.CLOSEOUT)) {
            for (HistoryTable<?> table : HistoryTables.ALL) {
                files.add(csv(folder, table, history));
            }
            files.add(file(folder, SNAPSHOT, "SNAPSHOT", null, out -> new SnapshotWriter().write(snapshot, out)));
            files.add(file(folder, REPORT, "READINESS_REPORT", null,
                    out -> out.write(new ReportJson().render(report).getBytes(StandardCharsets.UTF_8))));
            files.add(file(folder, BUNDLE, "EVERYTHING", history.size(),
                    out -> ExportBundle.write(gateway.id(), snapshot, report, history, out, this::checkCancelled)));
        }
        for (ToolLayout layout : layouts(formats, snapshot)) {
            List<ToolLayout.Row> rows = layout.rows(history, this::checkCancelled);
            files.add(file(folder, layout.file(), layout.contents(), rows.size(), out -> layout.write(rows, out)));
        }
        ClosureRecord record = new ClosureRecord(gateway.id(), snapshot, report, source.actions(), source.website(report),
                source.closurePage(), source.progress(), Optional.empty(), files, snapshot.takenAt());
        files.add(file(folder, RECORD, "CLOSURE_RECORD", null, out -> out.write(ClosureRecordPage.html(record, request.language()))));
        files.add(file(folder, Manifest.FILE, "MANIFEST", null,
                out -> Manifest.write(gateway.id(), snapshot, history, List.copyOf(files), out)));
        files.add(file(folder, Manifest.CHECKSUMS, "CHECKSUMS", null, out -> out.write(Manifest.checksums(files))));
        return files;
    }

    /** The other tools' layouts the person chose, in the order formats are listed. */
    private List<ToolLayout> layouts(Set<ExportFormat> formats, AccountSnapshot snapshot) {
        List<ToolLayout> layouts = new ArrayList<>();
        if (formats.contains(ExportFormat.STATEMENT)) {
            layouts.add(new StatementLayout(snapshot.profile().accountId()));
        }
        if (formats.contains(ExportFormat.KOINLY)) {
            layouts.add(new KoinlyLayout());
        }
        if (formats.contains(ExportFormat.COINTRACKING)) {
            layouts.add(new CoinTrackingLayout(CoinTrackingLayout.exchangeName(gateway.id())));
        }
        return layouts;
    }

    /**
     * Writes the record of a closed account beside the export it follows, in the folder the person
     * chose for it, named for the exchange and the moment of closing; returns where it is.
     */
    public static Path recordBeside(ExportResult export, ClosureRecord record, Messages language) throws ExportException {
        Path folder = export.folder().getParent();
        Path file = folder.resolve("closeout-closure-record-" + record.exchangeId() + "-closed-" + STAMP.format(record.writtenAt()) + ".html");
        try {
            ExportFolder.writeAlone(file, out -> out.write(ClosureRecordPage.html(record, language)));
        } catch (IOException e) {
            throw new ExportException("export.error.write", List.of(file.getFileName().toString(), folder.toString(),
                    Reasons.of(e)), e);
        }
        return file;
    }

    private <T> ExportedFile csv(ExportFolder folder, HistoryTable<T> table, AccountHistory history) throws ExportException {
        List<T> records = table.records().apply(history);
        return file(folder, table.file(), table.part().name(), records.size(),
                out -> HistoryCsv.write(table, records, out, this::checkCancelled));
    }

    private ExportedFile file(ExportFolder folder, String name, String contents, Integer records,
            AtomicFile.Content content) throws ExportException {
        checkCancelled();
        progress.accept(new ExportProgress.Writing(name, ++number, total));
        return folder.write(name, contents, records, content);
    }

    private void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("export cancelled");
        }
    }

    /** An exchange that gives no history still gets its snapshot and report exported, and the manifest says what is missing. */
    private static AccountHistory noHistory(Instant at) {
        return new AccountHistory(at, at, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new NotIncluded("history", "This exchange's connection in Closeout cannot read the account's history.",
                        null)));
    }
}
