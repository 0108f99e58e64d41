package dev.closeout.account.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One small balance converted to BNB: {@code amount} of {@code asset} became {@code bnbAmount}
 * BNB after {@code bnbFee}. A conversion of several assets is several of these with one {@code id}.
 */
public record DustConversion(String id, Instant at, String asset, BigDecimal amount, BigDecimal bnbAmount, BigDecimal bnbFee) {

    public DustConversion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
    }
}
