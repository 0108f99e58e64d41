package dev.closeout.exchange.address;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.closeout.exchange.address.AddressCheck.Network;
import dev.closeout.exchange.address.AddressCheck.Problem;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The addresses and helpers the address-check tests share: well-known real addresses, the
 * assertions, and ways of building and corrupting addresses.
 */
final class Addresses {

    static final String SATOSHI = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa";
    static final String SATOSHI_HASH160 = "62e907b15cbf27d5425399ebf6f0fb50ebb88f18";
    /** The P2SH example address of the Bitcoin wiki. */
    static final String P2SH = "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy";
    static final String P2WPKH = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
    /** BIP-350 taproot vector; the program is the x coordinate of secp256k1's generator. */
    static final String TAPROOT = "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0";
    static final String TRON_USDT = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";
    static final String ETH_USDT = "0xdAC17F958D2ee523a2206206994597C13D831ec7";
    static final String SOL_USDC_MINT = "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v";

    static final String BASE58 = Base58.ALPHABET;
    static final String BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    private Addresses() {
    }

    static void assertAccepted(Network network, String address) {
        assertEquals(Optional.empty(), AddressCheck.check(network, address), network + " " + address);
    }

    static void assertRefused(Problem expected, Network network, String address) {
        assertEquals(Optional.of(expected), AddressCheck.check(network, address), network + " " + address);
    }

    /** Every string that differs from {@code address} in exactly one position, from {@code from} on. */
    static List<String> oneCharacterCorruptions(String address, String alphabet, int from) {
        List<String> corrupted = new ArrayList<>();
        for (int i = from; i < address.length(); i++) {
            for (char c : alphabet.toCharArray()) {
                if (c != address.charAt(i)) {
                    corrupted.add(address.substring(0, i) + c + address.substring(i + 1));
                }
            }
        }
        return corrupted;
    }

    /** Base58Check of version + payload, for building test addresses; checked against Satoshi's. */
    static String base58Check(int version, byte[] payload) {
        try {
            byte[] body = new byte[1 + payload.length];
            body[0] = (byte) version;
            System.arraycopy(payload, 0, body, 1, payload.length);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] checksum = Arrays.copyOf(sha256.digest(sha256.digest(body)), 4);
            byte[] full = Arrays.copyOf(body, body.length + 4);
            System.arraycopy(checksum, 0, full, body.length, 4);
            StringBuilder out = new StringBuilder();
            BigInteger value = new BigInteger(1, full);
            BigInteger base = BigInteger.valueOf(58);
            while (value.signum() > 0) {
                BigInteger[] qr = value.divideAndRemainder(base);
                out.append(BASE58.charAt(qr[1].intValue()));
                value = qr[0];
            }
            for (int i = 0; i < full.length && full[i] == 0; i++) {
                out.append('1');
            }
            return out.reverse().toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
