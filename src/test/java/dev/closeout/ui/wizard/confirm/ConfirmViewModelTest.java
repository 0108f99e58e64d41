package dev.closeout.ui.wizard.confirm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.AccountStatus;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.closure.Review;
import dev.closeout.ui.DemoUi;
import dev.closeout.ui.FakeDialogs;
import dev.closeout.ui.GatewayDouble;
import dev.closeout.ui.account.UiExecutors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Confirm step: what is lost for good, the email typed to confirm, and one closure request. */
class ConfirmViewModelTest {

    private static final String EMAIL = "alex.morgan@example.com";

    @TempDir
    Path dataDir;

    GatewayDouble gateway;
    int accepted;

    /** Work the app would do in the background waits here until the test lets it run. */
    static final class Later {
        final List<Runnable> waiting = new ArrayList<>();

        void runAll() {
            while (!waiting.isEmpty()) {
                waiting.remove(0).run();
            }
        }
    }

    private DemoUi demo(UiExecutors executors) throws Exception {
        return new DemoUi(dataDir, g -> gateway = new GatewayDouble(g), executors);
    }

    /** The last summary's answer: yes unless a test says otherwise. */
    FakeDialogs dialogs = FakeDialogs.sayingYes();

    private ConfirmViewModel page(DemoUi ui) {
        ui.account.refresh();
        return new ConfirmViewModel(ui.account, dialogs, () -> accepted++);
    }

    @Test
    void the_page_lists_what_is_lost_for_good_vip_level_referral_code_and_history() throws Exception {
        ConfirmViewModel page = page(demo(UiExecutors.direct()));

        assertEquals(List.of("VIP level 1 and your trading volume", "Referral code CLOSE7X and everyone it brought",
                "Your whole trade, deposit and withdrawal history",
                "This account for alex.morgan@example.com: a new registration starts from nothing"), page.losses());
    }

    @Test
    void confirm_is_impossible_until_the_typed_email_is_the_accounts() throws Exception {
        ConfirmViewModel page = page(demo(UiExecutors.direct()));

        for (String typed : List.of("", "alex.morgan", "alex.morgan@example.org", "al***@example.com", "alex.morgan@example.com.")) {
            page.typedEmailProperty().set(typed);
            assertFalse(page.emailMatchesProperty().get(), typed);
            assertFalse(page.canConfirmProperty().get(), typed);
            page.confirm();
        }
        assertEquals(0, gateway.calls("requestClosure"), "no request while the email differs");

        page.typedEmailProperty().set("  Alex.Morgan@EXAMPLE.com \t");
        assertTrue(page.emailMatchesProperty().get(), "case and spaces around it do not matter");
        assertTrue(page.canConfirmProperty().get());
    }

    @Test
    void confirming_an_eligible_verified_account_sends_one_request_and_a_second_press_does_nothing() throws Exception {
        DemoUi ui = demo(UiExecutors.direct());
        ui.clearEverything();
        ui.verifyEverything();
        ConfirmViewModel page = page(ui);
        page.typedEmailProperty().set(EMAIL);

        page.confirm();
        page.confirm();

        assertEquals(1, gateway.calls("requestClosure"));
        assertEquals(1, accepted, "the wizard moves on to the status once");
        assertTrue(page.messageProperty().get().startsWith("Closure requested. The account is closing; the exchange expects to finish by "),
                page.messageProperty().get());
        assertFalse(page.canConfirmProperty().get());
        assertEquals(AccountStatus.CLOSING, ui.account.check().snapshot().profile().status(), "the account was read again");
    }

    @Test
    void the_last_summary_comes_before_the_request_and_a_no_sends_nothing() throws Exception {
        DemoUi ui = demo(UiExecutors.direct());
        ui.clearEverything();
        ui.verifyEverything();
        dialogs = FakeDialogs.sayingNo();
        ConfirmViewModel page = page(ui);
        page.typedEmailProperty().set(EMAIL);

        page.confirm();

        assertEquals(1, dialogs.reviews().size());
        Review summary = dialogs.reviews().get(0);
        assertEquals(Review.Kind.CLOSE_ACCOUNT, summary.kind());
        assertTrue(summary.has(Review.Notice.HISTORY_NOT_EXPORTED), "no export was made: the summary says so");
        assertEquals(0, gateway.calls("requestClosure"), "a no sends nothing");
        assertEquals(0, accepted);
        assertTrue(page.canConfirmProperty().get());
    }

    @Test
    void a_second_press_while_the_request_is_on_its_way_sends_nothing_more() throws Exception {
        Later later = new Later();
        DemoUi ui = demo(new UiExecutors(later.waiting::add, Runnable::run));
        ui.clearEverything();
        ui.verifyEverything();
        ConfirmViewModel page = page(ui);
        later.runAll();
        page.typedEmailProperty().set(EMAIL);

        page.confirm();
        assertTrue(page.busyProperty().get());
        assertFalse(page.canConfirmProperty().get());
        page.confirm();
        later.runAll();

        assertEquals(1, gateway.calls("requestClosure"));
        assertEquals(1, accepted);
    }

    @Test
    void a_refusal_shows_the_exchanges_reason_and_confirm_stays_possible() throws Exception {
        DemoUi ui = demo(UiExecutors.direct());
        ui.verifyEverything();
        ConfirmViewModel page = page(ui);
        page.typedEmailProperty().set(EMAIL);

        page.confirm();

        assertTrue(page.messageProperty().get().startsWith("Closure refused: the account no longer meets every condition"),
                page.messageProperty().get());
        assertEquals(0, accepted);
        assertTrue(page.canConfirmProperty().get(), "after checking again the user may try again");
        assertFalse(page.busyProperty().get());
        assertEquals(AccountStatus.ACTIVE, ui.service.check().snapshot().profile().status());
    }

    @Test
    void without_security_verification_the_exchange_refuses_and_says_so() throws Exception {
        DemoUi ui = demo(UiExecutors.direct());
        ui.clearEverything();
        ConfirmViewModel page = page(ui);
        page.typedEmailProperty().set(EMAIL);

        page.confirm();

        assertEquals("Closure refused: complete security verification first.", page.messageProperty().get());
        assertEquals(0, accepted);
        assertTrue(page.canConfirmProperty().get());
    }

    @Test
    void when_the_exchange_cannot_be_reached_the_page_says_so_and_confirm_stays_possible() throws Exception {
        DemoUi ui = demo(UiExecutors.direct());
        ConfirmViewModel page = page(ui);
        page.typedEmailProperty().set(EMAIL);
        gateway.goDown(new ExchangeException("demo.error.disk", List.of("/data/demo", "No space left on device"), null));

        page.confirm();

        assertEquals("The demo exchange cannot save in /data/demo: No space left on device", page.messageProperty().get());
        assertEquals(0, accepted);
        assertTrue(page.canConfirmProperty().get());
    }
}
