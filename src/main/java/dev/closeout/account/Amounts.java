package dev.closeout.account;

import java.math.BigDecimal;

/** The two questions every rule asks of an amount that may not have been reported. */
public final class Amounts {

    private Amounts() {
    }

    public static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** Zero however it is spelled ("0", "0.00000000", "-0.0", "0E-8"); absent counts as zero. */
    public static boolean isZero(BigDecimal amount) {
        return amount == null || amount.signum() == 0;
    }
}
