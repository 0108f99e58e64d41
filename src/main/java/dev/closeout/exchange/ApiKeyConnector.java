package dev.closeout.exchange;

import java.nio.file.Path;

/**
 * How Settings connects an exchange account with an API key and what signs for it (the key's
 * secret, or a private key whose public half the exchange holds), without knowing which adapter
 * does the signing. {@code Main} wires the adapter's own; nothing here keeps or logs a secret.
 */
public interface ApiKeyConnector {

    /** Whether {@code apiKey} can be an API key at all, before anything is sent. */
    boolean wellFormedKey(String apiKey);

    /** The text of a private-key file, or which file could not be read and why. */
    String readPrivateKey(Path file) throws ExchangeException;

    /** The account behind an API key and its secret. */
    ExchangeGateway openWithSecret(String apiKey, String secret) throws ExchangeException;

    /**
     * The account behind an API key and a private key's PEM text; {@code from} says where the
     * key came from (a file's path, the system keychain) should it be unusable.
     */
    ExchangeGateway openWithPrivateKey(String apiKey, String privateKeyPem, String from) throws ExchangeException;

    /** An API key's first and last four characters, "…" between: enough to tell keys apart, too little to use one. */
    static String mask(String apiKey) {
        return apiKey.length() <= 8 ? "…" : apiKey.substring(0, 4) + "…" + apiKey.substring(apiKey.length() - 4);
    }
}
