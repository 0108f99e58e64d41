package dev.closeout.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two questions every rule asks of an amount, and what a balance line holds and owes. */
class AmountsTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0", "0.00000000", "-0.0", "0E-8", ".0", "0E+3"})
    void zero_is_zero_however_it_is_written(String zero) {
        assertTrue(Amounts.isZero(new BigDecimal(zero)));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0.000000001", "-0.000000001", "1E-30"})
    void the_smallest_amount_is_not_zero(String amount) {
        assertFalse(Amounts.isZero(new BigDecimal(amount)));
    }

    @Test
    void an_amount_that_was_not_reported_counts_as_zero() {
        assertTrue(Amounts.isZero(null));
        assertEquals(BigDecimal.ZERO, Amounts.orZero(null));
    }

    @Test
    void a_balance_holds_free_plus_locked_and_owes_borrowed_plus_interest() {
        Balance b = new Balance(Wallet.CROSS_MARGIN, "USDT", new BigDecimal("40"), new BigDecimal("2.5"),
                new BigDecimal("25"), new BigDecimal("0.0125"), null, null);

        assertEquals(new BigDecimal("42.5"), b.held());
        assertEquals(new BigDecimal("25.0125"), b.owed());
    }

    @Test
    void a_plain_balance_holds_its_free_amount_and_owes_nothing() {
        Balance b = Balance.of(Wallet.SPOT, "BTC", new BigDecimal("0.00000734"));

        assertEquals(new BigDecimal("0.00000734"), b.held());
        assertTrue(Amounts.isZero(b.owed()));
    }
}
