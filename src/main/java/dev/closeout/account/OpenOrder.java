package dev.closeout.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** An order still on the book, or a bot or algorithm still running; {@code market} is the wallet it trades from. */
public record OpenOrder(
        String id,
        Wallet market,
        String symbol,
        Type type,
        Side side,
        BigDecimal price,
        BigDecimal quantity,
        BigDecimal filled,
        Instant createdAt) {

    public OpenOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(type, "type");
    }

    public enum Type {
        LIMIT, LIMIT_MAKER, STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT, TAKE_PROFIT_LIMIT, STOP,
        STOP_MARKET, TAKE_PROFIT_MARKET, TRAILING_STOP_MARKET, OCO, OTO, OTOCO, GRID, TWAP, VP, OTHER
    }
}
