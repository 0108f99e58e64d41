package dev.closeout.account;

import java.math.BigDecimal;
import java.util.Objects;

/** An auto-invest or recurring-buy plan; {@code frequency} is the exchange's own word ("WEEKLY"). */
public record RecurringPlan(String id, Kind kind, String asset, BigDecimal amount, String frequency, Boolean active) {

    public RecurringPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }

    public enum Kind { AUTO_INVEST, RECURRING_BUY, OTHER }
}
