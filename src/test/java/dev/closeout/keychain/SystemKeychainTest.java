package dev.closeout.keychain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The system keychain through java-keyring. Without a D-Bus session (CI, a headless Linux) the
 * first test runs; with one, the second runs only when asked, for it writes to the keychain:
 * {@code dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets;
 * CLOSEOUT_KEYRING_TEST=1 mvn -B -o -Dtest=SystemKeychainTest test'}.
 */
class SystemKeychainTest {

    private final SystemKeychain keychain = new SystemKeychain("Closeout tests");

    @Test
    @EnabledOnOs(OS.LINUX)
    @DisabledIfEnvironmentVariable(named = "DBUS_SESSION_BUS_ADDRESS", matches = ".+")
    void a_Linux_without_a_Secret_Service_has_no_keychain_and_every_call_says_so() {
        for (Call call : new Call[] {keychain::checkAvailable, () -> keychain.put("entry", "secret"), () -> keychain.get("entry"),
                () -> keychain.remove("entry")}) {
            KeychainException e = assertThrows(KeychainException.class, call::run);
            assertEquals(KeychainException.Reason.UNAVAILABLE, e.reason());
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "CLOSEOUT_KEYRING_TEST", matches = "1")
    void a_secret_is_kept_replaced_read_back_and_removed() throws Exception {
        keychain.checkAvailable();
        String pem = "{\"apiKey\":\"k\",\"privateKeyPem\":\"-----BEGIN PRIVATE KEY-----\\nMC4CAQAw\\n-----END PRIVATE KEY-----\\n\"}";
        keychain.put("Binance API key", "first");
        keychain.put("Binance API key", pem);

        assertEquals(pem, keychain.get("Binance API key"));

        keychain.remove("Binance API key");
        assertEquals(KeychainException.Reason.REFUSED, assertThrows(KeychainException.class, () -> keychain.get("Binance API key")).reason());
        keychain.remove("Binance API key");
    }

    private interface Call {
        void run() throws KeychainException;
    }
}
