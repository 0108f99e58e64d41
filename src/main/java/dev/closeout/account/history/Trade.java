package dev.closeout.account.history;

import dev.closeout.account.Side;
import dev.closeout.account.Wallet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One fill: {@code quantity} of the symbol's base asset at {@code price}, for {@code quoteAmount}, the fee in {@code feeAsset}. */
public record Trade(String id, Instant at, Wallet wallet, String symbol, Side side, BigDecimal price, BigDecimal quantity,
        BigDecimal quoteAmount, BigDecimal fee, String feeAsset) {

    public Trade {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
    }
}
