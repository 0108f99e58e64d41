package dev.closeout.account;

import java.math.BigDecimal;
import java.util.Objects;

/** A futures or options position; {@code quantity} is signed, negative for a short. */
public record Position(Wallet wallet, String symbol, BigDecimal quantity, BigDecimal entryPrice, BigDecimal unrealizedPnl) {

    public Position {
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(quantity, "quantity");
    }
}
