package dev.closeout.ui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.closure.AccountCheck;
import dev.closeout.closure.ReportWording;
import dev.closeout.exchange.ActionResult;
import dev.closeout.ui.DemoUi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageWorkTest {

    @TempDir
    Path dataDir;
    DemoUi ui;
    PageWork work;
    /** The account as the page last read it. */
    AccountCheck before;

    @BeforeEach
    void openThePage() throws Exception {
        ui = new DemoUi(dataDir);
        ui.account.refresh();
        before = ui.account.check();
        work = new PageWork(ui.account);
    }

    @Test
    void the_page_is_busy_while_a_change_runs_then_shows_the_account_read_again() {
        List<Boolean> busyDuring = new ArrayList<>();

        work.change(() -> busyDuring.add(work.busyProperty().get()), added -> { });

        assertEquals(List.of(true), busyDuring);
        assertFalse(work.busyProperty().get());
        assertNotSame(before, ui.account.check(), "the account was read again after the change");
        assertEquals("", work.errorProperty().get());
    }

    @Test
    void a_change_that_fails_says_why_in_plain_words_and_leaves_busy() {
        List<String> tidied = new ArrayList<>();

        work.change(() -> {
            throw new IllegalStateException("the disk is full");
        }, done -> { }, () -> tidied.add("half-shown answers cleared"));

        assertFalse(work.busyProperty().get());
        assertEquals("Something went wrong: the disk is full. Nothing was changed by Closeout; try again.", work.errorProperty().get());
        assertEquals(List.of("half-shown answers cleared"), tidied);
        assertSame(before, ui.account.check(), "nothing changed, so nothing is read again");

        work.readAgain();
        assertEquals("", work.errorProperty().get(), "a read that goes well clears the last failure");
    }

    @Test
    void a_page_that_words_its_own_failures_gets_them_in_plain_words() {
        List<String> said = new ArrayList<>();

        work.run(() -> {
            throw new IllegalStateException("no answer");
        }, done -> { }, said::add);

        assertFalse(work.workingProperty().get());
        assertEquals(List.of("Something went wrong: no answer. Nothing was changed by Closeout; try again."), said);
        assertEquals("", work.errorProperty().get(), "the page words it where it wants it");
    }

    @Test
    void an_answer_the_exchange_took_is_shown_as_done_and_one_it_refused_as_refused() {
        ReportWording wording = new ReportWording(ui.messages);

        Result taken = Result.of(ActionResult.done("action.order.cancelled", "1", "LTCBTC"), wording);
        Result refused = Result.of(ActionResult.unsupported(), wording);

        assertTrue(taken.accepted());
        assertEquals("\u2713 Order 1 LTCBTC cancelled.", taken.text());
        assertEquals(Result.Outcome.REFUSED, refused.outcome());
        assertEquals("\u2717 This exchange does not let Closeout do this; do it on the exchange's website.", refused.text());
        assertFalse(Result.note("Nothing to move.").accepted());
    }
}
