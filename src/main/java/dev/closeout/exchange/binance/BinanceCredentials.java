package dev.closeout.exchange.binance;

import dev.closeout.exchange.ExchangeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Objects;

/**
 * An API key and what signs its requests: the key's HMAC secret, or the private key whose
 * public half was registered with Binance. Held in memory only; {@link #toString()} never
 * shows more than the key's ends, so a log line cannot leak a secret.
 */
public final class BinanceCredentials {

    private final String apiKey;
    private final RequestSigner signer;

    private BinanceCredentials(String apiKey, RequestSigner signer) {
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey").strip();
        this.signer = signer;
    }

    public static BinanceCredentials hmac(String apiKey, String secret) {
        return new BinanceCredentials(apiKey, new HmacSigner(Objects.requireNonNull(secret, "secret").strip()));
    }

    /** An Ed25519 (or RSA) private key in a PKCS#8 PEM file. */
    public static BinanceCredentials privateKeyFile(String apiKey, Path pemFile) throws ExchangeException {
        String pem;
        try {
            pem = Files.readString(pemFile);
        } catch (IOException e) {
            throw new ExchangeException("binance.error.privateKeyFile", List.of(pemFile.toString(), String.valueOf(e.getMessage())), e);
        }
        try {
            return new BinanceCredentials(apiKey, PrivateKeySigner.fromPem(pem));
        } catch (GeneralSecurityException e) {
            throw new ExchangeException("binance.error.privateKeyFile", List.of(pemFile.toString(), String.valueOf(e.getMessage())), e);
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
        return apiKey.length() <= 8 ? "…" : apiKey.substring(0, 4) + "…" + apiKey.substring(apiKey.length() - 4);
    }

    @Override
    public String toString() {
        return "Binance API key " + maskedKey() + " (" + signer + ")";
    }
}
