package dev.closeout.closure.export;

import dev.closeout.account.history.AccountHistory.NotIncluded;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A finished export: the folder it is in, the period it covers, how many records the history
 * holds (each counted once, however many files show it), every file, and what the exchange could not give.
 */
public record ExportResult(Path folder, Instant from, Instant to, int records, List<ExportedFile> files,
        List<NotIncluded> notIncluded) {

    public ExportResult {
        files = List.copyOf(files);
        notIncluded = List.copyOf(notIncluded);
    }
}
