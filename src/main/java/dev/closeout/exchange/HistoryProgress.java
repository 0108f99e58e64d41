package dev.closeout.exchange;

import dev.closeout.account.history.HistoryPart;

/**
 * Told by an exchange as it reads an account's history, after each part or page. The caller
 * may stop the reading by throwing {@link java.util.concurrent.CancellationException} from
 * here: an adapter lets it pass and keeps nothing half-read.
 */
@FunctionalInterface
public interface HistoryProgress {

    /** {@code records} records of {@code part} have been read so far. */
    void read(HistoryPart part, int records);
}
