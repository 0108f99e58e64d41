package dev.closeout.keychain;

import dev.closeout.keychain.Keychain;
import dev.closeout.storage.Preferences;
import java.io.IOException;
import java.util.Optional;

/**
 * "Remember this key on this computer": the Binance key in the system keychain, and in the
 * settings only a note that one is there, with the key's first and last four characters. The
 * note lets the app offer the key at start without touching the keychain, which may ask to be
 * unlocked: it is opened only when the user asks for something. One per run of the app, shared
 * by the settings pages built and rebuilt in it. Every method but {@link #rememberedKey()},
 * {@link #keychainFound()} and {@link #notRemembered()} waits for the keychain: never on the FX thread.
 */
public final class RememberedKeys {

    public static final String ENTRY = "Binance API key";
    private static final String NOTE = "binance.rememberedKey";

    private final Keychain keychain;
    private final Preferences preferences;
    /** Whether this run found a keychain; null until it was first used. */
    private volatile Boolean found;
    /** Why the last attempt to remember a key failed; null when it worked or none was made. */
    private volatile KeychainException notRemembered;

    public RememberedKeys(Keychain keychain, Preferences preferences) {
        this.keychain = keychain;
        this.preferences = preferences;
    }

    /** The remembered key's ends ("vmPU…Eh8A"), from the settings: the keychain is not asked. */
    public Optional<String> rememberedKey() {
        return preferences.get(NOTE);
    }

    /** Empty until the keychain was first used in this run; then whether there is one. */
    public Optional<Boolean> keychainFound() {
        return Optional.ofNullable(found);
    }

    public Optional<KeychainException> notRemembered() {
        return Optional.ofNullable(notRemembered);
    }

    public void checkKeychain() throws KeychainException {
        use(() -> {
            keychain.checkAvailable();
            return null;
        });
    }

    public void remember(BinanceKey key) throws KeychainException, IOException {
        try {
            use(() -> {
                keychain.put(ENTRY, key.toKeychainText());
                return null;
            });
        } catch (KeychainException e) {
            notRemembered = e;
            throw e;
        }
        notRemembered = null;
        preferences.put(NOTE, key.maskedKey());
        preferences.save();
    }

    public BinanceKey recall() throws KeychainException {
        return BinanceKey.fromKeychainText(use(() -> keychain.get(ENTRY)));
    }

    public void forget() throws KeychainException, IOException {
        use(() -> {
            keychain.remove(ENTRY);
            return null;
        });
        notRemembered = null;
        preferences.remove(NOTE);
        preferences.save();
    }

    private interface KeychainCall<T> {
        T call() throws KeychainException;
    }

    /** Runs a call and notes what it showed: whether this computer has a keychain. */
    private <T> T use(KeychainCall<T> call) throws KeychainException {
        try {
            T result = call.call();
            found = true;
            return result;
        } catch (KeychainException e) {
            found = e.reason() != KeychainException.Reason.UNAVAILABLE;
            throw e;
        }
    }
}
