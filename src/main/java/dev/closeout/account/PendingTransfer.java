package dev.closeout.account;

import java.math.BigDecimal;
import java.util.Objects;

/** A deposit or withdrawal the exchange has not finished; {@code status} is the exchange's own word. */
public record PendingTransfer(String id, Direction direction, String asset, BigDecimal amount, String network, String status) {

    public PendingTransfer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(amount, "amount");
    }

    public enum Direction { DEPOSIT, WITHDRAWAL }
}
