package dev.closeout.ui.wizard.verification;

import static dev.closeout.exchange.VerificationMethod.AUTHENTICATOR;
import static dev.closeout.exchange.VerificationMethod.EMAIL;
import static dev.closeout.exchange.VerificationMethod.SMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.exchange.VerificationMethod;
import dev.closeout.exchange.demo.DemoSteps;
import dev.closeout.ui.DemoUi;
import dev.closeout.ui.GatewayDouble;
import dev.closeout.ui.account.UiExecutors;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Verification step: a code from each method the account has switched on, with countdowns, attempts and the lockout. */
class VerificationViewModelTest {

    @TempDir
    Path dataDir;

    DemoUi ui;
    GatewayDouble gateway;
    VerificationViewModel page;

    @BeforeEach
    void openTheSeededAccount() throws Exception {
        ui = new DemoUi(dataDir, g -> gateway = new GatewayDouble(g), UiExecutors.direct());
        page = new VerificationViewModel(ui.account, ui.clock());
        page.entered();
    }

    private MethodRow row(VerificationMethod method) {
        return page.methods().stream().filter(r -> r.method() == method).findFirst()
                .orElseThrow(() -> new AssertionError("no " + method + " on the page"));
    }

    private String sendAndRead(VerificationMethod method) throws Exception {
        page.sendCode(row(method));
        return DemoSteps.lastCode(ui.demo, method);
    }

    private void enter(VerificationMethod method, String code) {
        row(method).codeProperty().set(code);
        page.verify(row(method));
    }

    private void fiveWrongCodes() throws Exception {
        String code = sendAndRead(EMAIL);
        for (int i = 0; i < 5; i++) {
            enter(EMAIL, DemoSteps.wrong(code));
        }
    }

    @Test
    void the_page_asks_for_a_code_from_every_method_the_account_has_switched_on() {
        assertEquals(List.of(EMAIL, SMS, AUTHENTICATOR), page.methods().stream().map(MethodRow::method).toList());
        assertEquals(List.of("Email code", "SMS code", "Authenticator app"), page.methods().stream().map(page::methodName).toList());
        assertEquals(List.of(true, true, false), page.methods().stream().map(MethodRow::sendable).toList());
        assertEquals("5 attempts left", page.attemptsProperty().get());
        assertFalse(page.validProperty().get());
        assertFalse(page.lockedProperty().get());
        assertFalse(page.busyProperty().get());
    }

    @Test
    void a_method_the_account_has_switched_off_does_not_appear() throws Exception {
        ui.close();
        DemoSteps.switchOff(dataDir, SMS);
        DemoUi withoutSms = new DemoUi(dataDir);
        VerificationViewModel verification = new VerificationViewModel(withoutSms.account, withoutSms.clock());

        verification.entered();

        assertEquals(List.of(EMAIL, AUTHENTICATOR), verification.methods().stream().map(MethodRow::method).toList());
    }

    @Test
    void sending_a_code_starts_a_60_second_countdown_before_another_can_be_sent() throws Exception {
        page.sendCode(row(EMAIL));

        assertEquals("Code sent to alex.morgan@example.com.", page.messageProperty().get());
        assertEquals(60, row(EMAIL).resendSecondsProperty().get());
        assertEquals(0, row(SMS).resendSecondsProperty().get(), "the SMS code can still be sent");

        ui.demo.advance(Duration.ofSeconds(20));
        page.tick();
        assertEquals(40, row(EMAIL).resendSecondsProperty().get());

        ui.demo.advance(Duration.ofSeconds(40));
        page.tick();
        assertEquals(0, row(EMAIL).resendSecondsProperty().get());
    }

    @Test
    void a_malformed_code_is_refused_on_the_page_without_asking_the_exchange() {
        for (String typed : List.of("", "12345", "1234567", "12a456", "12 456")) {
            enter(EMAIL, typed);
            assertEquals("A code is six digits.", page.messageProperty().get(), () -> "typed \"" + typed + "\"");
            assertFalse(row(EMAIL).wellFormedProperty().get(), typed);
        }
        assertEquals(0, gateway.calls("verify"), "the exchange was never asked");
        assertEquals("5 attempts left", page.attemptsProperty().get(), "a typing slip costs no attempt");
    }

    @Test
    void a_wrong_code_is_refused_and_leaves_one_attempt_fewer() throws Exception {
        String code = sendAndRead(EMAIL);

        enter(EMAIL, DemoSteps.wrong(code));

        assertEquals("That code is not right.", page.messageProperty().get());
        assertEquals("4 attempts left", page.attemptsProperty().get());
        assertEquals("", row(EMAIL).codeProperty().get(), "the field is cleared for the next try");
        assertFalse(row(EMAIL).verifiedProperty().get());
        assertFalse(page.validProperty().get());
    }

    @Test
    void five_wrong_codes_lock_verification_and_the_page_counts_down_the_minutes() throws Exception {
        fiveWrongCodes();

        assertTrue(page.lockedProperty().get());
        assertEquals("That code is not right.", page.messageProperty().get());
        assertEquals("Too many wrong codes: verification is locked for 30 more minutes.", page.attemptsProperty().get());

        ui.demo.advance(Duration.ofMinutes(10));
        page.tick();
        assertEquals("Too many wrong codes: verification is locked for 20 more minutes.", page.attemptsProperty().get());

        ui.demo.advance(Duration.ofMinutes(19).plusSeconds(30));
        page.tick();
        assertEquals("Too many wrong codes: verification is locked for 1 more minute.", page.attemptsProperty().get());
        assertTrue(page.lockedProperty().get());
    }

    @Test
    void a_right_code_during_the_lockout_is_not_taken() throws Exception {
        fiveWrongCodes();

        enter(AUTHENTICATOR, ui.demo.authenticatorCode());

        assertEquals("Too many wrong codes: verification is locked for a while.", page.messageProperty().get());
        assertFalse(row(AUTHENTICATOR).verifiedProperty().get());
    }

    @Test
    void when_the_lockout_is_over_the_page_says_how_many_attempts_there_are_again() throws Exception {
        fiveWrongCodes();

        ui.demo.advance(Duration.ofMinutes(30));
        page.tick();

        assertFalse(page.lockedProperty().get());
        assertEquals("5 attempts left", page.attemptsProperty().get());
    }

    @Test
    void the_right_codes_from_every_method_complete_the_step() throws Exception {
        String email = sendAndRead(EMAIL);
        ui.demo.advance(Duration.ofSeconds(1));
        String sms = sendAndRead(SMS);

        enter(EMAIL, email);
        assertEquals("Code accepted.", page.messageProperty().get());
        assertTrue(row(EMAIL).verifiedProperty().get());
        enter(SMS, sms);
        assertTrue(row(SMS).verifiedProperty().get());
        assertFalse(page.validProperty().get(), "the authenticator is still missing");

        enter(AUTHENTICATOR, ui.demo.authenticatorCode());

        assertTrue(row(AUTHENTICATOR).verifiedProperty().get());
        assertEquals("Code accepted.", page.messageProperty().get());
        assertTrue(page.validProperty().get());
        assertTrue(ui.service.verificationStatus().complete(), "the exchange agrees");
    }

    @Test
    void a_code_typed_in_two_groups_of_three_as_authenticator_apps_show_it_is_accepted() throws Exception {
        String email = sendAndRead(EMAIL);

        enter(EMAIL, email.substring(0, 3) + " " + email.substring(3));

        assertEquals("Code accepted.", page.messageProperty().get());
        assertTrue(row(EMAIL).verifiedProperty().get());
    }

    @Test
    void coming_back_to_the_step_keeps_what_was_typed() {
        MethodRow email = row(EMAIL);
        email.codeProperty().set("1234");

        page.entered();

        assertSame(email, row(EMAIL));
        assertEquals("1234", row(EMAIL).codeProperty().get());
    }
}
