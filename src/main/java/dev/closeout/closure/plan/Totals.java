package dev.closeout.closure.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A plan's totals in USD at the snapshot's prices: {@code valueNow} is what the account holds, and it is
 * exactly {@code fees + arriving + leftBehind}. Each is kept to {@link #SCALE} places: value now,
 * arriving and left behind are rounded half-even, and the fees are what remains, so the sum is exact
 * (the fees take less than two hundred-millionths of a dollar of rounding).
 */
public record Totals(BigDecimal valueNow, BigDecimal fees, BigDecimal arriving, BigDecimal leftBehind) {

    public static final int SCALE = 8;

    public Totals {
        Objects.requireNonNull(valueNow, "valueNow");
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(arriving, "arriving");
        Objects.requireNonNull(leftBehind, "leftBehind");
        if (valueNow.compareTo(fees.add(arriving).add(leftBehind)) != 0) {
            throw new IllegalArgumentException("a plan's totals add up: " + valueNow + " ≠ " + fees + " + " + arriving + " + " + leftBehind);
        }
    }

    /** From exact figures (which add up exactly), rounded so that they still do. */
    static Totals rounded(BigDecimal valueNow, BigDecimal arriving, BigDecimal leftBehind) {
        BigDecimal now = round(valueNow);
        BigDecimal in = round(arriving);
        BigDecimal left = round(leftBehind);
        return new Totals(now, now.subtract(in).subtract(left), in, left);
    }

    static BigDecimal round(BigDecimal usd) {
        return usd == null ? null : usd.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** The share of the value now that arrives, in percent to two places; null for an account worth nothing. */
    public BigDecimal arrivingPercent() {
        return valueNow.signum() == 0 ? null : arriving.multiply(BigDecimal.valueOf(100)).divide(valueNow, 2, RoundingMode.HALF_EVEN);
    }
}
