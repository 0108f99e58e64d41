package dev.closeout.exchange.demo;

import static dev.closeout.exchange.VerificationMethod.AUTHENTICATOR;
import static dev.closeout.exchange.VerificationMethod.EMAIL;
import static dev.closeout.exchange.VerificationMethod.SMS;
import static dev.closeout.exchange.demo.DemoFixtures.START;
import static dev.closeout.exchange.demo.DemoFixtures.assertResult;
import static dev.closeout.exchange.demo.DemoFixtures.lastCode;
import static dev.closeout.exchange.demo.DemoFixtures.wrong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.closeout.exchange.ActionResult.Outcome;
import dev.closeout.exchange.DemoControls.InboxMessage;
import dev.closeout.exchange.DemoControls.InboxMessage.Use;
import dev.closeout.exchange.VerificationStatus;
import dev.closeout.exchange.VerificationStatus.Problem;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Security verification as the user meets it: codes by email and SMS, the authenticator app, the
 * lockout. Every test runs on a Persian system (default locale fa-IR), where Java writes numbers
 * in Persian digits unless told otherwise.
 */
class DemoVerificationTest {

    private static final Locale PERSIAN = new Locale("fa", "IR");

    @TempDir
    Path dataDir;

    DemoExchange exchange;
    private Locale systemLocale;

    @BeforeEach
    void openTheSeededAccountOnAPersianSystem() throws Exception {
        systemLocale = Locale.getDefault();
        Locale.setDefault(PERSIAN);
        exchange = DemoFixtures.open(dataDir);
    }

    @AfterEach
    void restoreTheLocale() {
        Locale.setDefault(systemLocale);
    }

    /** {@code code} as a keyboard of another script types it: {@code zero} is that script's 0. */
    private static String typedIn(char zero, String code) {
        StringBuilder typed = new StringBuilder();
        code.chars().forEach(c -> typed.append((char) (zero + (c - '0'))));
        return typed.toString();
    }

    @Test
    void codes_sent_on_a_persian_system_are_ascii_digits_the_code_box_takes() throws Exception {
        assertEquals("۰۰۰۱۲۳", String.format("%06d", 123), "the system writes Persian digits by default");
        exchange.sendCode(EMAIL);
        exchange.sendCode(SMS);

        assertTrue(lastCode(exchange, EMAIL).matches("[0-9]{6}"), lastCode(exchange, EMAIL));
        assertTrue(lastCode(exchange, SMS).matches("[0-9]{6}"), lastCode(exchange, SMS));
        assertTrue(exchange.authenticatorCode().matches("[0-9]{6}"), exchange.authenticatorCode());
    }

    @Test
    void codes_typed_in_persian_or_arabic_indic_digits_are_accepted() throws Exception {
        exchange.sendCode(EMAIL);
        exchange.sendCode(SMS);
        String persian = typedIn('۰', lastCode(exchange, EMAIL));
        String arabicIndic = typedIn('٠', lastCode(exchange, SMS));
        assertTrue(persian.chars().allMatch(c -> c >= '۰' && c <= '۹'), persian);

        assertEquals(Optional.empty(), problem(exchange.verify(EMAIL, persian)), "Persian digits " + persian);
        assertEquals(Optional.empty(), problem(exchange.verify(SMS, arabicIndic)), "Arabic-Indic digits " + arabicIndic);
        VerificationStatus status = exchange.verify(AUTHENTICATOR, typedIn('۰', exchange.authenticatorCode()));
        assertEquals(Optional.empty(), problem(status));
        assertTrue(status.complete());
    }

    @Test
    void a_right_email_code_does_not_forgive_wrong_authenticator_codes() throws Exception {
        String wrongAuthenticator = wrong(exchange.authenticatorCode());
        for (int i = 0; i < 4; i++) {
            assertEquals(Optional.of(Problem.WRONG_CODE), problem(exchange.verify(AUTHENTICATOR, wrongAuthenticator)));
        }
        exchange.sendCode(EMAIL);
        VerificationStatus emailRight = exchange.verify(EMAIL, lastCode(exchange, EMAIL));
        assertEquals(Optional.empty(), problem(emailRight));
        assertEquals(1, emailRight.attemptsLeft(), "the authenticator's four wrong codes still count");

        VerificationStatus fifth = exchange.verify(AUTHENTICATOR, wrongAuthenticator);

        assertEquals(Optional.of(DemoFixtures.START.plus(Duration.ofMinutes(30))), fifth.lockedUntil(),
                "four wrong, a right email code, one wrong: locked");
        assertEquals(Optional.of(Problem.LOCKED), problem(exchange.verify(AUTHENTICATOR, exchange.authenticatorCode())));
    }

    @Test
    void a_right_code_forgives_its_own_method_only() throws Exception {
        exchange.sendCode(EMAIL);
        String email = lastCode(exchange, EMAIL);
        for (int i = 0; i < 3; i++) {
            exchange.verify(EMAIL, wrong(email));
            exchange.verify(AUTHENTICATOR, wrong(exchange.authenticatorCode()));
        }
        assertEquals(2, exchange.verificationStatus().attemptsLeft());

        assertEquals(Optional.empty(), problem(exchange.verify(EMAIL, email)));
        assertEquals(2, exchange.verificationStatus().attemptsLeft(), "the authenticator's three remain");
        assertEquals(Optional.empty(), problem(exchange.verify(AUTHENTICATOR, exchange.authenticatorCode())));
        assertEquals(5, exchange.verificationStatus().attemptsLeft(), "each method forgiven by its own right code");
    }

    @Test
    void at_most_five_codes_an_hour_are_sent_by_email() throws Exception {
        for (int sent = 1; sent <= 5; sent++) {
            assertResult(Outcome.DONE, "action.verification.sent", List.of("EMAIL", DemoFixtures.EMAIL), exchange.sendCode(EMAIL));
            exchange.advance(Duration.ofSeconds(61));
        }
        // 5 × 61 s after the first: it leaves the hour in 3,600 − 305 s, 54 min 55 s, said as 55 minutes.
        assertResult(Outcome.REFUSED, "action.verification.hourlyCap", List.of("5", "55"), exchange.sendCode(EMAIL));
        assertResult(Outcome.DONE, "action.verification.sent", List.of("SMS", "+44 7700 900123"), exchange.sendCode(SMS));

        exchange.advance(Duration.ofHours(1).minusSeconds(305 + 1));
        assertResult(Outcome.REFUSED, "action.verification.hourlyCap", List.of("5", "1"), exchange.sendCode(EMAIL));
        exchange.advance(Duration.ofSeconds(1));
        assertResult(Outcome.DONE, "action.verification.sent", List.of("EMAIL", DemoFixtures.EMAIL), exchange.sendCode(EMAIL));
    }

    private static Optional<Problem> problem(VerificationStatus status) {
        return status.lastProblem();
    }

    /** What the user's authenticator app shows at {@code at}: the demo account's key is in its state file. */
    private String authenticatorAppAt(Instant at) throws Exception {
        byte[] key = Base64.getDecoder().decode(DemoFixtures.readState(dataDir).at("/demo/authenticatorKey").asText());
        TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
        return totp.generateOneTimePasswordString(new SecretKeySpec(key, totp.getAlgorithm()), at, Locale.ROOT);
    }

    @Test
    void the_seeded_account_requires_every_method_it_has_switched_on() throws Exception {
        assertEquals(Set.of(EMAIL, SMS, AUTHENTICATOR), exchange.requiredVerification());
        VerificationStatus status = exchange.verificationStatus();
        assertEquals(Set.of(EMAIL, SMS, AUTHENTICATOR), status.required());
        assertFalse(status.complete());
        assertEquals(5, status.attemptsLeft());
    }

    @Test
    void only_the_methods_the_profile_enabled_are_required() throws Exception {
        ObjectNode state = DemoFixtures.readState(dataDir);
        ((ObjectNode) state.at("/account/profile/security")).put("sms", false);
        DemoFixtures.writeState(dataDir, state);
        exchange = DemoFixtures.reopen(exchange, dataDir);

        assertEquals(Set.of(EMAIL, AUTHENTICATOR), exchange.requiredVerification());
        assertResult(Outcome.REFUSED, "action.verification.notRequired", List.of("SMS"), exchange.sendCode(SMS));
        assertEquals(Optional.of(Problem.NOT_REQUIRED), problem(exchange.verify(SMS, "123456")));

        assertTrue(exchange.sendCode(EMAIL).accepted());
        exchange.verify(EMAIL, lastCode(exchange, EMAIL));
        exchange.verify(AUTHENTICATOR, exchange.authenticatorCode());
        assertTrue(exchange.verificationStatus().complete(), "email and authenticator are enough without SMS");
    }

    @Test
    void the_authenticator_has_no_code_to_send() throws Exception {
        assertResult(Outcome.REFUSED, "action.verification.notRequired", List.of("AUTHENTICATOR"), exchange.sendCode(AUTHENTICATOR));
    }

    @Test
    void a_code_that_was_not_sent_or_is_not_six_digits_is_not_taken() throws Exception {
        assertEquals(Optional.of(Problem.NOT_SENT), problem(exchange.verify(SMS, "123456")));
        assertEquals(Optional.of(Problem.MALFORMED), problem(exchange.verify(AUTHENTICATOR, "12345")));
        assertEquals(5, exchange.verificationStatus().attemptsLeft(), "neither counts as a wrong code");
    }

    @Test
    void a_sent_code_is_accepted_within_ten_minutes_and_expired_after() throws Exception {
        assertResult(Outcome.DONE, "action.verification.sent", List.of("EMAIL", DemoFixtures.EMAIL), exchange.sendCode(EMAIL));
        assertResult(Outcome.DONE, "action.verification.sent", List.of("SMS", "+44 7700 900123"), exchange.sendCode(SMS));
        assertEquals(START.plus(Duration.ofMinutes(10)), exchange.inbox().get(0).expiresAt());

        exchange.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertEquals(Optional.empty(), problem(exchange.verify(SMS, lastCode(exchange, SMS))), "at 9:59");

        exchange.advance(Duration.ofSeconds(1));
        VerificationStatus expired = exchange.verify(EMAIL, lastCode(exchange, EMAIL));
        assertEquals(Optional.of(Problem.EXPIRED), problem(expired), "at 10:00");
        assertEquals(Set.of(SMS), expired.verified());
    }

    @Test
    void a_new_code_cannot_be_sent_within_sixty_seconds_and_the_seconds_left_are_shown() throws Exception {
        assertTrue(exchange.sendCode(EMAIL).accepted());
        assertEquals(Map.of(EMAIL, START.plusSeconds(60)), exchange.verificationStatus().canResendAt());

        assertResult(Outcome.REFUSED, "action.verification.resendTooSoon", List.of("60"), exchange.sendCode(EMAIL));
        exchange.advance(Duration.ofSeconds(20));
        assertResult(Outcome.REFUSED, "action.verification.resendTooSoon", List.of("40"), exchange.sendCode(EMAIL));
        exchange.advance(Duration.ofMillis(39_500));
        assertResult(Outcome.REFUSED, "action.verification.resendTooSoon", List.of("1"), exchange.sendCode(EMAIL));
        assertEquals(1, exchange.inbox().size(), "nothing sent while refused");

        exchange.advance(Duration.ofMillis(500));
        assertTrue(exchange.sendCode(EMAIL).accepted());
        assertEquals(2, exchange.inbox().size());
    }

    @Test
    void a_new_code_voids_the_old_one() throws Exception {
        exchange.sendCode(EMAIL);
        String old = lastCode(exchange, EMAIL);
        exchange.advance(Duration.ofSeconds(60));
        exchange.sendCode(EMAIL);
        String fresh = lastCode(exchange, EMAIL);
        assumeFalse(old.equals(fresh), "the two random codes happen to be the same");

        assertEquals(Optional.of(Problem.WRONG_CODE), problem(exchange.verify(EMAIL, old)));
        assertEquals(Optional.empty(), problem(exchange.verify(EMAIL, fresh)));
    }

    @Test
    void the_inbox_marks_the_code_a_newer_one_replaced_and_the_code_that_was_used() throws Exception {
        exchange.sendCode(EMAIL);
        exchange.advance(Duration.ofSeconds(60));
        exchange.sendCode(EMAIL);
        exchange.sendCode(SMS);
        assertEquals(List.of(Use.REPLACED, Use.UNUSED, Use.UNUSED), exchange.inbox().stream().map(InboxMessage::use).toList());

        exchange.verify(EMAIL, lastCode(exchange, EMAIL));

        assertEquals(List.of(Use.REPLACED, Use.USED, Use.UNUSED), exchange.inbox().stream().map(InboxMessage::use).toList());
    }

    @Test
    void a_used_code_cannot_be_used_again() throws Exception {
        exchange.sendCode(EMAIL);
        String code = lastCode(exchange, EMAIL);
        assertEquals(Optional.empty(), problem(exchange.verify(EMAIL, code)));

        VerificationStatus replay = exchange.verify(EMAIL, code);

        assertEquals(Optional.of(Problem.ALREADY_USED), problem(replay));
        assertEquals(5, replay.attemptsLeft(), "a replay is not a wrong code");
    }

    @Test
    void an_authenticator_code_is_accepted_one_step_either_way_but_not_two() throws Exception {
        String shownAtStart = exchange.authenticatorCode();
        assertEquals(authenticatorAppAt(START), shownAtStart, "the demo's app and the key agree");

        exchange.advance(Duration.ofSeconds(30));
        assertEquals(Optional.empty(), problem(exchange.verify(AUTHENTICATOR, shownAtStart)), "one step old");

        exchange.advance(Duration.ofSeconds(60));
        assertEquals(Optional.of(Problem.WRONG_CODE), problem(exchange.verify(AUTHENTICATOR, authenticatorAppAt(START.plusSeconds(30)))),
                "two steps old");
        assertEquals(Optional.of(Problem.WRONG_CODE), problem(exchange.verify(AUTHENTICATOR, authenticatorAppAt(START.plusSeconds(150)))),
                "two steps ahead");
        assertEquals(Optional.empty(), problem(exchange.verify(AUTHENTICATOR, authenticatorAppAt(START.plusSeconds(120)))),
                "one step ahead: the phone's clock runs 30 s fast");
    }

    @Test
    void the_same_authenticator_code_cannot_be_used_twice() throws Exception {
        String code = exchange.authenticatorCode();
        assertEquals(Optional.empty(), problem(exchange.verify(AUTHENTICATOR, code)));

        exchange.advance(Duration.ofSeconds(10));

        assertEquals(Optional.of(Problem.ALREADY_USED), problem(exchange.verify(AUTHENTICATOR, code)));
    }

    @Test
    void five_wrong_codes_lock_verification_for_thirty_minutes() throws Exception {
        exchange.sendCode(EMAIL);
        String code = lastCode(exchange, EMAIL);
        for (int attemptsLeft = 4; attemptsLeft >= 1; attemptsLeft--) {
            VerificationStatus status = exchange.verify(EMAIL, wrong(code));
            assertEquals(Optional.of(Problem.WRONG_CODE), problem(status));
            assertEquals(attemptsLeft, status.attemptsLeft());
        }
        VerificationStatus fifth = exchange.verify(EMAIL, wrong(code));
        assertEquals(0, fifth.attemptsLeft());
        assertEquals(Optional.of(START.plus(Duration.ofMinutes(30))), fifth.lockedUntil());

        VerificationStatus locked = exchange.verify(EMAIL, code);
        assertEquals(Optional.of(Problem.LOCKED), problem(locked), "even the right code");
        assertEquals(0, locked.attemptsLeft());
        assertEquals(Set.of(), locked.verified());

        exchange.advance(Duration.ofMinutes(30).minusSeconds(1));
        assertEquals(Optional.of(Problem.LOCKED), problem(exchange.verify(AUTHENTICATOR, exchange.authenticatorCode())));

        exchange.advance(Duration.ofSeconds(1));
        VerificationStatus unlocked = exchange.verify(AUTHENTICATOR, exchange.authenticatorCode());
        assertEquals(Optional.empty(), problem(unlocked));
        assertEquals(Optional.empty(), unlocked.lockedUntil());
        assertEquals(5, unlocked.attemptsLeft());
    }

    @Test
    void a_verification_older_than_fifteen_minutes_no_longer_counts() throws Exception {
        DemoFixtures.verifyEverything(exchange, exchange);
        exchange.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertTrue(exchange.verificationStatus().complete());

        exchange.advance(Duration.ofSeconds(1));

        assertFalse(exchange.verificationStatus().complete());
        assertEquals(Set.of(), exchange.verificationStatus().verified());
    }
}
