package dev.closeout.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Amounts read the same on the dashboard and at the terminal: grouped, never padded, never rounded away. */
class AmountsTest {

    private final Amounts english = new Amounts(Locale.ENGLISH);

    @Test
    void a_large_amount_is_grouped_and_loses_the_zeros_that_say_nothing() {
        assertEquals("120,350 SHIB", english.of(new BigDecimal("120350.00"), "SHIB"));
        assertEquals("8,812.5 PEPE", english.of(new BigDecimal("8812.5"), "PEPE"));
    }

    @Test
    void a_small_amount_keeps_every_unit_it_has_and_no_more() {
        assertEquals("0.0202 BTC", english.of(new BigDecimal("0.02020000"), "BTC"));
        assertEquals("0.00000001 BTC", english.of(new BigDecimal("0.00000001"), "BTC"));
    }

    @Test
    void dollars_and_the_coins_that_track_them_show_cents_and_are_never_rounded() {
        assertEquals("330.00 USDT", english.of(new BigDecimal("330"), "USDT"));
        assertEquals("2,302.13743125 USDT", english.of(new BigDecimal("2302.13743125"), "USDT"));
        assertEquals("1,843.25", english.usd(new BigDecimal("1843.2549")));
    }

    @Test
    void each_language_writes_numbers_its_own_way() {
        assertEquals("1.843,25 USDT", new Amounts(Locale.GERMANY).of(new BigDecimal("1843.25"), "USDT"));
        assertEquals("120,350 SHIB", new Amounts(Locale.SIMPLIFIED_CHINESE).of(new BigDecimal("120350"), "SHIB"));
    }
}
