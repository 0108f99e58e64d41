package dev.closeout.account.history;

import dev.closeout.account.Wallet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** Money a futures wallet made or paid: realised profit or loss (negative), a trading fee or a funding fee (negative when paid). */
public record FuturesIncome(String id, Instant at, Wallet wallet, String symbol, Kind kind, String asset, BigDecimal amount) {

    public enum Kind { REALIZED_PNL, COMMISSION, FUNDING_FEE }

    public FuturesIncome {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
    }
}
