package dev.closeout.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every amount, date and moment from outside: money reads exactly, absurd values are refused at once, naming where. */
class BoundedInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.000000000000000001", "0.000000000000000000000001", "420690000000000", "0E-8", "-0.0",
            "1E+3", "12.34e5", "999999999999999999999999999999999999", "0.000000000000000000000000000000000000000000000001"})
    void every_amount_money_can_have_reads_exactly(String text) {
        assertEquals(new BigDecimal(text), BoundedInput.amount(text, "$.balances[0].free"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "5e-40000000", "1e99999999999999999999", "1e36", "1000000000000000000000000000000000000",
            "1e-49", "0E-49", "0e+40"})
    void an_exponent_or_scale_no_money_has_is_refused_at_once(String text) {
        BoundedInput.Refused refused = assertTimeoutPreemptively(Duration.ofMillis(200),
                () -> assertThrows(BoundedInput.Refused.class, () -> BoundedInput.amount(text, "$.balances[0].free")));
        assertEquals(BoundedInput.Problem.OUT_OF_BOUNDS, refused.problem());
        assertEquals("$.balances[0].free", refused.where());
        assertTrue(refused.getMessage().startsWith("$.balances[0].free: "), refused.getMessage());
    }

    @Test
    void a_text_longer_than_64_characters_is_refused_before_it_is_parsed() {
        String longest = "-" + "9".repeat(36) + "." + "1".repeat(26);
        assertEquals(64, longest.length());
        assertEquals(new BigDecimal(longest), BoundedInput.amount(longest, "free"));

        BoundedInput.Refused refused = assertThrows(BoundedInput.Refused.class, () -> BoundedInput.amount("1".repeat(100_000), "free"));
        assertEquals(BoundedInput.Problem.TOO_LONG, refused.problem());
        assertTrue(refused.getMessage().length() < 200, "the message quotes the text shortened: " + refused.getMessage().length());
    }

    @Test
    void a_JSON_number_made_by_another_parser_keeps_to_the_same_bounds() {
        assertEquals(new BigDecimal("0.5"), BoundedInput.amount(new BigDecimal("0.5"), "price"));
        BoundedInput.Refused refused = assertThrows(BoundedInput.Refused.class,
                () -> BoundedInput.amount(new BigDecimal("1e999999999"), "price"));
        assertEquals("price", refused.where());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "0x10", "1,5", "١٢", " 1", "1_000", ""})
    void what_is_no_decimal_is_refused_as_such(String text) {
        assertEquals(BoundedInput.Problem.NOT_DECIMAL,
                assertThrows(BoundedInput.Refused.class, () -> BoundedInput.amount(text, "amount")).problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-24T09:30:00Z", "2026-11-24t09:30:00z", "2026-11-24T09:30:00.123456789+05:30", "0001-01-01T00:00:00-12:00"})
    void an_RFC_3339_moment_reads(String text) {
        assertEquals(java.time.OffsetDateTime.parse(text).toInstant(), BoundedInput.moment(text, "$.takenAt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "-0001-01-01T00:00:00Z", "2026-11-24T09:30Z",
            "2026-11-24T09:30:00", "2026-11-24 09:30:00Z", "2026-11-24T09:30:00.1234567891Z", "2026-11-24T09:30:00+01:00:30",
            "2026-13-01T00:00:00Z", "2026-11-24T25:00:00Z", "2026-11-24T09:30:00.Z"})
    void a_moment_that_is_not_RFC_3339_with_a_four_digit_year_is_refused(String text) {
        BoundedInput.Refused refused = assertThrows(BoundedInput.Refused.class, () -> BoundedInput.moment(text, "$.takenAt"));
        assertEquals(BoundedInput.Problem.NOT_MOMENT, refused.problem());
    }

    @Test
    void a_date_has_a_four_digit_year_and_exists() {
        assertEquals(LocalDate.of(2027, 1, 12), BoundedInput.date("2027-01-12", "maturesOn"));
        for (String text : new String[] {"+999999999-12-31", "+10000-01-01", "2026-02-30", "2026-1-12", "20270112", "2027-01-12T00:00:00Z"}) {
            assertEquals(BoundedInput.Problem.NOT_DATE,
                    assertThrows(BoundedInput.Refused.class, () -> BoundedInput.date(text, "maturesOn")).problem(), text);
        }
    }

    @Test
    void the_moment_a_snapshot_was_taken_reads_as_the_same_instant_in_any_offset() {
        assertEquals(Instant.parse("2026-11-24T09:30:00Z"), BoundedInput.moment("2026-11-24T11:30:00+02:00", "$.takenAt"));
    }
}
