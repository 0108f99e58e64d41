package dev.closeout.exchange.address;

import com.joemelsha.crypto.hash.Keccak;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a withdrawal address for the chosen network before a withdrawal is asked for: the demo
 * exchange refuses a withdrawal on it, and the Binance adapter adds it to Binance's own address
 * patterns, which check the shape but not the checksum.
 *
 * <h2>What is accepted</h2>
 * <ul>
 *   <li>{@link Network#BTC}: mainnet P2PKH ({@code 1…}) and P2SH ({@code 3…}) Base58Check
 *       addresses, native segwit v0 ({@code bc1q…}, 20- or 32-byte program, Bech32) and
 *       taproot ({@code bc1p…}, v1 with a 32-byte program, Bech32m). All-upper-case segwit
 *       addresses are accepted (BIP-173 allows them, QR codes use them).</li>
 *   <li>{@link Network#ETH}, {@link Network#BSC}, {@link Network#ARBITRUM}: {@code 0x} and 40 hex
 *       digits. All-lower or all-upper hex carries no checksum and is accepted as is; mixed case
 *       must be the EIP-55 checksum (Keccak-256 of the lower-case hex).</li>
 *   <li>{@link Network#TRX}: Base58Check, 25 bytes, first byte 0x41 ({@code T…}).</li>
 *   <li>{@link Network#SOL}: Base58 for exactly 32 bytes.</li>
 * </ul>
 *
 * <h2>Which problem is reported</h2>
 * <ul>
 *   <li>{@link Problem#EMPTY}: null, empty or only white space.</li>
 *   <li>{@link Problem#BAD_CHECKSUM}: the string has the shape of an address of the chosen
 *       network (right alphabet, length and version) but its checksum does not match: a typo.
 *       For segwit this includes a Bech32 checksum on a v1+ address or a Bech32m one on v0
 *       (BIP-350). Solana has no checksum, so it is never reported for {@code SOL}.</li>
 *   <li>{@link Problem#WRONG_NETWORK}: the string is a complete, valid address (checksum
 *       included) of something else we can name: Bitcoin testnet/regtest ({@code tb1…},
 *       {@code bcrt1…}, {@code m…}/{@code n…}/{@code 2…}) for {@code BTC}, or a valid address of
 *       another of the networks above (a Tron address for ETH, an EVM address for BTC, a Bitcoin
 *       address for SOL, …). Because any 32 bytes are a Solana address, a Base58 string that
 *       decodes to exactly 32 bytes counts as a Solana address for the other networks.</li>
 *   <li>{@link Problem#WRONG_FORMAT}: everything else, including: surrounding white space
 *       (nothing is trimmed; the caller trims pasted text if it wants to), mixed-case Bech32,
 *       {@code 0X} or a missing {@code 0x}, addresses of networks we do not know (Litecoin…),
 *       malformed testnet addresses (only a <em>valid</em> testnet address is WRONG_NETWORK),
 *       and segwit versions that are well-formed but not yet in use (v1 with a program other
 *       than 32 bytes, v2 to v16). BIP-350 lets wallets send to those, but outputs of unused
 *       versions are anyone-can-spend today, so an exchange refuses them.</li>
 * </ul>
 *
 * <p>What this cannot tell: ETH, BSC and Arbitrum addresses are the same format, so an address
 * is accepted for all three and nothing here catches a withdrawal sent to the right address on
 * the wrong EVM chain. Nor does it know whether an address is a contract, burn address or
 * exchange deposit address.
 */
public final class AddressCheck {

    /** Withdrawal networks. ETH, BSC and ARBITRUM are EVM chains sharing one address format. */
    public enum Network { BTC, ETH, BSC, ARBITRUM, TRX, SOL }

    /** Why an address is refused. */
    public enum Problem { EMPTY, WRONG_FORMAT, BAD_CHECKSUM, WRONG_NETWORK }

    private static final Set<String> BITCOIN_HRPS = Set.of("bc", "tb", "bcrt");
    private static final int P2PKH = 0x00;
    private static final int P2SH = 0x05;
    private static final int TESTNET_P2PKH = 0x6f;
    private static final int TESTNET_P2SH = 0xc4;
    private static final int TRON_PREFIX = 0x41;

    private AddressCheck() {
    }

    /** Empty Optional when the address is valid for the network. */
    public static Optional<Problem> check(Network network, String address) {
        Objects.requireNonNull(network, "network");
        if (address == null || isBlank(address)) {
            return Optional.of(Problem.EMPTY);
        }
        Optional<Problem> problem = rulesOf(network, address);
        if (problem.equals(Optional.of(Problem.WRONG_FORMAT)) && validElsewhere(network, address)) {
            return Optional.of(Problem.WRONG_NETWORK);
        }
        return problem;
    }

    /** True when {@code address} is a valid address (or a valid Bitcoin test one) of another network. */
    private static boolean validElsewhere(Network network, String address) {
        for (Network other : Network.values()) {
            if (other != network) {
                Optional<Problem> problem = rulesOf(other, address);
                if (problem.isEmpty() || problem.get() == Problem.WRONG_NETWORK) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<Problem> rulesOf(Network network, String address) {
        return switch (network) {
            case BTC -> bitcoin(address);
            case ETH, BSC, ARBITRUM -> evm(address);
            case TRX -> tron(address);
            case SOL -> solana(address);
        };
    }

    private static Optional<Problem> bitcoin(String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        if (lower.startsWith("bc1") || lower.startsWith("tb1") || lower.startsWith("bcrt1")) {
            return bitcoinSegwit(address);
        }
        byte[] decoded = Base58.decode(address);
        if (decoded == null || decoded.length != 25) {
            return fail(Problem.WRONG_FORMAT);
        }
        int version = decoded[0] & 0xff;
        boolean mainnet = version == P2PKH || version == P2SH;
        boolean testnet = version == TESTNET_P2PKH || version == TESTNET_P2SH;
        if (!mainnet && !testnet) {
            return fail(Problem.WRONG_FORMAT);
        }
        if (!Base58.checksumMatches(decoded)) {
            return fail(Problem.BAD_CHECKSUM);
        }
        return testnet ? fail(Problem.WRONG_NETWORK) : ok();
    }

    private static Optional<Problem> bitcoinSegwit(String address) {
        Bech32.Segwit segwit = Bech32.decodeSegwit(address, BITCOIN_HRPS);
        if (segwit.problem() != null) {
            return fail(segwit.problem());
        }
        if (!segwit.hrp().equals("bc")) {
            return fail(Problem.WRONG_NETWORK);
        }
        boolean v0 = segwit.version() == 0; // program length already checked: 20 or 32
        boolean taproot = segwit.version() == 1 && segwit.program().length == 32;
        return v0 || taproot ? ok() : fail(Problem.WRONG_FORMAT);
    }

    private static Optional<Problem> evm(String address) {
        if (address.length() != 42 || !address.startsWith("0x")) {
            return fail(Problem.WRONG_FORMAT);
        }
        String hex = address.substring(2);
        boolean lower = false;
        boolean upper = false;
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (c >= 'a' && c <= 'f') {
                lower = true;
            } else if (c >= 'A' && c <= 'F') {
                upper = true;
            } else if (c < '0' || c > '9') {
                return fail(Problem.WRONG_FORMAT);
            }
        }
        if (!(lower && upper)) {
            return ok(); // single case: no checksum to check (EIP-55 is opt-in)
        }
        return hex.equals(eip55(hex)) ? ok() : fail(Problem.BAD_CHECKSUM);
    }

    /**
     * The EIP-55 spelling of 40 hex digits: a letter is upper case when the matching nibble of
     * Keccak-256(lower-case hex as ASCII) is 8 or more. Keccak-256 is the original Keccak
     * padding Ethereum uses, not the standardised SHA3-256, which gives other hashes.
     */
    static String eip55(String hex) {
        String lower = hex.toLowerCase(Locale.ROOT);
        byte[] hash = keccak256(lower.getBytes(StandardCharsets.US_ASCII));
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
            char c = lower.charAt(i);
            out.append(nibble >= 8 ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    /** headlong's Keccak: Bouncy Castle's jar, 8 MB in the installer, was there for this one hash. */
    static byte[] keccak256(byte[] input) {
        return new Keccak(256).digest(input);
    }

    private static Optional<Problem> tron(String address) {
        byte[] decoded = Base58.decode(address);
        if (decoded == null || decoded.length != 25 || (decoded[0] & 0xff) != TRON_PREFIX) {
            return fail(Problem.WRONG_FORMAT);
        }
        return Base58.checksumMatches(decoded) ? ok() : fail(Problem.BAD_CHECKSUM);
    }

    private static Optional<Problem> solana(String address) {
        // A Solana address is the bare Base58 of a 32-byte public key: there is no checksum and
        // no version byte, so a typo gives another well-formed address and cannot be caught.
        // We do not check that the key is on the ed25519 curve: program-derived addresses are
        // deliberately off the curve and are legitimate destinations.
        byte[] decoded = Base58.decode(address);
        return decoded != null && decoded.length == 32 ? ok() : fail(Problem.WRONG_FORMAT);
    }

    private static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static Optional<Problem> ok() {
        return Optional.empty();
    }

    private static Optional<Problem> fail(Problem problem) {
        return Optional.of(problem);
    }
}
