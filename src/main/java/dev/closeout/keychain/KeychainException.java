package dev.closeout.keychain;

/**
 * The keychain could not do what was asked. The detail is the system's own reason, never a
 * secret: nothing secret is ever put into one.
 */
public final class KeychainException extends Exception {

    public enum Reason {
        /** This computer has no keychain Closeout can use (on Linux: no Secret Service on D-Bus). */
        UNAVAILABLE,
        /** There is a keychain, but it refused: locked, access denied, no such entry, too long a secret. */
        REFUSED
    }

    private final Reason reason;

    public KeychainException(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
