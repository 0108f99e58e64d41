package dev.closeout.i18n;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.ClosedChannelException;
import javax.net.ssl.SSLException;

/**
 * Why something failed, as a short text a message can carry: the failure's own words where it has
 * them, else its cause's, else what its kind says. Never "null": Java's network and file failures
 * often carry no message at all ("Binance cannot be reached at api.binance.com: null").
 */
public final class Reasons {

    private Reasons() {
    }

    public static String of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return kind(failure);
    }

    /** The words for a failure without any: the common network ones by name, any other by its type. */
    private static String kind(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "the connection was refused";
            } else if (t instanceof UnknownHostException) {
                return "the address was not found";
            } else if (t instanceof HttpConnectTimeoutException) {
                return "no answer in time";
            } else if (t instanceof SSLException) {
                return "the secure connection failed";
            } else if (t instanceof ClosedChannelException || t instanceof EOFException) {
                return "the connection closed early";
            }
        }
        return failure == null ? "unknown" : failure.getClass().getSimpleName();
    }
}
