package dev.closeout.exchange.binance;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

/** A fresh Ed25519 key pair, as a user makes one for Binance: the private half as PKCS#8 PEM text. */
public final class Ed25519Key {

    private final KeyPair pair;

    private Ed25519Key(KeyPair pair) {
        this.pair = pair;
    }

    public static Ed25519Key generate() {
        try {
            return new Ed25519Key(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK from 15 on has Ed25519", e);
        }
    }

    /** The private key's PKCS#8 bytes in base64, without line breaks: what a leak of the PEM would contain. */
    public String body() {
        return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
    }

    public String pem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPrivate().getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
    }

    /** Makes {@code binance} accept signatures of this key, as Binance does once its public half is registered. */
    public void registerWith(FakeBinance binance) {
        binance.checkSignaturesWith(this::verifies);
    }

    private boolean verifies(String payload, String base64) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(pair.getPublic());
            signature.update(payload.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(base64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
