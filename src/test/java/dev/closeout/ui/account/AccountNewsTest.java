package dev.closeout.ui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.closeout.account.AccountStatus;
import dev.closeout.ui.DemoUi;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every page says of the account: its status when not active. */
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
    void a_frozen_account_says_so_above_every_page() throws Exception {
        assertEquals("", news.statusProperty().get());

        ui.verifyEverything();
        ui.service.requestFreeze("LOST_DEVICE");
        ui.account.refresh();

        assertEquals(AccountStatus.FROZEN, ui.account.check().snapshot().profile().status());
        assertEquals("This account is frozen: nobody can trade or withdraw until support unfreezes it.", news.statusProperty().get());
    }
}
