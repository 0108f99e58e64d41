package dev.closeout.exchange.address;

import static dev.closeout.exchange.address.AddressCheck.Network.BTC;
import static dev.closeout.exchange.address.AddressCheck.Problem.BAD_CHECKSUM;
import static dev.closeout.exchange.address.AddressCheck.Problem.WRONG_FORMAT;
import static dev.closeout.exchange.address.AddressCheck.Problem.WRONG_NETWORK;
import static dev.closeout.exchange.address.Addresses.BASE58;
import static dev.closeout.exchange.address.Addresses.BECH32_CHARSET;
import static dev.closeout.exchange.address.Addresses.P2SH;
import static dev.closeout.exchange.address.Addresses.P2WPKH;
import static dev.closeout.exchange.address.Addresses.SATOSHI;
import static dev.closeout.exchange.address.Addresses.SATOSHI_HASH160;
import static dev.closeout.exchange.address.Addresses.TAPROOT;
import static dev.closeout.exchange.address.Addresses.assertAccepted;
import static dev.closeout.exchange.address.Addresses.assertRefused;
import static dev.closeout.exchange.address.Addresses.base58Check;
import static dev.closeout.exchange.address.Addresses.oneCharacterCorruptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.closeout.exchange.address.AddressCheck.Problem;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bitcoin addresses, legacy (Base58Check) and SegWit (Bech32, Bech32m): test vectors from
 * BIP-173 and BIP-350 (copied from the specifications) plus well-known real addresses. Where a
 * test corrupts an address, the expected outcome was computed exhaustively, not guessed.
 */
class BitcoinAddressCheckTest {

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
}
