package dev.closeout.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.closeout.exchange.AccountAction;
import dev.closeout.ui.DemoUi;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.account.PageWork;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What changed in the account by itself is told in words; what the person changed themselves is not. */
class ChangeToastsTest {

    @TempDir
    Path dataDir;

    @Test
    void a_week_of_demo_time_tells_of_the_deposit_that_landed_and_the_blocker_it_cleared() throws Exception {
        DemoUi ui = new DemoUi(dataDir);
        AccountState account = ui.account;
        account.refresh();

        ui.demo.advance(Duration.ofDays(7));
        account.refresh();

        assertEquals("+120.00 USDT in Spot\n1 thing no longer blocks closure", ChangeToasts.text(account.unaskedProperty().get(), ui.messages));
    }

    @Test
    void a_change_the_person_made_is_not_told_as_one_the_account_made_by_itself() throws Exception {
        DemoUi ui = new DemoUi(dataDir);
        ui.account.refresh();

        ui.demo.advance(Duration.ofDays(7));
        ui.account.refreshAfterChange(check -> { });

        assertNull(ui.account.unaskedProperty().get());
    }

    @Test
    void a_change_made_through_a_page_is_answered_at_its_row_not_as_news() throws Exception {
        DemoUi ui = new DemoUi(dataDir);
        ui.account.refresh();

        new PageWork(ui.account).change(() -> ui.service.perform(new AccountAction.CancelOrder("884120")), result -> { });

        assertNull(ui.account.unaskedProperty().get());
    }
}
