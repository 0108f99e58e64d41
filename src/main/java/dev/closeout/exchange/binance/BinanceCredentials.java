package dev.closeout.exchange.binance;

import dev.closeout.exchange.ApiKeyConnector;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.i18n.Reasons;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Objects;

/**
 * An API key and what signs its requests: the key's HMAC secret, or the private key whose
 * public half was registered with Binance. Held in memory only (the settings page may keep
 * what the user typed in the system keychain); {@link #toString()} never shows more than the
 * key's ends, and no exception quotes the key or the secret, so a log line cannot leak either.
 */
public final class BinanceCredentials {

    private final String apiKey;
    private final RequestSigner signer;

    private BinanceCredentials(String apiKey, RequestSigner signer) {
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey").strip();
        if (!wellFormedKey(this.apiKey)) {
            // The key goes into a request header, and the JDK quotes a header it refuses: say why without the key.
            throw new IllegalArgumentException("the API key has characters no Binance key has");
        }
        this.signer = signer;
    }

    /** Whether {@code apiKey} can be an API key: letters, digits and the like, no spaces or control characters. */
    public static boolean wellFormedKey(String apiKey) {
        return !apiKey.isEmpty() && apiKey.chars().allMatch(c -> c > ' ' && c < 0x7f);
    }

    public static BinanceCredentials hmac(String apiKey, String secret) {
        return new BinanceCredentials(apiKey, new HmacSigner(Objects.requireNonNull(secret, "secret").strip()));
    }

    /** An Ed25519 (or RSA) private key in a PKCS#8 PEM file. */
    public static BinanceCredentials privateKeyFile(String apiKey, Path pemFile) throws ExchangeException {
        return privateKey(apiKey, readPem(pemFile), pemFile.toString());
    }

    /** The text of a private-key file, or which file could not be read and why. */
    public static String readPem(Path pemFile) throws ExchangeException {
        try {
            return Files.readString(pemFile);
        } catch (IOException e) {
            throw new ExchangeException("binance.error.privateKeyFile", List.of(pemFile.toString(), Reasons.of(e)), e);
        }
    }

    /**
     * A private key's PEM text; {@code from} says where it came from (a file's path, the system
     * keychain) when it cannot be used. The reason given never quotes the key.
     */
    public static BinanceCredentials privateKey(String apiKey, String pem, String from) throws ExchangeException {
        try {
            return new BinanceCredentials(apiKey, PrivateKeySigner.fromPem(pem));
        } catch (GeneralSecurityException e) {
            throw new ExchangeException("binance.error.privateKeyFile", List.of(from, Reasons.of(e)), e);
        }
    }

    String apiKey() {
        return apiKey;
    }

    RequestSigner signer() {
        return signer;
    }

    /** The key as people may see it: its first and last four characters. */
    public String maskedKey() {
        return ApiKeyConnector.mask(apiKey);
    }

    @Override
    public String toString() {
        return "Binance API key " + maskedKey() + " (" + signer + ")";
    }
}
