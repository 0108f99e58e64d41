package dev.closeout.closure;

import java.math.BigDecimal;

/**
 * The fees exchanges typically take, as rates of the value: what a review shows before the
 * exchange has answered (the demo charges exactly these; a real exchange's answer has the last word).
 */
public final class TypicalFees {

    /** Converting small balances to BNB. */
    public static final BigDecimal DUST_CONVERSION = new BigDecimal("0.02");
    /** A spot market order. */
    public static final BigDecimal SPOT_TRADE = new BigDecimal("0.001");
    /** Closing a futures position at the market price (a taker's fee). */
    public static final BigDecimal FUTURES_TAKER = new BigDecimal("0.0005");

    private TypicalFees() {
    }
}
