package dev.closeout.exchange;

import dev.closeout.account.AccountStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A closure request in the exchange's queue: CLOSING until {@code completesAt}, then CLOSED;
 * the closed account's data is kept read-only until {@code dataPurgedOn}.
 */
public record ClosureProgress(AccountStatus status, Instant requestedAt, Instant completesAt, LocalDate dataPurgedOn) {
}
