package dev.closeout.closure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A code typed the way it is shown is the code: grouped, dashed, pasted with a space, or in another script's digits. */
class VerificationCodeTest {

    @Test
    void a_code_typed_as_an_authenticator_app_shows_it_is_the_code() {
        assertEquals(Optional.of("123456"), VerificationCode.read("123 456"));
        assertEquals(Optional.of("123456"), VerificationCode.read(" 123-456\n"));
        assertEquals(Optional.of("123456"), VerificationCode.read("123\u00a0456"));
    }

    @Test
    void digits_of_another_script_are_the_same_digits() {
        assertEquals(Optional.of("123456"), VerificationCode.read("۱۲۳۴۵۶"));
    }

    @Test
    void what_is_not_six_digits_is_no_code() {
        assertFalse(VerificationCode.wellFormed("12345"));
        assertFalse(VerificationCode.wellFormed("1234567"));
        assertFalse(VerificationCode.wellFormed("12a456"));
        assertFalse(VerificationCode.wellFormed(""));
        assertFalse(VerificationCode.wellFormed(null));
        assertTrue(VerificationCode.wellFormed("000000"));
    }
}
