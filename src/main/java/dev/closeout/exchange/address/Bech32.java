package dev.closeout.exchange.address;

import dev.closeout.exchange.address.AddressCheck.Problem;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Set;

/**
 * Decoding of native segwit addresses: Bech32 (BIP-173) for witness version 0 and Bech32m
 * (BIP-350) for versions 1 to 16.
 *
 * <p>Written here rather than taken from a library: the reference code (sipa/bech32) is a
 * page long, the Java ports are either part of bitcoinj or small unmaintained projects, and
 * the test vectors of both BIPs pin the behaviour down exactly (see AddressCheckTest).
 */
final class Bech32 {

    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int BECH32_CONSTANT = 1;
    private static final int BECH32M_CONSTANT = 0x2bc830a3;
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    private static final int MAX_LENGTH = 90;
    private static final int CHECKSUM_LENGTH = 6;

    private Bech32() {
    }

    /**
     * A decoded segwit address, or the problem that stopped decoding ({@code problem} non-null,
     * other fields empty). {@code hrp} is lower case; {@code program} is 2 to 40 bytes.
     */
    record Segwit(Problem problem, String hrp, int version, byte[] program) {

        static Segwit failed(Problem problem) {
            return new Segwit(problem, null, -1, null);
        }
    }

    /**
     * Decodes {@code address} as a segwit address whose human-readable part is one of
     * {@code knownHrps} (lower case). Problems, in the order they are looked for:
     * WRONG_FORMAT for the shape (length, characters, mixed case, separator, unknown HRP),
     * BAD_CHECKSUM when neither the Bech32 nor the Bech32m constant matches, WRONG_FORMAT for
     * an impossible witness version or program, and BAD_CHECKSUM again when the checksum is
     * the wrong kind for the version (Bech32 on v1+, Bech32m on v0: BIP-350).
     */
    static Segwit decodeSegwit(String address, Set<String> knownHrps) {
        if (address.length() > MAX_LENGTH) {
            return Segwit.failed(Problem.WRONG_FORMAT);
        }
        boolean lower = false;
        boolean upper = false;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c < 33 || c > 126) {
                return Segwit.failed(Problem.WRONG_FORMAT);
            }
            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
        }
        if (lower && upper) {
            return Segwit.failed(Problem.WRONG_FORMAT); // BIP-173: mixed case is invalid
        }
        String text = address.toLowerCase(Locale.ROOT);
        int separator = text.lastIndexOf('1');
        if (separator < 1 || separator + 1 + CHECKSUM_LENGTH > text.length()) {
            return Segwit.failed(Problem.WRONG_FORMAT);
        }
        String hrp = text.substring(0, separator);
        if (!knownHrps.contains(hrp)) {
            return Segwit.failed(Problem.WRONG_FORMAT);
        }
        int[] data = new int[text.length() - separator - 1];
        for (int i = 0; i < data.length; i++) {
            data[i] = CHARSET.indexOf(text.charAt(separator + 1 + i));
            if (data[i] < 0) {
                return Segwit.failed(Problem.WRONG_FORMAT);
            }
        }

        int residue = polymod(hrp, data);
        if (residue != BECH32_CONSTANT && residue != BECH32M_CONSTANT) {
            return Segwit.failed(Problem.BAD_CHECKSUM);
        }
        int payloadLength = data.length - CHECKSUM_LENGTH;
        if (payloadLength < 1) {
            return Segwit.failed(Problem.WRONG_FORMAT); // no witness version at all
        }
        int version = data[0];
        if (version > 16) {
            return Segwit.failed(Problem.WRONG_FORMAT);
        }
        byte[] program = fiveToEightBits(data, 1, payloadLength);
        if (program == null || program.length < 2 || program.length > 40) {
            return Segwit.failed(Problem.WRONG_FORMAT);
        }
        if (version == 0 && program.length != 20 && program.length != 32) {
            return Segwit.failed(Problem.WRONG_FORMAT); // BIP-141
        }
        boolean bech32m = residue == BECH32M_CONSTANT;
        if (bech32m != (version != 0)) {
            return Segwit.failed(Problem.BAD_CHECKSUM);
        }
        return new Segwit(null, hrp, version, program);
    }

    /** The BCH checksum residue over the expanded HRP and the data including the checksum. */
    private static int polymod(String hrp, int[] data) {
        int checksum = 1;
        for (int i = 0; i < hrp.length(); i++) {
            checksum = step(checksum, hrp.charAt(i) >> 5);
        }
        checksum = step(checksum, 0);
        for (int i = 0; i < hrp.length(); i++) {
            checksum = step(checksum, hrp.charAt(i) & 31);
        }
        for (int value : data) {
            checksum = step(checksum, value);
        }
        return checksum;
    }

    private static int step(int checksum, int value) {
        int top = checksum >>> 25;
        int next = ((checksum & 0x1ffffff) << 5) ^ value;
        for (int i = 0; i < 5; i++) {
            if (((top >>> i) & 1) != 0) {
                next ^= GENERATOR[i];
            }
        }
        return next;
    }

    /**
     * Regroups 5-bit values {@code data[from..to)} into bytes. Null when the leftover padding is
     * more than 4 bits or not all zero (both make the encoding non-canonical, BIP-173).
     */
    private static byte[] fiveToEightBits(int[] data, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int accumulator = 0;
        int bits = 0;
        for (int i = from; i < to; i++) {
            accumulator = ((accumulator << 5) | data[i]) & 0xfff;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                out.write((accumulator >>> bits) & 0xff);
            }
        }
        if (bits >= 5 || ((accumulator << (8 - bits)) & 0xff) != 0) {
            return null;
        }
        return out.toByteArray();
    }
}
