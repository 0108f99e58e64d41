package dev.closeout.exchange.binance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Binance's asymmetric keys, which it recommends over HMAC: an Ed25519 (or RSA) private key in
 * a PKCS#8 PEM file. The signature is base64, then percent-encoded for the query string.
 * Ed25519 is pure RFC 8032 over the payload bytes, as Binance's own connectors sign; the JDK has
 * had it since 15, so no extra library is needed.
 */
final class PrivateKeySigner implements RequestSigner {

    private final PrivateKey key;
    private final String algorithm;

    private PrivateKeySigner(PrivateKey key, String algorithm) {
        this.key = key;
        this.algorithm = algorithm;
    }

    /** Reads a {@code -----BEGIN PRIVATE KEY-----} PEM text; fails with a plain reason otherwise. */
    static PrivateKeySigner fromPem(String pem) throws GeneralSecurityException {
        if (pem.contains("ENCRYPTED PRIVATE KEY")) {
            throw new InvalidKeySpecException("the key is encrypted with a password");
        }
        if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new InvalidKeySpecException("not a PKCS#8 PEM private key (-----BEGIN PRIVATE KEY-----)");
        }
        String body = pem.substring(pem.indexOf("-----BEGIN PRIVATE KEY-----") + "-----BEGIN PRIVATE KEY-----".length());
        int end = body.indexOf("-----END PRIVATE KEY-----");
        if (end < 0) {
            throw new InvalidKeySpecException("the PEM text has no END line");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(body.substring(0, end));
        } catch (IllegalArgumentException e) {
            throw new InvalidKeySpecException("the PEM body is not base64", e);
        }
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        try {
            return new PrivateKeySigner(KeyFactory.getInstance("Ed25519").generatePrivate(spec), "Ed25519");
        } catch (InvalidKeySpecException notEd25519) {
            try {
                return new PrivateKeySigner(KeyFactory.getInstance("RSA").generatePrivate(spec), "SHA256withRSA");
            } catch (InvalidKeySpecException notRsa) {
                throw new InvalidKeySpecException("neither an Ed25519 nor an RSA key", notRsa);
            }
        }
    }

    /** The signature as Binance wants it in the URL: base64, percent-encoded. */
    @Override
    public String sign(String payload) {
        return URLEncoder.encode(base64Signature(payload), StandardCharsets.UTF_8);
    }

    String base64Signature(String payload) {
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initSign(key);
            signature.update(payload.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a loaded " + algorithm + " key signs", e);
        }
    }

    @Override
    public String toString() {
        return algorithm + " signer";
    }
}
