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
import static dev.closeout.exchange.address.Addresses.BASE58;
import static dev.closeout.exchange.address.Addresses.ETH_USDT;
import static dev.closeout.exchange.address.Addresses.P2WPKH;
import static dev.closeout.exchange.address.Addresses.SATOSHI;
import static dev.closeout.exchange.address.Addresses.SATOSHI_HASH160;
import static dev.closeout.exchange.address.Addresses.SOL_USDC_MINT;
import static dev.closeout.exchange.address.Addresses.TAPROOT;
import static dev.closeout.exchange.address.Addresses.TRON_USDT;
import static dev.closeout.exchange.address.Addresses.assertAccepted;
import static dev.closeout.exchange.address.Addresses.assertRefused;
import static dev.closeout.exchange.address.Addresses.base58Check;
import static dev.closeout.exchange.address.Addresses.oneCharacterCorruptions;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.closeout.exchange.address.AddressCheck.Network;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Addresses of every network but Bitcoin's own (see BitcoinAddressCheckTest), and of one network
 * given for another: EIP-55 test vectors (copied from the specification), plus
 * well-known real addresses. Where a test corrupts an address, the expected outcome was computed
 * exhaustively, not guessed.
 */
class AddressCheckTest {

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
        void keccak256_gives_the_published_hashes_and_the_same_across_its_136_byte_blocks() {
            assertEquals("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45", keccak256Hex("abc"));
            assertEquals("4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15",
                    keccak256Hex("The quick brown fox jumps over the lazy dog"));
            // One byte short of a block, a whole block, one byte over: as Bouncy Castle 1.82's KeccakDigest gave them.
            assertEquals("34367dc248bbd832f4e3e69dfaac2f92638bd0bbd18f2912ba4ef454919cf446", keccak256Hex("a".repeat(135)));
            assertEquals("a6c4d403279fe3e0af03729caada8374b5ca54d8065329a3ebcaeb4b60aa386e", keccak256Hex("a".repeat(136)));
            assertEquals("d869f639c7046b4929fc92a4d988a8b22c55fbadb802c0c66ebcd484f1915f39", keccak256Hex("a".repeat(137)));
        }

        private static String keccak256Hex(String text) {
            return HexFormat.of().formatHex(AddressCheck.keccak256(text.getBytes(StandardCharsets.US_ASCII)));
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
}
