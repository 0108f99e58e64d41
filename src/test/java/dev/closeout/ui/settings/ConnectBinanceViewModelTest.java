package dev.closeout.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.closure.ClosureService;
import dev.closeout.closure.KeyConnector;
import dev.closeout.exchange.binance.BinanceKeyConnector;
import dev.closeout.exchange.binance.FakeBinance;
import dev.closeout.i18n.Messages;
import dev.closeout.keychain.MemoryKeychain;
import dev.closeout.keychain.RememberedKeys;
import dev.closeout.storage.Preferences;
import dev.closeout.ui.account.UiExecutors;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Connect a Binance account" against a local Binance on 127.0.0.1, without the toolkit. */
class ConnectBinanceViewModelTest {

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final FakeBinance binance = FakeBinance.withSamples();
    private final AtomicReference<ClosureService> switchedTo = new AtomicReference<>();
    private final AtomicInteger backToDemo = new AtomicInteger();
    private final MemoryKeychain keychain = MemoryKeychain.working();
    private final ConnectBinanceViewModel vm = new ConnectBinanceViewModel(UiExecutors.direct(), UiExecutors.direct(), messages,
            new KeyConnector(new BinanceKeyConnector(binance.baseUrl(), messages, binance.accountPace())), title -> Optional.of(Path.of("/nowhere/binance-key.pem")),
            new RememberedKeys(keychain, Preferences.load(Path.of("/nowhere"))), switchedTo::set, backToDemo::incrementAndGet);

    @AfterEach
    void stop() {
        binance.close();
    }

    @Test
    void the_fakes_key_and_secret_connect_report_what_the_key_may_do_and_switch_the_app() throws Exception {
        binance.keySwitches(false);
        vm.apiKeyProperty().set(FakeBinance.API_KEY);
        vm.secretProperty().set(FakeBinance.SECRET);

        assertTrue(vm.connect());

        assertEquals("", vm.errorProperty().get());
        assertTrue(vm.connectedProperty().get());
        assertEquals("What this key may do: read the account: yes · trade: no · withdraw: no", vm.permissionsProperty().get());
        assertEquals("Closeout cannot see all of the account with this key: \"Permits Universal Transfer\" for Binance's wallet totals;"
                + " \"Enable Futures\" for Futures algo orders (TWAP, VP). Turn these switches on for the key in API Management on"
                + " binance.com, then check again.", vm.switchesWantedProperty().get());
        assertEquals("", vm.withdrawWarningProperty().get());
        assertTrue(vm.connectedAsProperty().get().contains("vmPU…Eh8A"), vm.connectedAsProperty().get());
        assertEquals("", vm.secretProperty().get(), "the secret leaves the form once connected");
        assertEquals("binance", switchedTo.get().exchangeId());
        assertEquals(0, keychain.calls(), "Remember was not ticked: the keychain is never asked");
        assertEquals("ACTIVE", switchedTo.get().check().snapshot().profile().status().name());
        assertFalse(vm.busyProperty().get());

        vm.backToDemo();
        assertEquals(1, backToDemo.get());
    }

    @Test
    void a_wrong_secret_is_the_key_or_signature_message_and_nothing_switches() {
        vm.apiKeyProperty().set(FakeBinance.API_KEY);
        vm.secretProperty().set("not-the-secret");

        assertTrue(vm.connect());

        assertEquals(messages.get("binance.error.signature"), vm.errorProperty().get());
        assertFalse(vm.connectedProperty().get());
        assertNull(switchedTo.get());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void empty_fields_are_refused_inline_without_asking_binance() {
        assertFalse(vm.connect());
        assertEquals(messages.get("ui.binance.error.noKey"), vm.apiKeyErrorProperty().get());
        assertEquals(messages.get("ui.binance.error.noSecret"), vm.signerErrorProperty().get());

        vm.apiKeyProperty().set(FakeBinance.API_KEY);
        vm.secretProperty().set(FakeBinance.SECRET);
        vm.chooseKeyFile();
        assertEquals("binance-key.pem", vm.keyFileNameProperty().get());
        assertFalse(vm.connect());
        assertEquals("", vm.apiKeyErrorProperty().get());
        assertEquals(messages.get("ui.binance.error.both"), vm.signerErrorProperty().get());
        assertNull(switchedTo.get());
        assertTrue(binance.requests().isEmpty(), "nothing was sent to Binance");
    }

    @Test
    void an_API_key_pasted_with_a_line_break_inside_is_refused_inline_and_never_sent() {
        vm.apiKeyProperty().set(FakeBinance.API_KEY.substring(0, 20) + "\n" + FakeBinance.API_KEY.substring(20));
        vm.secretProperty().set(FakeBinance.SECRET);

        assertFalse(vm.connect());

        assertEquals(messages.get("binance.error.apiKeyCharacters"), vm.apiKeyErrorProperty().get());
        assertTrue(binance.requests().isEmpty(), "nothing was sent to Binance");
    }

    @Test
    void a_private_key_file_that_cannot_be_read_is_said_plainly() {
        vm.apiKeyProperty().set(FakeBinance.API_KEY);
        vm.chooseKeyFile();

        assertTrue(vm.connect());

        assertTrue(vm.errorProperty().get().startsWith("The private key in "), vm.errorProperty().get());
        assertNull(switchedTo.get());
    }
}
