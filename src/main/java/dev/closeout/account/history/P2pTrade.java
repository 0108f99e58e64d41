package dev.closeout.account.history;

import dev.closeout.account.P2pOrder;
import dev.closeout.account.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A P2P order with another user, whatever became of it; price and fiat amount are absent where the exchange did not say. */
public record P2pTrade(String id, Instant at, Side side, String asset, BigDecimal amount, String fiat, BigDecimal price,
        BigDecimal fiatAmount, P2pOrder.Status status) {

    public P2pTrade {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
    }
}
