package dev.closeout.exchange;

import java.math.BigDecimal;
import java.time.Duration;

/** A network an asset can leave the exchange on: below {@code minimum} is refused; {@code fee} is taken from the amount. */
public record WithdrawalNetwork(String asset, String network, String name, BigDecimal minimum, BigDecimal fee, Duration typicalTime) {

    /** What arrives at the address when {@code amount} is withdrawn. */
    public BigDecimal arriving(BigDecimal amount) {
        return amount.subtract(fee);
    }
}
