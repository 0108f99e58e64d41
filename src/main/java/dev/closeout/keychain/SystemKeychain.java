package dev.closeout.keychain;

import dev.closeout.i18n.Reasons;
import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;

/**
 * The operating system's keychain through java-keyring: the Windows Credential Manager, the
 * macOS Keychain, or the Secret Service over D-Bus on Linux (GNOME Keyring, KWallet). Entries
 * are kept under one service name. The keychain is opened for each call and closed after it:
 * calls are rare, and on Linux an open keychain holds a D-Bus connection and its threads.
 */
public final class SystemKeychain implements Keychain {

    private final String service;

    /** {@code service} is the name the entries are listed under in the system's keychain app. */
    public SystemKeychain(String service) {
        this.service = service;
    }

    @Override
    public void checkAvailable() throws KeychainException {
        withKeyring(keyring -> null);
    }

    @Override
    public void put(String entry, String secret) throws KeychainException {
        withKeyring(keyring -> {
            keyring.setPassword(service, entry, secret);
            return null;
        });
    }

    @Override
    public String get(String entry) throws KeychainException {
        return withKeyring(keyring -> keyring.getPassword(service, entry));
    }

    @Override
    public void remove(String entry) throws KeychainException {
        withKeyring(keyring -> {
            try {
                keyring.deletePassword(service, entry);
            } catch (PasswordAccessException notDeleted) {
                // Each system words "no such entry" its own way: an entry that cannot be read either is not there.
                try {
                    keyring.getPassword(service, entry);
                } catch (PasswordAccessException absent) {
                    return null;
                }
                throw notDeleted;
            }
            return null;
        });
    }

    private interface Use<T> {
        T with(Keyring keyring) throws PasswordAccessException;
    }

    private static <T> T withKeyring(Use<T> use) throws KeychainException {
        Keyring keyring;
        try {
            keyring = Keyring.create();
        } catch (BackendNotSupportedException | RuntimeException e) {
            throw new KeychainException(KeychainException.Reason.UNAVAILABLE, Reasons.of(e), e);
        }
        try {
            return use.with(keyring);
        } catch (PasswordAccessException | RuntimeException e) {
            // A D-Bus failure arrives as an unchecked exception of the library beneath.
            throw new KeychainException(KeychainException.Reason.REFUSED, Reasons.of(e), e);
        } finally {
            close(keyring);
        }
    }

    private static void close(Keyring keyring) {
        try {
            keyring.close();
        } catch (Exception e) {
            // What was asked is done; a D-Bus connection that does not close cleanly ends with the process.
        }
    }
}
