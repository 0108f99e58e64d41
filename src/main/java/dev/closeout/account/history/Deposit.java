package dev.closeout.account.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** Crypto that arrived from outside the exchange. */
public record Deposit(String id, Instant at, String asset, BigDecimal amount, String network, String address, String txId,
        Status status) {

    /** FAILED: rejected, or sent to a wrong address or memo; it never became the account's. */
    public enum Status { PROCESSING, COMPLETED, FAILED }

    public Deposit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
    }

    public Deposit completed() {
        return new Deposit(id, at, asset, amount, network, address, txId, Status.COMPLETED);
    }
}
