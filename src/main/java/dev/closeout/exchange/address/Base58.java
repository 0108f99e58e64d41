package dev.closeout.exchange.address;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Base58 decoding (Bitcoin alphabet) and the Base58Check checksum, as used by Bitcoin legacy
 * addresses, Tron addresses and (without a checksum) Solana addresses.
 *
 * <p>Written here rather than taken from a library: the only maintained Java implementations
 * live inside large wallet libraries (bitcoinj, web3j, sol4k) that would pull in far more code
 * than these few lines, and the algorithm is tiny. The decoder uses {@link BigInteger} so that
 * it is obviously correct rather than fast; addresses are at most a few dozen characters.
 */
final class Base58 {

    /** The Bitcoin alphabet: digits and letters without 0, O, I and l. */
    static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    /** Longest input we decode; real addresses are 26-44 characters. Bounds the work on junk input. */
    static final int MAX_LENGTH = 64;

    private static final BigInteger BASE = BigInteger.valueOf(58);
    private static final int[] INDEX = new int[128];

    static {
        Arrays.fill(INDEX, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            INDEX[ALPHABET.charAt(i)] = i;
        }
    }

    private Base58() {
    }

    /**
     * The bytes a Base58 string stands for, or null when it is empty, too long or holds a
     * character outside the alphabet. Each leading '1' stands for one leading zero byte
     * (that is how Bitcoin's version byte 0x00 survives the conversion to a number).
     */
    static byte[] decode(String text) {
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return null;
        }
        BigInteger value = BigInteger.ZERO;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = c < 128 ? INDEX[c] : -1;
            if (digit < 0) {
                return null;
            }
            value = value.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        int leadingZeros = 0;
        while (leadingZeros < text.length() && text.charAt(leadingZeros) == '1') {
            leadingZeros++;
        }
        // toByteArray() is two's complement: drop the sign byte it adds when the top bit is set,
        // and the single 0 it returns for zero.
        byte[] magnitude = value.toByteArray();
        int skip = magnitude[0] == 0 ? 1 : 0;
        byte[] result = new byte[leadingZeros + magnitude.length - skip];
        System.arraycopy(magnitude, skip, result, leadingZeros, magnitude.length - skip);
        return result;
    }

    /**
     * True when the last four bytes are the first four bytes of SHA-256(SHA-256(the rest)),
     * the Base58Check rule shared by Bitcoin and Tron.
     */
    static boolean checksumMatches(byte[] decoded) {
        if (decoded.length < 5) {
            return false;
        }
        int bodyLength = decoded.length - 4;
        MessageDigest sha256 = sha256();
        sha256.update(decoded, 0, bodyLength);
        byte[] hash = sha256.digest(sha256.digest());
        return MessageDigest.isEqual(
                Arrays.copyOfRange(hash, 0, 4),
                Arrays.copyOfRange(decoded, bodyLength, decoded.length));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
