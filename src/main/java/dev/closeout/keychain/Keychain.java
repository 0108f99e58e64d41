package dev.closeout.keychain;

/**
 * Where a secret the user asked Closeout to remember is kept: the operating system's own
 * keychain, never a file of Closeout's. Any call may wait for the system (an unlock prompt, a
 * "allow access?" dialog), so none is made on the FX thread.
 */
public interface Keychain {

    /** Fails, with {@link KeychainException.Reason#UNAVAILABLE}, when this computer has no keychain Closeout can use. */
    void checkAvailable() throws KeychainException;

    /** Keeps {@code secret} under {@code entry}, replacing what was there. */
    void put(String entry, String secret) throws KeychainException;

    /** The secret kept under {@code entry}; fails when there is none or the keychain refuses. */
    String get(String entry) throws KeychainException;

    /** Removes {@code entry}; one that is not there counts as removed. */
    void remove(String entry) throws KeychainException;
}
