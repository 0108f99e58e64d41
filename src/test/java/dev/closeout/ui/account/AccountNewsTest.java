package dev.closeout.ui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.AccountStatus;
import dev.closeout.exchange.AccountAction;
import dev.closeout.ui.DemoUi;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every page says of the account: its status when not active, and what changed by itself. */
class AccountNewsTest {

    @TempDir
    Path dataDir;

    DemoUi ui;
    AccountNews news;

    @BeforeEach
    void readTheSeededAccount() throws Exception {
        ui = new DemoUi(dataDir);
        news = new AccountNews(ui.account);
        ui.account.refresh();
    }

    @Test
    void a_deposit_landing_while_the_demo_clock_moves_on_is_said_in_so_many_words() throws Exception {
        assertEquals("", news.changedProperty().get());

        ui.demo.advance(Duration.ofHours(2));
        ui.account.refresh();

        assertTrue(news.changedProperty().get().startsWith("Changed by itself since the last reading"), news.changedProperty().get());
        assertTrue(news.changedProperty().get().contains("+120 USDT in Spot"), news.changedProperty().get());
        news.putAway();
        assertEquals("", news.changedProperty().get());
    }

    @Test
    void what_the_person_changed_here_is_answered_at_its_row_not_as_news() throws Exception {
        PageWork work = new PageWork(ui.account);

        work.change(() -> ui.service.perform(new AccountAction.CancelOrder("884120")), result -> { });

        assertEquals("", news.changedProperty().get());
    }

    @Test
    void a_frozen_account_says_so_above_every_page() throws Exception {
        assertEquals("", news.statusProperty().get());

        ui.verifyEverything();
        ui.service.requestFreeze("LOST_DEVICE");
        ui.account.refresh();

        assertEquals(AccountStatus.FROZEN, ui.account.check().snapshot().profile().status());
        assertEquals("This account is frozen: nobody can trade or withdraw until support unfreezes it.", news.statusProperty().get());
    }
}
