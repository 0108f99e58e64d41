package dev.closeout.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A Simple Earn subscription. {@code maturesOn} is null for flexible products;
 * {@code earlyRedemptionPenalty} is the reward forfeited, in the asset.
 */
public record EarnPosition(
        String id,
        Product product,
        String asset,
        BigDecimal amount,
        BigDecimal accruedRewards,
        BigDecimal apr,
        LocalDate subscribedOn,
        LocalDate maturesOn,
        EarlyRedemption earlyRedemption,
        BigDecimal earlyRedemptionPenalty) {

    public EarnPosition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(amount, "amount");
    }

    public enum Product { FLEXIBLE, LOCKED }

    public enum EarlyRedemption { ALLOWED, NOT_ALLOWED }
}
