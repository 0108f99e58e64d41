package dev.closeout.account.history;

import dev.closeout.account.Side;
import dev.closeout.account.Wallet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One fill: {@code quantity} of {@code base} at {@code price}, for {@code quoteAmount} of the
 * quote asset, the fee in {@code feeAsset}. The symbol is the base followed by the quote, as
 * exchanges write it ("BTCUSDT"); the base is kept because no rule can tell where it ends.
 */
public record Trade(String id, Instant at, Wallet wallet, String symbol, String base, Side side, BigDecimal price,
        BigDecimal quantity, BigDecimal quoteAmount, BigDecimal fee, String feeAsset) {

    public Trade {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(base, "base");
        if (!symbol.startsWith(base) || symbol.length() == base.length()) {
            throw new IllegalArgumentException("the symbol " + symbol + " does not start with its base " + base + " and a quote");
        }
    }

    /** The asset the price is in, paid on a buy and received on a sale. */
    public String quote() {
        return symbol.substring(base.length());
    }
}
