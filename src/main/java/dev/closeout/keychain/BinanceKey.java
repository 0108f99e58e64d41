package dev.closeout.keychain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.closeout.exchange.ApiKeyConnector;
import dev.closeout.exchange.OutsideJson;

/**
 * An API key as the user gave it: with its HMAC secret, or with the text of its private-key
 * file (one of the two). "Remember this key" keeps exactly this in the system keychain: for a
 * key file, its PEM text rather than its path. The path is no secret, but remembering it would
 * leave the key in a plain file, which the keychain is there to make unnecessary, and a moved
 * file would break it. {@link #toString()} shows only the key's ends.
 */
public record BinanceKey(String apiKey, String secret, String privateKeyPem) {

    private static final ObjectMapper JSON = OutsideJson.mapper().build();

    public static BinanceKey withSecret(String apiKey, String secret) {
        return new BinanceKey(apiKey, secret, null);
    }

    public static BinanceKey withPrivateKey(String apiKey, String pem) {
        return new BinanceKey(apiKey, null, pem);
    }

    public String maskedKey() {
        return ApiKeyConnector.mask(apiKey);
    }

    /** The keychain entry: a small JSON object, so a PEM's line breaks survive every system's keychain. */
    public String toKeychainText() {
        ObjectNode entry = JSON.createObjectNode().put("apiKey", apiKey);
        if (secret != null) {
            entry.put("secret", secret);
        } else {
            entry.put("privateKeyPem", privateKeyPem);
        }
        return entry.toString();
    }

    public static BinanceKey fromKeychainText(String text) throws KeychainException {
        try {
            JsonNode entry = JSON.readTree(text);
            JsonNode apiKey = entry.path("apiKey");
            JsonNode secret = entry.path("secret");
            JsonNode pem = entry.path("privateKeyPem");
            if (apiKey.isTextual() && secret.isTextual() != pem.isTextual()) {
                return new BinanceKey(apiKey.asText(), secret.isTextual() ? secret.asText() : null, pem.isTextual() ? pem.asText() : null);
            }
        } catch (JsonProcessingException e) {
            // Fall through: the parser's message would quote the entry, and the entry is secret.
        }
        throw new KeychainException(KeychainException.Reason.REFUSED, "the keychain entry is not one Closeout wrote", null);
    }

    @Override
    public String toString() {
        return "BinanceKey[" + maskedKey() + ", " + (secret != null ? "HMAC secret" : "private key") + "]";
    }
}
