package dev.closeout.closure.export;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.closure.Finding;
import dev.closeout.closure.ReadinessReport;
import dev.closeout.exchange.ClosureProgress;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.LoggedAction;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a closure record shows, to be kept once the exchange can no longer be asked: the account
 * as last seen and its readiness report; every action Closeout took, from the exchange's own log
 * or from Closeout's record of this run; what it leaves to the exchange's
 * website, with the page for each; the export's files with their hashes (and its folder, once
 * known); where the closure stands ({@code progress}, empty when the exchange has no queue to
 * show); and when the record was written.
 */
public record ClosureRecord(String exchangeId, AccountSnapshot snapshot, ReadinessReport report, Actions actions,
        List<Handover> website, Optional<URI> closurePage, Optional<ClosureProgress> progress, Optional<Path> exportFolder,
        List<ExportedFile> files, Instant writtenAt) {

    /** Every action Closeout took, oldest first, and whether the list is the exchange's own log or Closeout's record of this run. */
    public record Actions(List<LoggedAction> taken, boolean exchangeLog) {

        public Actions {
            taken = List.copyOf(taken);
        }
    }

    /** Something in the way of closing that the person does on the exchange's website, and the page Closeout opens for it. */
    public record Handover(Finding finding, URI page) {
    }

    public ClosureRecord {
        Objects.requireNonNull(exchangeId, "exchangeId");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(writtenAt, "writtenAt");
        Objects.requireNonNull(actions, "actions");
        website = List.copyOf(website);
        files = List.copyOf(files);
    }

    /**
     * What the rest of Closeout knows that the export does not: what was done to the account, and
     * where the person is sent for what Closeout cannot do. Asked while the export is written.
     */
    public interface Source {

        /** Every action Closeout took on the account. */
        Actions actions() throws ExchangeException;

        /** The report's blockers the person clears on the exchange's website, each with its page. */
        List<Handover> website(ReadinessReport report);

        /** The exchange's page where the person closes the account, where the exchange closes accounts only there. */
        Optional<URI> closurePage();

        /** Where the closure request stands in the exchange's queue, if there is one. */
        Optional<ClosureProgress> progress() throws ExchangeException;
    }
}
