package dev.closeout.ui.withdrawal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The amount typed in the withdrawal form: read as every amount is, so nothing typed can stall the form. */
class TypedAmountTest {

    @ParameterizedTest
    @ValueSource(strings = {"1e-999999999", "1e999999999", "0", "-5", "1,5", "abc", ""})
    void an_amount_no_withdrawal_has_is_no_amount_at_once(String typed) {
        assertNull(assertTimeoutPreemptively(Duration.ofMillis(200), () -> WithdrawalFormViewModel.typedAmount(typed)), typed);
    }

    @Test
    void an_amount_is_read_as_the_persons_locale_writes_it() {
        assertEquals(new BigDecimal("1000.5"), WithdrawalFormViewModel.typedAmount("1,000.5", Locale.ENGLISH));
        assertEquals(new BigDecimal("1000.5"), WithdrawalFormViewModel.typedAmount("1.000,5", Locale.GERMANY));
        assertEquals(new BigDecimal("1000.5"), WithdrawalFormViewModel.typedAmount("1\u202f000,5", Locale.FRANCE));
        assertEquals(new BigDecimal("1000.5"), WithdrawalFormViewModel.typedAmount("1,000.5", Locale.SIMPLIFIED_CHINESE));
        assertNull(WithdrawalFormViewModel.typedAmount("1,5", Locale.ENGLISH), "no English amount: neither a decimal nor a group");
        assertNull(WithdrawalFormViewModel.typedAmount("9".repeat(100), Locale.ENGLISH), "bounded like every amount read");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.5", " 18.20 ", "1e-8"})
    void an_ordinary_amount_reads_exactly(String typed) {
        assertEquals(new BigDecimal(typed.strip()), WithdrawalFormViewModel.typedAmount(typed));
    }
}
