package dev.closeout.exchange.address;

import static dev.closeout.exchange.address.AddressCheck.Network.ARBITRUM;
import static dev.closeout.exchange.address.AddressCheck.Network.BSC;
import static dev.closeout.exchange.address.AddressCheck.Network.BTC;
import static dev.closeout.exchange.address.AddressCheck.Network.ETH;
import static dev.closeout.exchange.address.AddressCheck.Network.SOL;
import static dev.closeout.exchange.address.AddressCheck.Network.TRX;
import static dev.closeout.exchange.address.AddressCheck.Problem.BAD_CHECKSUM;
import static dev.closeout.exchange.address.AddressCheck.Problem.EMPTY;
import static dev.closeout.exchange.address.AddressCheck.Problem.WRONG_FORMAT;
import static dev.closeout.exchange.address.AddressCheck.Problem.WRONG_NETWORK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.closeout.exchange.address.AddressCheck.Network;
import dev.closeout.exchange.address.AddressCheck.Problem;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Test vectors come from BIP-173, BIP-350 and EIP-55 (copied from the specifications), plus
 * well-known real addresses. Where a test corrupts an address, the expected outcome was computed
 * exhaustively, not guessed.
 */
class AddressCheckTest {

    private static final String SATOSHI = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa";
    private static final String SATOSHI_HASH160 = "62e907b15cbf27d5425399ebf6f0fb50ebb88f18";
    /** The P2SH example address of the Bitcoin wiki. */
    private static final String P2SH = "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy";
    private static final String P2WPKH = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
    /** BIP-350 taproot vector; the program is the x coordinate of secp256k1's generator. */
    private static final String TAPROOT = "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0";
    private static final String TRON_USDT = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";
    private static final String ETH_USDT = "0xdAC17F958D2ee523a2206206994597C13D831ec7";
    private static final String SOL_USDC_MINT = "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v";

    private static final String BASE58 = Base58.ALPHABET;
    private static final String BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    private static void assertAccepted(Network network, String address) {
        assertEquals(Optional.empty(), AddressCheck.check(network, address), network + " " + address);
    }

    private static void assertRefused(Problem expected, Network network, String address) {
        assertEquals(Optional.of(expected), AddressCheck.check(network, address), network + " " + address);
    }

    /** Every string that differs from {@code address} in exactly one position, from {@code from} on. */
    private static List<String> oneCharacterCorruptions(String address, String alphabet, int from) {
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

    @Nested
    class Empty_input {

        @ParameterizedTest
        @EnumSource(Network.class)
        void no_address_at_all_is_refused_as_empty(Network network) {
            assertRefused(EMPTY, network, null);
            assertRefused(EMPTY, network, "");
        }

        @ParameterizedTest
        @ValueSource(strings = {" ", "   ", "\t", "\n", " \r\n ", "\u00A0", "\u2003"})
        void only_white_space_is_refused_as_empty(String blank) {
            for (Network network : Network.values()) {
                assertRefused(EMPTY, network, blank);
            }
        }

        @Test
        void a_valid_address_with_white_space_around_it_is_not_trimmed_and_refused_as_wrong_format() {
            assertRefused(WRONG_FORMAT, BTC, " " + SATOSHI);
            assertRefused(WRONG_FORMAT, BTC, TAPROOT + "\n");
            assertRefused(WRONG_FORMAT, ETH, ETH_USDT + " ");
            assertRefused(WRONG_FORMAT, TRX, "\t" + TRON_USDT);
            assertRefused(WRONG_FORMAT, SOL, SOL_USDC_MINT + " ");
        }

        @Test
        void a_missing_network_is_a_programming_error() {
            assertThrows(NullPointerException.class, () -> AddressCheck.check(null, SATOSHI));
        }
    }

    @Nested
    class Bitcoin_legacy {

        @Test
        void satoshis_genesis_address_is_accepted() {
            assertAccepted(BTC, SATOSHI);
        }

        @Test
        void satoshis_address_decodes_to_version_zero_his_key_hash_and_a_matching_checksum() {
            byte[] decoded = Base58.decode(SATOSHI);
            assertEquals(25, decoded.length);
            assertEquals(0, decoded[0]);
            assertEquals(SATOSHI_HASH160, HexFormat.of().formatHex(decoded, 1, 21));
            assertEquals(true, Base58.checksumMatches(decoded));
        }

        @Test
        void a_pay_to_script_hash_address_starting_with_3_is_accepted() {
            assertAccepted(BTC, P2SH);
        }

        @Test
        void the_test_encoder_reproduces_satoshis_address() {
            // Guards the helper below that builds Base58Check strings for other versions.
            assertEquals(SATOSHI, base58Check(0x00, HexFormat.of().parseHex(SATOSHI_HASH160)));
        }

        @ParameterizedTest
        @ValueSource(strings = {SATOSHI, P2SH})
        void a_legacy_address_with_one_wrong_character_is_refused_with_bad_checksum(String address) {
            // Computed over every substitution: from the third character on, all are caught by the
            // checksum. Changing the first two characters changes the version byte or the length.
            for (String corrupted : oneCharacterCorruptions(address, BASE58, 2)) {
                assertRefused(BAD_CHECKSUM, BTC, corrupted);
            }
        }

        @Test
        void a_legacy_address_whose_first_character_is_changed_is_no_longer_a_bitcoin_address() {
            assertRefused(WRONG_FORMAT, BTC, "2" + SATOSHI.substring(1));
            assertRefused(WRONG_FORMAT, BTC, "4" + P2SH.substring(1));
        }

        @Test
        void a_legacy_address_with_a_character_left_out_is_refused() {
            // Computed: Satoshi's address is still 25 bytes with version 0 after dropping a
            // character, so the checksum catches it; the P2SH example becomes too short.
            assertRefused(BAD_CHECKSUM, BTC, SATOSHI.substring(0, SATOSHI.length() - 1));
            assertRefused(BAD_CHECKSUM, BTC, SATOSHI.substring(0, 10) + SATOSHI.substring(11));
            assertRefused(WRONG_FORMAT, BTC, P2SH.substring(0, P2SH.length() - 1));
        }

        @Test
        void a_legacy_address_with_a_character_added_is_too_long_and_refused_as_wrong_format() {
            assertRefused(WRONG_FORMAT, BTC, SATOSHI + "z");
            assertRefused(WRONG_FORMAT, BTC, SATOSHI + "1");
            assertRefused(WRONG_FORMAT, BTC, P2SH + "z");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "O", "I", "l", "+", "/"})
        void a_character_outside_base58_is_refused_as_wrong_format(String bad) {
            assertRefused(WRONG_FORMAT, BTC, SATOSHI.substring(0, 10) + bad + SATOSHI.substring(11));
        }

        @Test
        void testnet_legacy_addresses_are_refused_as_wrong_network() {
            assertRefused(WRONG_NETWORK, BTC, "mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn");
            assertRefused(WRONG_NETWORK, BTC, "2MzQwSSnBHWHqSAqtTVQ6v47XtaisrJa1Vc");
            byte[] hash = HexFormat.of().parseHex(SATOSHI_HASH160);
            String testnetP2pkh = base58Check(0x6f, hash);
            String testnetP2sh = base58Check(0xc4, hash);
            assertEquals('m', testnetP2pkh.charAt(0));
            assertEquals('2', testnetP2sh.charAt(0));
            assertRefused(WRONG_NETWORK, BTC, testnetP2pkh);
            assertRefused(WRONG_NETWORK, BTC, testnetP2sh);
        }

        @Test
        void a_valid_address_of_a_coin_we_do_not_support_is_refused_as_wrong_format() {
            String litecoin = base58Check(0x30, HexFormat.of().parseHex(SATOSHI_HASH160));
            assertEquals('L', litecoin.charAt(0));
            assertRefused(WRONG_FORMAT, BTC, litecoin);
        }
    }

    @Nested
    class Bitcoin_segwit {

        @ParameterizedTest
        @ValueSource(strings = {
            "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", // BIP-173 and BIP-350, upper case
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", // the same, lower case
            TAPROOT,                                      // BIP-350
            P2WPKH,
        })
        void mainnet_segwit_v0_and_taproot_addresses_are_accepted(String address) {
            assertAccepted(BTC, address);
        }

        @Test
        void the_BIP173_mainnet_pay_to_witness_script_hash_example_is_accepted() {
            String p2wsh = "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3";
            assertAccepted(BTC, p2wsh);
            // Same 32-byte program as the BIP-173 testnet vector, different network.
            Bech32.Segwit segwit = Bech32.decodeSegwit(p2wsh, Set.of("bc"));
            assertEquals("1863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262",
                    HexFormat.of().formatHex(segwit.program()));
        }

        /** BIP-350 valid segwit addresses with the scriptPubKey each stands for. */
        static Stream<Arguments> bip350ValidAddresses() {
            return Stream.of(
                    Arguments.of("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
                            "0014751e76e8199196d454941c45d1b3a323f1433bd6"),
                    Arguments.of("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
                            "00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262"),
                    Arguments.of("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
                            "5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6"),
                    Arguments.of("BC1SW50QGDZ25J", "6002751e"),
                    Arguments.of("bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs", "5210751e76e8199196d454941c45d1b3a323"),
                    Arguments.of("tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy",
                            "0020000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433"),
                    Arguments.of("tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c",
                            "5120000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433"),
                    Arguments.of(TAPROOT,
                            "512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"));
        }

        @ParameterizedTest
        @MethodSource("bip350ValidAddresses")
        void every_BIP350_valid_address_decodes_to_its_scriptPubKey(String address, String scriptPubKey) {
            Bech32.Segwit segwit = Bech32.decodeSegwit(address, Set.of("bc", "tb"));
            assertNull(segwit.problem(), address);
            ByteArrayOutputStream script = new ByteArrayOutputStream();
            script.write(segwit.version() == 0 ? 0 : 0x50 + segwit.version());
            script.write(segwit.program().length);
            script.writeBytes(segwit.program());
            assertEquals(scriptPubKey, HexFormat.of().formatHex(script.toByteArray()));
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y", // v1, 40 bytes
            "BC1SW50QGDZ25J",                         // v16
            "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs",   // v2
        })
        void a_valid_address_for_a_witness_version_not_yet_in_use_is_refused_as_wrong_format(String address) {
            // Valid under BIP-350, but coins sent there are anyone-can-spend today.
            assertRefused(WRONG_FORMAT, BTC, address);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
            "tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy",
            "tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c",
        })
        void a_valid_testnet_segwit_address_is_refused_as_wrong_network(String address) {
            assertRefused(WRONG_NETWORK, BTC, address);
        }

        @ParameterizedTest(name = "{0}: {2}")
        @CsvSource({
            // BIP-173 invalid segwit addresses
            "tc1qw508d6qejxtdg4y5r3zarvary0c5xw7kg3g4ty, WRONG_FORMAT, invalid human-readable part",
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5, BAD_CHECKSUM, invalid checksum",
            "BC13W508D6QEJXTDG4Y5R3ZARVARY0C5XW7KN40WF2, WRONG_FORMAT, invalid witness version",
            "bc1rw5uspcuh, WRONG_FORMAT, invalid program length",
            "bc10w508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kw5rljs90, WRONG_FORMAT, invalid program length",
            "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P, WRONG_FORMAT, invalid program length for witness version 0",
            "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sL5k7, WRONG_FORMAT, mixed case",
            "bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du, WRONG_FORMAT, zero padding of more than 4 bits",
            "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3pjxtptv, WRONG_FORMAT, non-zero padding in 8-to-5 conversion",
            "bc1gmk9yu, WRONG_FORMAT, empty data section",
            // BIP-350 invalid segwit addresses
            "tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut, WRONG_FORMAT, invalid human-readable part",
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd, BAD_CHECKSUM, Bech32 instead of Bech32m",
            "tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf, BAD_CHECKSUM, Bech32 instead of Bech32m",
            "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL, BAD_CHECKSUM, Bech32 instead of Bech32m",
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh, BAD_CHECKSUM, Bech32m instead of Bech32",
            "tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47, BAD_CHECKSUM, Bech32m instead of Bech32",
            "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4, WRONG_FORMAT, invalid character in checksum",
            "BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R, WRONG_FORMAT, invalid witness version",
            "bc1pw5dgrnzv, WRONG_FORMAT, invalid program length (1 byte)",
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav, WRONG_FORMAT, invalid program length (41 bytes)",
            "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq, WRONG_FORMAT, mixed case",
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf, WRONG_FORMAT, zero padding of more than 4 bits",
            "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j, WRONG_FORMAT, non-zero padding in 8-to-5 conversion",
        })
        void every_BIP173_and_BIP350_invalid_address_is_refused(String address, Problem expected, String reason) {
            assertRefused(expected, BTC, address);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx",
            "BC1SW50QA3JX3S",
            "bc1zw508d6qejxtdg4y5r3zarvaryvg6kdaj",
        })
        void a_v1_plus_address_made_by_pre_taproot_software_with_a_Bech32_checksum_is_refused_with_bad_checksum(
                String bip173Vector) {
            // These were valid BIP-173 examples; BIP-350 requires Bech32m for v1+.
            assertRefused(BAD_CHECKSUM, BTC, bip173Vector);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            " 1nwldj5", "\u007f1axkwrx", "\u00801eym55h",
            "an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1569pvx",
            "pzry9x0s0muk", "1pzry9x0s0muk", "x1b4n0q5v", "li1dgmt3", "de1lg7wt\u00ff", "A1G7SGD8", "10a06t8", "1qzzfhee",
            "A12UEL5L", "a12uel5l", "?1ezyfcl",
        })
        void BIP173_strings_that_are_not_bitcoin_addresses_are_refused_as_wrong_format(String notAnAddress) {
            assertRefused(WRONG_FORMAT, BTC, notAnAddress);
        }

        @Test
        void a_Taproot_address_with_one_wrong_character_is_refused_with_bad_checksum() {
            // Bech32m detects every substitution of up to four characters; checked for all of them.
            List<String> corruptions = oneCharacterCorruptions(TAPROOT, BECH32_CHARSET, 3);
            assertEquals((TAPROOT.length() - 3) * 31, corruptions.size());
            for (String corrupted : corruptions) {
                assertRefused(BAD_CHECKSUM, BTC, corrupted);
            }
        }

        @Test
        void a_native_segwit_address_with_one_wrong_character_is_refused_with_bad_checksum() {
            for (String corrupted : oneCharacterCorruptions(P2WPKH, BECH32_CHARSET, 3)) {
                assertRefused(BAD_CHECKSUM, BTC, corrupted);
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"b", "i", "o", "1", "B"})
        void a_segwit_address_with_a_character_outside_bech32_is_refused_as_wrong_format(String bad) {
            assertRefused(WRONG_FORMAT, BTC, P2WPKH.substring(0, 20) + bad + P2WPKH.substring(21));
        }

        @Test
        void a_segwit_address_in_mixed_case_is_refused_as_wrong_format() {
            assertRefused(WRONG_FORMAT, BTC, "Bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq");
            assertRefused(WRONG_FORMAT, BTC, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdQ");
            assertRefused(WRONG_FORMAT, BTC, "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3t4");
        }

        @Test
        void an_upper_case_taproot_address_is_accepted() {
            assertAccepted(BTC, TAPROOT.toUpperCase());
        }

        @Test
        void a_segwit_address_that_is_too_long_is_refused_as_wrong_format() {
            assertRefused(WRONG_FORMAT, BTC, "bc1q" + "q".repeat(100));
        }
    }

    @Nested
    class Evm {

        static final List<String> EIP55_EXAMPLES = List.of(
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
                "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb");

        @ParameterizedTest
        @ValueSource(strings = {
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
            "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
            "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
            ETH_USDT,
        })
        void an_EIP55_checksummed_address_is_accepted_on_every_EVM_network(String address) {
            assertAccepted(ETH, address);
            assertAccepted(BSC, address);
            assertAccepted(ARBITRUM, address);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "0x52908400098527886E0F7030069857D2E4169EE7", // EIP-55 "all caps" examples
            "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
            "0xde709f2102306220921060314715629080e2fb77", // EIP-55 "all lower" examples
            "0x27b1fdb04752bbc536007a920d24acb045561c26",
            "0x0000000000000000000000000000000000000000",
        })
        void an_all_lower_or_all_upper_case_address_carries_no_checksum_and_is_accepted(String address) {
            assertAccepted(ETH, address);
        }

        @Test
        void a_checksummed_address_written_all_lower_or_all_upper_case_is_accepted() {
            for (String address : EIP55_EXAMPLES) {
                String hex = address.substring(2);
                assertAccepted(ETH, "0x" + hex.toLowerCase());
                assertAccepted(ETH, "0x" + hex.toUpperCase());
            }
        }

        @Test
        void the_EIP55_spelling_is_computed_from_the_lower_case_address() {
            for (String address : EIP55_EXAMPLES) {
                assertEquals(address.substring(2), AddressCheck.eip55(address.substring(2).toLowerCase()));
            }
        }

        @Test
        void keccak256_is_the_original_keccak_not_sha3_256() throws Exception {
            // Known Keccak-256 of the empty input; SHA3-256 of it is a7ffc6f8bf1ed766...
            assertEquals("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
                    HexFormat.of().formatHex(AddressCheck.keccak256(new byte[0])));
            // Spelling the EIP-55 example with SHA3-256 gives a different capitalisation.
            String lower = EIP55_EXAMPLES.get(0).substring(2).toLowerCase();
            byte[] sha3 = MessageDigest.getInstance("SHA3-256").digest(lower.getBytes(StandardCharsets.US_ASCII));
            StringBuilder withSha3 = new StringBuilder();
            for (int i = 0; i < lower.length(); i++) {
                int nibble = (sha3[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
                withSha3.append(nibble >= 8 ? Character.toUpperCase(lower.charAt(i)) : lower.charAt(i));
            }
            assertNotEquals(EIP55_EXAMPLES.get(0).substring(2), withSha3.toString());
            assertRefused(BAD_CHECKSUM, ETH, "0x" + withSha3);
        }

        @Test
        void an_EIP55_address_with_one_letter_in_the_wrong_case_is_refused_with_bad_checksum() {
            for (String address : EIP55_EXAMPLES) {
                for (int i = 2; i < address.length(); i++) {
                    char c = address.charAt(i);
                    if (Character.isLetter(c)) {
                        char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
                        assertRefused(BAD_CHECKSUM, ETH, address.substring(0, i) + flipped + address.substring(i + 1));
                    }
                }
            }
        }

        @Test
        void an_EIP55_address_with_one_wrong_character_is_refused_with_bad_checksum() {
            // Computed over every substitution by a hex digit of either case: all are caught
            // (EIP-55 only promises about 15 check bits, so this holds for these examples).
            for (String address : EIP55_EXAMPLES) {
                for (String corrupted : oneCharacterCorruptions(address, "0123456789abcdefABCDEF", 2)) {
                    assertRefused(BAD_CHECKSUM, ETH, corrupted);
                }
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe",    // 39 digits
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed0",  // 41 digits
            "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",     // no 0x
            "0X5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",   // 0X
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg",   // not hex
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeA d",
            "0x５aaeb6053f3e94c9b9a09f33669435e7ef1beaed",   // full-width digit
            "0x",
        })
        void a_malformed_EVM_address_is_refused_as_wrong_format(String address) {
            assertRefused(WRONG_FORMAT, ETH, address);
        }
    }

    @Nested
    class Tron {

        @Test
        void the_USDT_contract_address_is_accepted() {
            assertAccepted(TRX, TRON_USDT);
        }

        @Test
        void the_USDT_contract_address_decodes_to_its_well_known_hex_form() {
            byte[] decoded = Base58.decode(TRON_USDT);
            assertEquals("41a614f803b6fd780986a42c78ec9c7f77e6ded13c", HexFormat.of().formatHex(decoded, 0, 21));
        }

        @Test
        void the_black_hole_address_of_twenty_zero_bytes_is_accepted() {
            assertEquals("T9yD14Nj9j7xAB4dbGeiX9h8unkKHxuWwb", base58Check(0x41, new byte[20]));
            assertAccepted(TRX, "T9yD14Nj9j7xAB4dbGeiX9h8unkKHxuWwb");
        }

        @Test
        void a_Tron_address_with_one_wrong_character_is_refused_with_bad_checksum() {
            // Computed over every substitution from the third character on.
            for (String corrupted : oneCharacterCorruptions(TRON_USDT, BASE58, 2)) {
                assertRefused(BAD_CHECKSUM, TRX, corrupted);
            }
        }

        @Test
        void a_Tron_address_with_a_character_missing_or_added_is_refused_as_wrong_format() {
            assertRefused(WRONG_FORMAT, TRX, TRON_USDT.substring(1));
            assertRefused(WRONG_FORMAT, TRX, TRON_USDT + "1");
            assertRefused(WRONG_FORMAT, TRX, "T");
        }

        @Test
        void a_Tron_address_in_hex_form_is_refused_as_wrong_format() {
            assertRefused(WRONG_FORMAT, TRX, "41a614f803b6fd780986a42c78ec9c7f77e6ded13c");
        }
    }

    @Nested
    class Solana {

        @ParameterizedTest
        @ValueSource(strings = {
            SOL_USDC_MINT,
            "11111111111111111111111111111111",              // System Program: 32 zero bytes
            "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA",   // SPL Token program
        })
        void a_32_byte_base58_address_is_accepted(String address) {
            assertAccepted(SOL, address);
            assertEquals(32, Base58.decode(address).length);
        }

        @Test
        void a_Solana_address_with_a_typo_cannot_be_caught_because_it_has_no_checksum() {
            String typo = SOL_USDC_MINT.substring(0, 20) + "X" + SOL_USDC_MINT.substring(21);
            assertNotEquals(SOL_USDC_MINT, typo);
            assertAccepted(SOL, typo);
            // Computed: even with its first or last character left out it is still 32 bytes.
            assertAccepted(SOL, SOL_USDC_MINT.substring(1));
            assertAccepted(SOL, SOL_USDC_MINT.substring(0, SOL_USDC_MINT.length() - 1));
        }

        @Test
        void a_base58_string_of_31_or_33_bytes_is_refused_as_wrong_format() {
            assertRefused(WRONG_FORMAT, SOL, "1111111111111111111111111111111");    // 31 zero bytes
            assertRefused(WRONG_FORMAT, SOL, "111111111111111111111111111111111");  // 33 zero bytes
            assertRefused(WRONG_FORMAT, SOL, SOL_USDC_MINT + "z");
            assertRefused(WRONG_FORMAT, SOL, SOL_USDC_MINT.substring(2));
            assertRefused(WRONG_FORMAT, SOL, SOL_USDC_MINT.substring(0, SOL_USDC_MINT.length() - 2));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "O", "I", "l", "_"})
        void a_character_outside_base58_is_refused_as_wrong_format(String bad) {
            assertRefused(WRONG_FORMAT, SOL, SOL_USDC_MINT.substring(0, 5) + bad + SOL_USDC_MINT.substring(6));
        }
    }

    @Nested
    class Another_networks_address {

        @ParameterizedTest(name = "{1} for {0}")
        @CsvSource({
            "ETH, " + TRON_USDT,
            "BSC, " + TRON_USDT,
            "ETH, " + SATOSHI,
            "ARBITRUM, " + TAPROOT,
            "ETH, " + SOL_USDC_MINT,
            "BTC, " + ETH_USDT,
            "BTC, " + TRON_USDT,
            "BTC, " + SOL_USDC_MINT,
            "TRX, " + SATOSHI,
            "TRX, " + P2WPKH,
            "TRX, " + ETH_USDT,
            "TRX, TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA",
            "SOL, " + SATOSHI,
            "SOL, " + TAPROOT,
            "SOL, " + TRON_USDT,
            "SOL, " + ETH_USDT,
            "ETH, mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn",
            "SOL, tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
        })
        void a_valid_address_of_another_network_is_refused_as_wrong_network(Network network, String address) {
            assertRefused(WRONG_NETWORK, network, address);
        }

        @Test
        void a_base58check_address_with_the_tron_prefix_is_tron_and_not_bitcoin() {
            String tronOfSatoshisHash = base58Check(0x41, HexFormat.of().parseHex(SATOSHI_HASH160));
            assertAccepted(TRX, tronOfSatoshisHash);
            assertRefused(WRONG_NETWORK, BTC, tronOfSatoshisHash);
        }

        @Test
        void a_broken_address_of_another_network_is_only_wrong_format() {
            String brokenTron = TRON_USDT.substring(0, 10) + "z" + TRON_USDT.substring(11);
            assertRefused(BAD_CHECKSUM, TRX, brokenTron);
            assertRefused(WRONG_FORMAT, ETH, brokenTron);
            String brokenEth = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD";
            assertRefused(WRONG_FORMAT, BTC, brokenEth);
        }

        @Test
        void the_EVM_chains_cannot_be_told_apart_so_one_address_is_valid_on_all_three() {
            for (Network evm : List.of(ETH, BSC, ARBITRUM)) {
                assertAccepted(evm, ETH_USDT);
            }
        }

        @Test
        void junk_is_refused_as_wrong_format_everywhere() {
            for (Network network : Network.values()) {
                assertRefused(WRONG_FORMAT, network, "hello world");
                assertRefused(WRONG_FORMAT, network, "x");
                assertRefused(WRONG_FORMAT, network, "é");
                assertRefused(WRONG_FORMAT, network, "1".repeat(10_000));
                assertRefused(WRONG_FORMAT, network, "z".repeat(10_000));
            }
        }
    }

    @Test
    void base58_keeps_each_leading_1_as_a_zero_byte() {
        assertArrayEquals(new byte[] {0, 0, 0}, Base58.decode("111"));
        assertArrayEquals(new byte[] {0, 57}, Base58.decode("1z"));
        assertArrayEquals(new byte[] {0x0d, 0x23}, Base58.decode("zz")); // 57 * 58 + 57 = 3363
        assertNull(Base58.decode(""));
        assertNull(Base58.decode("0"));
    }

    /** Base58Check of version + payload, for building test addresses; checked against Satoshi's. */
    private static String base58Check(int version, byte[] payload) {
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
