package dev.closeout.closure.export;

import dev.closeout.account.history.HistoryPart;

/** How far an export has come: first the exchange is read part by part, then the files are written one by one. */
public sealed interface ExportProgress {

    /** {@code records} records of {@code part} read from the exchange so far. */
    record Reading(HistoryPart part, int records) implements ExportProgress {
    }

    /** {@code file} is being written: the {@code number}th of {@code files}. */
    record Writing(String file, int number, int files) implements ExportProgress {
    }
}
