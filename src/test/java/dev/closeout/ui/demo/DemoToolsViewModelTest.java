package dev.closeout.ui.demo;

import static dev.closeout.exchange.VerificationMethod.EMAIL;
import static dev.closeout.exchange.VerificationMethod.SMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.demo.DemoSteps;
import dev.closeout.ui.DemoUi;
import dev.closeout.ui.demo.InboxLine.Mark;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's own tools: the inbox of delivered codes, the authenticator, the clock, a reset. */
class DemoToolsViewModelTest {

    @TempDir
    Path dataDir;

    DemoUi ui;
    DemoToolsViewModel tools;
    int resets;

    @BeforeEach
    void openTheSeededAccount() throws Exception {
        ui = new DemoUi(dataDir);
        tools = new DemoToolsViewModel(ui.account, () -> resets++);
    }

    @Test
    void the_tools_are_offered_for_the_demo_exchange() {
        assertTrue(tools.available());
    }

    @Test
    void the_inbox_lists_the_delivered_codes_newest_first() throws Exception {
        assertTrue(ui.service.sendCode(EMAIL).accepted());
        String email = DemoSteps.lastCode(ui.demo, EMAIL);
        ui.demo.advance(Duration.ofMinutes(1));
        assertTrue(ui.service.sendCode(SMS).accepted());
        String sms = DemoSteps.lastCode(ui.demo, SMS);

        tools.refresh();

        assertEquals(List.of(
                new InboxLine("SMS to +44 7700 900123", sms, "Sent 2026-11-24 09:31:00 UTC, valid until 2026-11-24 09:41:00 UTC",
                        Mark.WAITING, "Not used yet"),
                new InboxLine("Email to alex.morgan@example.com", email, "Sent 2026-11-24 09:30:00 UTC, valid until 2026-11-24 09:40:00 UTC",
                        Mark.WAITING, "Not used yet")),
                tools.inbox());
    }

    @Test
    void the_inbox_marks_a_used_code_an_expired_one_and_one_a_newer_code_replaced() throws Exception {
        assertTrue(ui.service.sendCode(EMAIL).accepted());
        ui.demo.advance(Duration.ofMinutes(1));
        assertTrue(ui.service.sendCode(EMAIL).accepted());
        assertTrue(ui.service.sendCode(SMS).accepted());
        ui.service.verify(EMAIL, DemoSteps.lastCode(ui.demo, EMAIL));
        ui.demo.advance(Duration.ofMinutes(10));

        tools.refresh();

        assertEquals(List.of("Expired", "Used", "Replaced by a newer code"), tools.inbox().stream().map(InboxLine::markText).toList());
        assertEquals(List.of(Mark.EXPIRED, Mark.USED, Mark.REPLACED), tools.inbox().stream().map(InboxLine::mark).toList());
    }

    @Test
    void the_authenticator_code_is_the_one_the_app_would_show_now() throws Exception {
        tools.refresh();

        assertTrue(tools.authenticatorCodeProperty().get().matches("\\d{6}"), tools.authenticatorCodeProperty().get());
        assertEquals(ui.demo.authenticatorCode(), tools.authenticatorCodeProperty().get());
    }

    @Test
    void advancing_the_clock_moves_the_demo_time_and_reads_the_account_again() throws Exception {
        tools.refresh();
        assertEquals("Demo time: 2026-11-24 09:30:00 UTC", tools.demoTimeProperty().get());

        tools.advance(Duration.ofHours(1));

        assertEquals("Demo time: 2026-11-24 10:30:00 UTC", tools.demoTimeProperty().get());
        assertEquals(DemoUi.START.plus(Duration.ofHours(1)), ui.demo.now());
        assertEquals(DemoUi.START.plus(Duration.ofHours(1)), ui.account.check().snapshot().takenAt(), "the account as of the new time");
    }

    @Test
    void reset_restores_the_seeded_account_and_starts_the_wizard_over() throws Exception {
        ui.clearEverything();
        assertTrue(ui.service.sendCode(EMAIL).accepted());
        assertTrue(ui.account.check().report().eligible());
        tools.refresh();
        assertEquals(1, tools.inbox().size());

        tools.reset();

        assertEquals(1, resets);
        AccountSnapshot seeded = ui.account.check().snapshot();
        assertFalse(ui.account.check().report().eligible());
        assertEquals(4, seeded.openOrders().size());
        assertEquals("CLOSE7X", seeded.profile().referralCode());
        assertEquals(1, seeded.subAccounts().size());
        assertTrue(tools.inbox().isEmpty(), "the inbox starts empty again");
    }

    @Test
    void a_reset_undoes_what_the_user_changed() throws Exception {
        assertTrue(ui.service.perform(new AccountAction.CancelOrder("884120")).accepted());

        tools.reset();

        assertTrue(ui.account.check().snapshot().openOrders().stream().anyMatch(o -> o.id().equals("884120")));
        assertEquals(1, resets);
    }

    @Test
    void the_clock_steps_are_named_in_words() {
        assertEquals(List.of("Advance the demo clock 5 minutes", "Advance the demo clock 1 hour", "Advance the demo clock 1 day",
                "Advance the demo clock 7 days", "Advance the demo clock 30 days", "Advance the demo clock 90 days"),
                DemoToolsViewModel.STEPS.stream().map(tools::stepLabel).toList());
    }
}
