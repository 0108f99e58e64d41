package dev.closeout.account.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One small balance converted: {@code amount} of {@code asset} became {@code toAmount} of
 * {@code toAsset} after {@code fee} (in {@code toAsset}). BNB is the usual target, not the only
 * one. A conversion of several assets is several of these with one {@code id}.
 */
public record DustConversion(String id, Instant at, String asset, BigDecimal amount, String toAsset, BigDecimal toAmount,
        BigDecimal fee) {

    public DustConversion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(toAsset, "toAsset");
    }
}
