package dev.closeout.account.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** Money put into an Earn or staking product, taken out of it, or paid by it as a reward. */
public record EarnEvent(String id, Instant at, Kind kind, Product product, String productId, String asset, BigDecimal amount) {

    public enum Kind { SUBSCRIPTION, REDEMPTION, REWARD }

    public enum Product { FLEXIBLE, LOCKED, STAKING }

    public EarnEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
    }
}
