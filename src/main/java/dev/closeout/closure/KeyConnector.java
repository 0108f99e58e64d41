package dev.closeout.closure;

import dev.closeout.exchange.ApiKeyConnector;
import dev.closeout.exchange.ExchangeException;
import java.nio.file.Path;

/**
 * Connects an exchange account from an API key and hands back the service every page binds to,
 * so no page builds a {@link ClosureService} itself. The adapter that signs for the key is
 * {@code Main}'s to choose; nothing here keeps or logs a secret.
 */
public final class KeyConnector {

    private final ApiKeyConnector adapter;

    public KeyConnector(ApiKeyConnector adapter) {
        this.adapter = adapter;
    }

    /** Whether {@code apiKey} can be an API key at all, before anything is sent. */
    public boolean wellFormedKey(String apiKey) {
        return adapter.wellFormedKey(apiKey);
    }

    /** The text of a private-key file, or which file could not be read and why. */
    public String readPrivateKey(Path file) throws ExchangeException {
        return adapter.readPrivateKey(file);
    }

    /**
     * The account behind an API key and one of what signs for it: its HMAC secret, or a private
     * key's PEM text ({@code secret} null); {@code from} says where a private key came from (a
     * file, the system keychain) should it be unusable.
     */
    public ClosureService open(String apiKey, String secret, String privateKeyPem, String from) throws ExchangeException {
        return new ClosureService(secret != null ? adapter.openWithSecret(apiKey, secret)
                : adapter.openWithPrivateKey(apiKey, privateKeyPem, from));
    }
}
