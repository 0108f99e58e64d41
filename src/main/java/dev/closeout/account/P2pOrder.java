package dev.closeout.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A peer-to-peer trade with another user. */
public record P2pOrder(String id, Side side, String asset, String fiat, BigDecimal amount, Status status, Instant createdAt) {

    public P2pOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }

    public enum Status { PENDING_PAYMENT, PAID, APPEALING, COMPLETED, CANCELLED }
}
