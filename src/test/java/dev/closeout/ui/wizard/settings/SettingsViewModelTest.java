package dev.closeout.ui.wizard.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.exchange.ExchangeException;
import dev.closeout.ui.BinanceUi;
import dev.closeout.ui.DemoUi;
import dev.closeout.ui.GatewayDouble;
import dev.closeout.ui.account.UiExecutors;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Settings step: the account as the exchange shows it, contact details masked. */
class SettingsViewModelTest {

    @TempDir
    Path dataDir;

    @Test
    void on_binance_what_its_api_does_not_report_is_unknown_never_none_and_the_uid_shows_as_it_is() {
        try (BinanceUi ui = new BinanceUi()) {
            SettingsViewModel settings = new SettingsViewModel(ui.account);

            settings.entered();

            assertEquals("Binance", settings.exchangeProperty().get());
            assertEquals("UID 354937868", settings.emailProperty().get());
            assertEquals(List.of("Unknown", "Unknown", "Unknown", "Unknown"), List.of(settings.phoneProperty().get(),
                    settings.kycProperty().get(), settings.referralProperty().get(), settings.securityProperty().get()));
            assertEquals("Active", settings.statusProperty().get());
        }
    }

    @Test
    void the_page_shows_the_account_as_the_exchange_does_with_email_and_phone_masked() throws Exception {
        DemoUi ui = new DemoUi(dataDir);
        SettingsViewModel settings = new SettingsViewModel(ui.account);

        settings.entered();

        assertEquals("Demo exchange", settings.exchangeProperty().get());
        assertEquals("al***@example.com", settings.emailProperty().get());
        assertEquals("+44 ******0123", settings.phoneProperty().get());
        assertEquals("Verified", settings.kycProperty().get());
        assertEquals("VIP 1", settings.vipProperty().get());
        assertEquals("CLOSE7X", settings.referralProperty().get());
        assertEquals("Email code, SMS code, Authenticator app", settings.securityProperty().get());
        assertEquals("Active", settings.statusProperty().get());
        assertEquals("", settings.errorProperty().get());
        assertTrue(settings.validProperty().get(), "an active account may go on to closing");
        assertFalse(settings.busyProperty().get());
    }

    @Test
    void nothing_of_the_full_email_or_phone_number_shows() throws Exception {
        DemoUi ui = new DemoUi(dataDir);
        SettingsViewModel settings = new SettingsViewModel(ui.account);
        settings.entered();

        for (String shown : List.of(settings.emailProperty().get(), settings.phoneProperty().get())) {
            assertFalse(shown.contains("alex.morgan"), shown);
            assertFalse(shown.contains("7700"), shown);
            assertFalse(shown.contains("900123"), shown);
        }
    }

    @Test
    void before_the_account_is_read_the_user_cannot_go_on() throws Exception {
        DemoUi ui = new DemoUi(dataDir);
        SettingsViewModel settings = new SettingsViewModel(ui.account);

        assertFalse(settings.validProperty().get());
        assertEquals("", settings.emailProperty().get());
    }

    @Test
    void once_the_account_is_closing_the_page_says_so_and_closing_cannot_start_again() throws Exception {
        DemoUi ui = new DemoUi(dataDir);
        SettingsViewModel settings = new SettingsViewModel(ui.account);
        settings.entered();
        assertTrue(settings.validProperty().get());

        ui.clearEverything();
        ui.verifyEverything();
        assertTrue(ui.service.requestClosure().accepted());
        settings.entered();

        assertEquals("Closing", settings.statusProperty().get());
        assertFalse(settings.validProperty().get());
    }

    @Test
    void when_the_exchange_cannot_be_read_the_page_says_why_in_plain_words() throws Exception {
        GatewayDouble[] gateway = new GatewayDouble[1];
        DemoUi ui = new DemoUi(dataDir, g -> gateway[0] = new GatewayDouble(g), UiExecutors.direct());
        SettingsViewModel settings = new SettingsViewModel(ui.account);
        gateway[0].goDown(new ExchangeException("demo.error.disk", List.of("/data/demo", "No space left on device"), null));

        settings.entered();

        assertEquals("The demo exchange cannot save in /data/demo: No space left on device", settings.errorProperty().get());
        assertFalse(settings.validProperty().get());
        assertFalse(settings.busyProperty().get(), "the page does not stay busy after a failure");

        gateway[0].comeBack();
        settings.entered();
        assertEquals("", settings.errorProperty().get(), "the error goes once the exchange answers again");
        assertTrue(settings.validProperty().get());
    }

    @Test
    void a_phone_number_keeps_its_country_code_as_written_and_its_last_four_digits() {
        assertEquals("+1 ******0100", SettingsViewModel.maskPhone("+1 415 555 0100"));
        assertEquals("+44 ******0123", SettingsViewModel.maskPhone("+44 7700 900123"));
        assertEquals("******4567", SettingsViewModel.maskPhone("0151 234 4567"));
    }
}
