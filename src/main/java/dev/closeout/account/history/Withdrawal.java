package dev.closeout.account.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** Crypto sent off the exchange: {@code amount} left the account, of which {@code fee} went to the network. */
public record Withdrawal(String id, Instant at, String asset, BigDecimal amount, BigDecimal fee, String network, String address,
        String txId, Status status) {

    /** FAILED: cancelled, rejected or failed; nothing left the account. */
    public enum Status { PROCESSING, COMPLETED, FAILED }

    public Withdrawal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
    }

    public Withdrawal completed() {
        return new Withdrawal(id, at, asset, amount, fee, network, address, txId, Status.COMPLETED);
    }
}
