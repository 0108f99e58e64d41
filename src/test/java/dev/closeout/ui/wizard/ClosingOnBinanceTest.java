package dev.closeout.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.ui.BinanceUi;
import dev.closeout.ui.FakeDialogs;
import dev.closeout.ui.wizard.confirm.ConfirmViewModel;
import dev.closeout.ui.wizard.status.StatusViewModel;
import dev.closeout.ui.wizard.verification.VerificationViewModel;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Verification, Confirm and Status on a Binance account: Closeout can neither verify nor close
 * through Binance's API, so the steps say so, open binance.com, and afterwards only report
 * whether Binance still answers for the account. Nothing ever claims Closeout closed it.
 */
class ClosingOnBinanceTest {

    private static final URI SECURITY = URI.create("https://www.binance.com/en/my/security");

    private final BinanceUi ui = new BinanceUi();
    private final AtomicInteger statusShown = new AtomicInteger();

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void verification_says_binance_verifies_you_itself_and_lets_you_go_on() {
        VerificationViewModel page = new VerificationViewModel(ui.account, Clock.systemUTC());

        page.entered();

        assertTrue(page.onWebsiteProperty().get());
        assertTrue(page.methods().isEmpty(), "no code fields: Closeout has no codes to ask for");
        assertTrue(page.validProperty().get());
        assertEquals(4, page.websiteAsks().size());
        assertEquals("a code sent to the account's email address", page.websiteAsks().get(0));
        page.openSecurityPage();
        assertEquals(List.of(SECURITY), ui.opened);
    }

    @Test
    void confirm_opens_binances_closure_page_never_asks_for_a_closure_and_shows_the_status_on_return() {
        ui.account.refresh();
        ConfirmViewModel page = new ConfirmViewModel(ui.account, FakeDialogs.sayingYes(), statusShown::incrementAndGet);
        assertTrue(page.onWebsite());
        assertEquals("This account for UID 354937868: a new registration starts from nothing", page.losses().get(3));

        page.confirm();
        assertEquals(0, statusShown.get(), "there is no closure request to send");
        page.openClosurePage();

        assertEquals(List.of(SECURITY), ui.opened);
        assertEquals("Binance's page is open in your browser. Closeout has asked Binance for nothing.", page.messageProperty().get());
        assertEquals(0, statusShown.get());
        int reads = ui.reads();
        ui.account.handOff().windowFocused(false);
        ui.account.handOff().windowFocused(true);
        assertEquals(1, statusShown.get());
        assertEquals(reads, ui.reads(), "the status reads the account, once; the return itself does not");
    }

    @Test
    void the_status_says_binance_still_answers_while_the_key_works() {
        StatusViewModel status = new StatusViewModel(ui.account, Clock.systemUTC());

        status.entered();
        status.refresh();
        status.tick();

        assertTrue(status.onWebsite());
        assertEquals("Binance still answers for the account: Active", status.statusProperty().get());
        assertTrue(status.detailProperty().get().startsWith("Its API key still works and Binance calls the account active, so it is not closed."),
                status.detailProperty().get());
        assertTrue(status.detailProperty().get().endsWith("Closeout has not closed anything."));
        assertFalse(status.closedProperty().get());
        assertEquals(1, ui.reads(), "the page's timer asks Binance nothing");
    }

    @Test
    void when_the_key_stops_working_the_status_says_so_and_what_that_typically_means_without_claiming_a_closure() {
        StatusViewModel status = new StatusViewModel(ui.account, Clock.systemUTC());
        status.entered();
        ui.binance.checkSignaturesWith((payload, signature) -> false);

        status.checkAgain();

        assertEquals("Binance no longer answers with this key", status.statusProperty().get());
        String[] detail = status.detailProperty().get().split("\n");
        assertEquals("Binance did not accept the request's signature: check that the secret or the private key belongs to this API key.",
                detail[0]);
        assertTrue(detail[1].startsWith("A closed account's API keys stop working, so this is what a closed account looks like from here;"),
                detail[1]);
        assertFalse(status.closedProperty().get(), "Closeout cannot know it is closed");
        status.openClosurePage();
        assertEquals(List.of(SECURITY), ui.opened);
    }
}
