package dev.closeout.closure.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One asset once everything is freed and moved to Spot: how much, its USD price (null: the snapshot has
 * none), and when the last of it is in (the snapshot's moment when all of it is free now).
 */
record Holding(String asset, BigDecimal amount, BigDecimal price, Instant ready) {

    Holding {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(ready, "ready");
    }

    /** Its value at the snapshot's price, exactly; null without a price. */
    BigDecimal usd() {
        return price == null ? null : amount.multiply(price);
    }
}
