package dev.closeout.exchange.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.exchange.ExchangeException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests carry the signature Binance computes itself, for HMAC and for Ed25519 keys. */
class BinanceSigningTest {

    @TempDir
    Path folder;

    @Test
    void an_HMAC_key_signs_Binances_published_example_exactly_as_Binance_does() {
        String payload = "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559";

        assertEquals("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71", new HmacSigner(FakeBinance.SECRET).sign(payload));
    }

    @Test
    void an_Ed25519_signature_verifies_with_the_public_key_registered_at_Binance() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        BinanceCredentials credentials = BinanceCredentials.privateKeyFile("key", pem(pair, "ed25519.pem"));
        String payload = "asset=BTC&recvWindow=10000&timestamp=1736393892000";

        String inUrl = credentials.signer().sign(payload);

        assertTrue(verifies(pair.getPublic(), "Ed25519", payload, URLDecoder.decode(inUrl, StandardCharsets.UTF_8)));
        assertFalse(verifies(pair.getPublic(), "Ed25519", payload + "&x=1", URLDecoder.decode(inUrl, StandardCharsets.UTF_8)));
        assertFalse(inUrl.contains("+") || inUrl.contains("/") || inUrl.contains("="), "base64 is percent-encoded for the URL: " + inUrl);
    }

    @Test
    void an_RSA_key_in_PKCS8_signs_with_SHA256_and_PKCS1_padding() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair pair = rsa.generateKeyPair();
        BinanceCredentials credentials = BinanceCredentials.privateKeyFile("key", pem(pair, "rsa.pem"));

        String signature = URLDecoder.decode(credentials.signer().sign("timestamp=1"), StandardCharsets.UTF_8);

        assertTrue(verifies(pair.getPublic(), "SHA256withRSA", "timestamp=1", signature));
    }

    @Test
    void a_file_that_is_no_private_key_says_which_file_and_why() throws Exception {
        Path file = Files.writeString(folder.resolve("key.txt"), "not a key");

        ExchangeException e = assertThrows(ExchangeException.class, () -> BinanceCredentials.privateKeyFile("key", file));

        assertEquals("binance.error.privateKeyFile", e.messageKey());
        assertEquals(file.toString(), e.args().get(0));
        assertThrows(ExchangeException.class, () -> BinanceCredentials.privateKeyFile("key", folder.resolve("missing.pem")));
    }

    @Test
    void credentials_never_print_their_secret_or_whole_key() {
        String shown = BinanceCredentials.hmac(FakeBinance.API_KEY, FakeBinance.SECRET).toString();

        assertFalse(shown.contains(FakeBinance.SECRET));
        assertFalse(shown.contains(FakeBinance.API_KEY));
        assertTrue(shown.contains("vmPU…Eh8A"), shown);
    }

    @Test
    void the_local_Binance_accepts_what_the_client_signs_with_an_Ed25519_key() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        BinanceCredentials credentials = BinanceCredentials.privateKeyFile(FakeBinance.API_KEY, pem(pair, "ed25519.pem"));
        try (FakeBinance binance = FakeBinance.withSamples()) {
            binance.checkSignaturesWith((payload, signature) -> verifies(pair.getPublic(), "Ed25519", payload, signature));
            BinanceClient client = new BinanceClient(binance.hosts(), credentials, BinanceClient.Settings.defaults());

            assertEquals("Normal", client.send(Reading.ACCOUNT_STATUS.call()).path("data").asText());
        }
    }

    private Path pem(KeyPair pair, String name) throws Exception {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPrivate().getEncoded());
        return Files.writeString(folder.resolve(name), "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
    }

    private static boolean verifies(PublicKey key, String algorithm, String payload, String base64) {
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initVerify(key);
            signature.update(payload.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(base64));
        } catch (Exception e) {
            return false;
        }
    }
}
