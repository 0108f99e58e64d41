package dev.closeout.closure.export;

import dev.closeout.account.history.AccountHistory.NotIncluded;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A finished export: the folder it is in, the period it covers, every file, and what the exchange could not give. */
public record ExportResult(Path folder, Instant from, Instant to, List<ExportedFile> files, List<NotIncluded> notIncluded) {

    public ExportResult {
        files = List.copyOf(files);
        notIncluded = List.copyOf(notIncluded);
    }

    /** The history's records, each counted once (the JSON bundle repeats what the CSV files hold). */
    public int records() {
        return files.stream().filter(f -> f.name().endsWith(".csv")).map(ExportedFile::records)
                .filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    }
}
