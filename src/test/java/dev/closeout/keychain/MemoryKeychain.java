package dev.closeout.keychain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A keychain in memory, for tests: one that works, one a computer without a keychain has, or
 * one that refuses (locked, access denied). It counts how often it was asked.
 */
public final class MemoryKeychain implements Keychain {

    private final Map<String, String> entries = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile KeychainException.Reason failing;

    public static MemoryKeychain working() {
        return new MemoryKeychain();
    }

    /** What a computer without a keychain answers: headless Linux, no Secret Service on D-Bus. */
    public static MemoryKeychain none() {
        MemoryKeychain keychain = new MemoryKeychain();
        keychain.failing = KeychainException.Reason.UNAVAILABLE;
        return keychain;
    }

    /** From now on, refuses as a locked keychain does. */
    public void refuse() {
        failing = KeychainException.Reason.REFUSED;
    }

    public Map<String, String> entries() {
        return Map.copyOf(entries);
    }

    public int calls() {
        return calls.get();
    }

    @Override
    public void checkAvailable() throws KeychainException {
        answer();
    }

    @Override
    public void put(String entry, String secret) throws KeychainException {
        answer();
        entries.put(entry, secret);
    }

    @Override
    public String get(String entry) throws KeychainException {
        answer();
        String secret = entries.get(entry);
        if (secret == null) {
            throw new KeychainException(KeychainException.Reason.REFUSED, "no entry " + entry, null);
        }
        return secret;
    }

    @Override
    public void remove(String entry) throws KeychainException {
        answer();
        entries.remove(entry);
    }

    private void answer() throws KeychainException {
        calls.incrementAndGet();
        KeychainException.Reason reason = failing;
        if (reason == KeychainException.Reason.UNAVAILABLE) {
            throw new KeychainException(reason, "No available keyring backend found", null);
        }
        if (reason == KeychainException.Reason.REFUSED) {
            throw new KeychainException(reason, "the keychain is locked", null);
        }
    }
}
