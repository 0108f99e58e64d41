package dev.closeout.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.closure.ClosureService;
import dev.closeout.closure.KeyConnector;
import dev.closeout.exchange.binance.BinanceKeyConnector;
import dev.closeout.exchange.binance.Ed25519Key;
import dev.closeout.exchange.binance.FakeBinance;
import dev.closeout.i18n.Messages;
import dev.closeout.keychain.MemoryKeychain;
import dev.closeout.keychain.RememberedKeys;
import dev.closeout.storage.Preferences;
import dev.closeout.ui.account.UiExecutors;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Remember this key on this computer": the key goes into the system keychain (here one in
 * memory), the settings only say that one is there, and the next start offers it.
 */
class RememberBinanceKeyTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path keys;

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final FakeBinance binance = FakeBinance.withSamples();
    private final AtomicReference<ClosureService> switchedTo = new AtomicReference<>();
    private MemoryKeychain keychain = MemoryKeychain.working();

    @AfterEach
    void stop() {
        binance.close();
    }

    /** A settings page as a start of the app builds it: the settings read from the data folder again. */
    private ConnectBinanceViewModel page() {
        return page(new RememberedKeys(keychain, Preferences.load(dataDir)));
    }

    private ConnectBinanceViewModel page(RememberedKeys remembered) {
        return new ConnectBinanceViewModel(UiExecutors.direct(), UiExecutors.direct(), messages,
                new KeyConnector(new BinanceKeyConnector(binance.baseUrl(), messages, binance.accountPace())),
                title -> Optional.of(keys.resolve("binance-ed25519.pem")), remembered, switchedTo::set, () -> { });
    }

    /** An earlier start on which the user connected the fake's key with "Remember" ticked. */
    private void rememberedOnAnEarlierStart() {
        ConnectBinanceViewModel first = page();
        fill(first, FakeBinance.SECRET);
        first.rememberProperty().set(true);
        first.connect();
        switchedTo.set(null);
    }

    private static void fill(ConnectBinanceViewModel vm, String secret) {
        vm.apiKeyProperty().set(FakeBinance.API_KEY);
        vm.secretProperty().set(secret);
    }

    @Test
    void a_ticked_Remember_keeps_the_key_in_the_keychain_and_only_its_ends_in_the_settings() throws Exception {
        ConnectBinanceViewModel vm = page();
        fill(vm, FakeBinance.SECRET);
        vm.rememberProperty().set(true);

        assertTrue(vm.connect());

        assertEquals("", vm.errorProperty().get());
        assertEquals(messages.get("ui.binance.remembered"), vm.noticeProperty().get());
        assertEquals("binance", switchedTo.get().exchangeId());
        String entry = keychain.entries().get(RememberedKeys.ENTRY);
        assertTrue(entry.contains(FakeBinance.SECRET) && entry.contains(FakeBinance.API_KEY), "the keychain holds the key and its secret");
        String settings = Files.readString(dataDir.resolve("settings.properties"), StandardCharsets.ISO_8859_1);
        assertFalse(settings.contains(FakeBinance.SECRET) || settings.contains(FakeBinance.API_KEY), settings);
        assertEquals(Optional.of("vmPU…Eh8A"), Preferences.load(dataDir).get("binance.rememberedKey"));
    }

    @Test
    void the_next_start_offers_the_remembered_key_without_asking_the_keychain_or_Binance_and_connects_when_asked() {
        rememberedOnAnEarlierStart();
        int keychainCalls = keychain.calls();
        int requests = binance.requests().size();

        ConnectBinanceViewModel next = page();

        assertTrue(next.hasRememberedProperty().get());
        assertEquals("A Binance key is remembered on this computer, in the system keychain: vmPU…Eh8A", next.rememberedKeyProperty().get());
        assertEquals(keychainCalls, keychain.calls(), "a start does not open the keychain: it may ask to be unlocked");
        assertEquals(requests, binance.requests().size(), "nor does it connect unasked");
        assertNull(switchedTo.get());

        next.connectRemembered();

        assertEquals("", next.errorProperty().get());
        assertEquals("binance", switchedTo.get().exchangeId());
        assertEquals("", next.apiKeyProperty().get(), "the remembered key never appears in the form");
    }

    @Test
    void forget_removes_the_key_from_the_keychain_and_the_note_from_the_settings() {
        rememberedOnAnEarlierStart();

        ConnectBinanceViewModel next = page();
        next.forget();

        assertEquals(messages.get("ui.binance.forgotten"), next.noticeProperty().get());
        assertFalse(next.hasRememberedProperty().get());
        assertTrue(keychain.entries().isEmpty());
        assertFalse(page().hasRememberedProperty().get(), "the start after that offers nothing");
    }

    @Test
    void without_a_keychain_Remember_says_so_turns_off_and_the_key_is_kept_in_memory_only() throws Exception {
        keychain = MemoryKeychain.none();
        ConnectBinanceViewModel vm = page();
        assertEquals(messages.get("ui.binance.whereKept"), vm.whereKeptProperty().get());

        vm.rememberProperty().set(true);

        assertFalse(vm.rememberProperty().get());
        assertFalse(vm.rememberOfferedProperty().get());
        assertEquals(messages.get("ui.binance.noKeychain"), vm.whereKeptProperty().get());
        assertEquals("", vm.errorProperty().get(), "the plain note is enough");

        fill(vm, FakeBinance.SECRET);
        assertTrue(vm.connect());
        assertEquals("binance", switchedTo.get().exchangeId());
        assertFalse(Files.exists(dataDir.resolve("settings.properties")), "no file stands in for the keychain");
    }

    @Test
    void a_keychain_that_refuses_leaves_the_connection_made_and_says_the_key_was_not_remembered_also_after_the_switch() {
        keychain.refuse();
        RememberedKeys remembered = new RememberedKeys(keychain, Preferences.load(dataDir));
        ConnectBinanceViewModel vm = page(remembered);
        fill(vm, FakeBinance.SECRET);
        vm.rememberProperty().set(true);
        assertEquals(messages.get("ui.binance.keychainFailed", "the keychain is locked"), vm.errorProperty().get());

        vm.connect();

        String notRemembered = messages.get("ui.binance.notRemembered", "the keychain is locked");
        assertEquals(notRemembered, vm.errorProperty().get());
        assertEquals("binance", switchedTo.get().exchangeId());
        assertEquals(notRemembered, page(remembered).errorProperty().get(), "the window rebuilt on the account says it too");
        assertFalse(page(remembered).hasRememberedProperty().get());
    }

    @Test
    void a_key_file_is_remembered_as_its_PEM_text_and_connects_after_the_file_is_deleted() throws Exception {
        Ed25519Key key = Ed25519Key.generate();
        key.registerWith(binance);
        Path file = keys.resolve("binance-ed25519.pem");
        Files.writeString(file, key.pem());
        ConnectBinanceViewModel vm = page();
        vm.apiKeyProperty().set(FakeBinance.API_KEY);
        vm.chooseKeyFile();
        vm.rememberProperty().set(true);
        vm.connect();
        assertTrue(keychain.entries().get(RememberedKeys.ENTRY).contains("-----BEGIN PRIVATE KEY-----"));
        Files.delete(file);
        switchedTo.set(null);

        page().connectRemembered();

        assertEquals("binance", switchedTo.get().exchangeId());
    }

    @Test
    void a_remembered_key_Binance_now_refuses_says_why_and_stays_remembered_until_forgotten() {
        rememberedOnAnEarlierStart();
        binance.checkSignaturesWith((payload, signature) -> false);

        ConnectBinanceViewModel next = page();
        next.connectRemembered();

        assertEquals(messages.get("binance.error.signature"), next.errorProperty().get());
        assertNull(switchedTo.get());
        assertTrue(next.hasRememberedProperty().get());
        assertFalse(next.busyProperty().get());
    }

    @Test
    void a_keychain_gone_since_the_key_was_remembered_is_said_plainly_when_connecting_with_it() {
        rememberedOnAnEarlierStart();
        keychain = MemoryKeychain.none();

        ConnectBinanceViewModel next = page();
        next.connectRemembered();

        assertEquals(messages.get("ui.binance.recallFailed", messages.get("ui.binance.keychain.none")), next.errorProperty().get());
        assertEquals(messages.get("ui.binance.noKeychain"), next.whereKeptProperty().get());
        assertFalse(next.rememberOfferedProperty().get());
    }

    @Test
    void a_keychain_that_refuses_to_forget_keeps_the_offer_so_the_key_is_not_lost_track_of() {
        rememberedOnAnEarlierStart();
        keychain.refuse();

        ConnectBinanceViewModel next = page();
        next.forget();

        assertEquals(messages.get("ui.binance.forgetFailed", "the keychain is locked"), next.errorProperty().get());
        assertTrue(next.hasRememberedProperty().get());
        assertTrue(page().hasRememberedProperty().get(), "the next start still offers it, and to forget it");
    }

    @Test
    void a_keychain_entry_Closeout_did_not_write_is_refused_without_quoting_it() throws Exception {
        rememberedOnAnEarlierStart();
        keychain.put(RememberedKeys.ENTRY, "{\"apiKey\": \"" + FakeBinance.API_KEY + "\", \"secret\": \"" + FakeBinance.SECRET);

        ConnectBinanceViewModel next = page();
        next.connectRemembered();

        assertEquals(messages.get("ui.binance.recallFailed", "the keychain entry is not one Closeout wrote"), next.errorProperty().get());
        assertNull(switchedTo.get());
    }
}
