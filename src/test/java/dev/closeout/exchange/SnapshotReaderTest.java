package dev.closeout.exchange;

import static dev.closeout.Snapshots.json;
import static dev.closeout.Snapshots.readError;
import static dev.closeout.Snapshots.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.Snapshots;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.AccountStatus;
import dev.closeout.account.Balance;
import dev.closeout.account.SnapshotSource;
import dev.closeout.account.Wallet;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Strict on types, required fields and known values; lenient on unknown properties; every error names its JSON path. */
class SnapshotReaderTest {

    private static void assertError(String path, String mentions, SnapshotFormatException e) {
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.getMessage().contains(mentions), () -> "should mention " + mentions + ": " + e.getMessage());
        assertTrue(e.getMessage().startsWith(path + ": "), e.getMessage());
    }

    @Test
    void a_whole_snapshot_reads_into_records_with_exact_decimals() {
        AccountSnapshot s = snapshot("""
                "source": "binance",
                "profile": { "accountId": "51007733", "email": "maria.k@example.com", "phone": null, "status": "ACTIVE",
                             "vipLevel": 1, "security": { "email": true, "sms": false } },
                "prices": { "BTC": "91250.00" },
                "balances": [ { "wallet": "CROSS_MARGIN", "asset": "USDT", "free": "40", "borrowed": "25", "interest": "0.0125" } ],
                "earn": [ { "id": "l", "product": "LOCKED", "asset": "ETH", "amount": "0.8", "maturesOn": "2027-01-12" } ]
                """);

        assertEquals(1, s.schemaVersion());
        assertEquals(SnapshotSource.BINANCE, s.source());
        assertEquals(Instant.parse("2026-11-24T09:30:00Z"), s.takenAt());
        assertEquals(AccountStatus.ACTIVE, s.profile().status());
        assertNull(s.profile().phone());
        assertEquals(1, s.profile().vipLevel());
        assertNull(s.profile().security().authenticator());
        assertEquals(new BigDecimal("91250.00"), s.prices().get("BTC"));
        assertEquals(new Balance(Wallet.CROSS_MARGIN, "USDT", new BigDecimal("40"), null, new BigDecimal("25"),
                new BigDecimal("0.0125"), null, null), s.balances().get(0));
        assertEquals(LocalDate.of(2027, 1, 12), s.earn().get(0).maturesOn());
    }

    @Test
    void exponent_forms_are_accepted_for_amounts() {
        Balance b = snapshot("""
                "balances": [ { "wallet": "SPOT", "asset": "BTC", "free": "1e-8", "locked": "2.5E+1" } ]
                """).balances().get(0);

        assertEquals(0, new BigDecimal("0.00000001").compareTo(b.free()));
        assertEquals(0, new BigDecimal("25").compareTo(b.locked()));
    }

    @Test
    void absent_lists_mean_empty_and_absent_prices_mean_none() {
        AccountSnapshot s = snapshot("");

        assertNull(s.source());
        assertTrue(s.prices().isEmpty());
        for (List<?> list : List.of(s.balances(), s.positions(), s.earn(), s.staking(), s.launchpool(), s.launchpad(),
                s.openOrders(), s.p2pOrders(), s.subAccounts(), s.pendingTransfers(), s.apiKeys(), s.recurringPlans(),
                s.walletTotals(), s.unknown())) {
            assertTrue(list.isEmpty());
        }
    }

    @Test
    void unknown_properties_are_ignored_at_every_level() {
        AccountSnapshot s = snapshot("""
                "futureFeature": { "anything": [1, 2, 3] },
                "profile": { "accountId": "1", "email": "ana@example.com", "status": "ACTIVE", "nickname": "ana" },
                "balances": [ { "wallet": "SPOT", "asset": "BTC", "free": "0.1", "colour": "orange", "free2": 7 } ]
                """);

        assertEquals(new BigDecimal("0.1"), s.balances().get(0).free());
        assertEquals("1", s.profile().accountId());
    }

    @Test
    void the_same_text_read_from_a_stream_gives_the_same_snapshot() throws Exception {
        String text = json("""
                "balances": [ { "wallet": "SPOT", "asset": "BTC", "free": "0.1" } ]
                """);

        assertEquals(Snapshots.reader().read(text),
                Snapshots.reader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    // What the reader refuses

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"this is not json", "{ \"schemaVersion\": 1,", "{} {}", "{\"a\": 1, \"a\": 2}"})
    void text_that_is_not_one_JSON_value_is_refused_without_a_path(String text) {
        SnapshotFormatException e = readError(text);

        assertNull(e.path());
        assertTrue(e.getMessage().startsWith("not valid JSON"), e.getMessage());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void an_empty_text_is_refused() {
        SnapshotFormatException e = readError("");

        assertNull(e.path());
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void JSON_that_is_not_an_object_is_refused_at_the_root() {
        assertError("$", "a list", readError("[]"));
    }

    @Test
    void a_number_where_a_decimal_string_is_required_names_the_path_and_the_number() {
        SnapshotFormatException e = readError(json("""
                "balances": [ { "wallet": "SPOT", "asset": "BTC", "free": 0.123 } ]
                """));

        assertError("$.balances[0].free", "0.123", e);
        assertTrue(e.problem().contains("string"), e.problem());
    }

    @Test
    void a_price_written_as_a_number_is_refused_at_its_path() {
        assertError("$.prices.BTC", "91250", readError(json("""
                "prices": { "BTC": 91250 }
                """)));
    }

    @Test
    void a_string_that_is_not_a_decimal_is_refused() {
        assertError("$.positions[0].quantity", "\"0,25\"", readError(json("""
                "positions": [ { "wallet": "USDM_FUTURES", "symbol": "ETHUSDT", "quantity": "0,25" } ]
                """)));
    }

    @Test
    void an_unknown_wallet_is_refused_and_the_known_ones_listed() {
        SnapshotFormatException e = readError(json("""
                "balances": [ { "wallet": "SPOTT", "asset": "BTC", "free": "1" } ]
                """));

        assertError("$.balances[0].wallet", "\"SPOTT\"", e);
        assertTrue(e.getMessage().contains("SPOT, FUNDING"), e.getMessage());
    }

    @Test
    void an_unknown_P2P_status_is_refused() {
        assertError("$.p2pOrders[1].status", "\"DISPUTED\"", readError(json("""
                "p2pOrders": [ { "id": "1", "status": "PAID" }, { "id": "2", "status": "DISPUTED" } ]
                """)));
    }

    @Test
    void an_unknown_source_is_refused() {
        assertError("$.source", "\"kraken\"", readError(json("\"source\": \"kraken\"")));
    }

    @Test
    void a_missing_profile_email_is_refused_at_its_path() {
        SnapshotFormatException e = readError(json("""
                "profile": { "accountId": "1", "status": "ACTIVE" }
                """));

        assertError("$.profile.email", "missing", e);
    }

    @Test
    void a_missing_asset_on_the_second_balance_is_refused_at_its_path() {
        assertError("$.balances[1].asset", "missing", readError(json("""
                "balances": [ { "wallet": "SPOT", "asset": "BTC", "free": "0" }, { "wallet": "SPOT", "free": "1" } ]
                """)));
    }

    @Test
    void a_required_field_set_to_null_is_refused() {
        assertError("$.balances[0].free", "null", readError(json("""
                "balances": [ { "wallet": "SPOT", "asset": "BTC", "free": null } ]
                """)));
    }

    @Test
    void a_missing_takenAt_is_refused() {
        String text = """
                { "schemaVersion": 1, "profile": { "accountId": "1", "email": "ana@example.com", "status": "ACTIVE" } }
                """;
        assertError("$.takenAt", "missing", readError(text));
    }

    @Test
    void a_missing_schemaVersion_is_refused() {
        String text = """
                { "takenAt": "2026-11-24T09:30:00Z", "profile": { "accountId": "1", "email": "a@example.com", "status": "ACTIVE" } }
                """;
        assertError("$.schemaVersion", "missing", readError(text));
    }

    @Test
    void a_future_schema_version_2_is_refused_as_newer_than_this_Closeout_reads() {
        SnapshotFormatException e = readError(json("\"schemaVersion\": 2"));

        assertError("$.schemaVersion", "schema version 2", e);
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void a_schema_version_written_as_a_string_is_refused() {
        assertError("$.schemaVersion", "\"1\"", readError(json("\"schemaVersion\": \"1\"")));
    }

    @Test
    void a_schema_version_too_large_for_an_int_is_refused_not_wrapped_to_1() {
        assertError("$.schemaVersion", "4294967297", readError(json("\"schemaVersion\": 4294967297")));
    }

    @Test
    void a_schema_version_of_0_is_refused_without_calling_it_newer() {
        SnapshotFormatException e = readError(json("\"schemaVersion\": 0"));

        assertEquals("$.schemaVersion", e.path());
        assertFalse(e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void a_futures_position_in_the_Spot_wallet_is_refused() {
        SnapshotFormatException e = readError(json("""
                "positions": [ { "wallet": "SPOT", "symbol": "BTCUSDT", "quantity": "1" } ]
                """));

        assertError("$.positions[0].wallet", "\"SPOT\"", e);
        assertTrue(e.getMessage().contains("USDM_FUTURES, COINM_FUTURES, OPTIONS"), e.getMessage());
    }

    @Test
    void EARN_is_a_wallet_total_not_a_balance_wallet() {
        assertError("$.balances[0].wallet", "\"EARN\"", readError(json("""
                "balances": [ { "wallet": "EARN", "asset": "USDT", "free": "1" } ]
                """)));
    }

    @Test
    void an_impossible_date_is_refused() {
        assertError("$.earn[0].maturesOn", "\"2027-02-30\"", readError(json("""
                "earn": [ { "id": "l", "product": "LOCKED", "asset": "ETH", "amount": "1", "maturesOn": "2027-02-30" } ]
                """)));
    }

    @Test
    void a_date_in_another_format_is_refused() {
        assertError("$.staking[0].releasesOn", "\"24.12.2026\"", readError(json("""
                "staking": [ { "id": "s", "product": "ETH_STAKING", "asset": "ETH", "amount": "1", "releasesOn": "24.12.2026" } ]
                """)));
    }

    @Test
    void a_takenAt_without_an_offset_is_refused() {
        assertError("$.takenAt", "\"2026-11-24T09:30:00\"", readError(json("\"takenAt\": \"2026-11-24T09:30:00\"")));
    }

    @Test
    void a_lower_case_asset_symbol_is_refused() {
        assertError("$.balances[0].asset", "\"btc\"", readError(json("""
                "balances": [ { "wallet": "SPOT", "asset": "btc", "free": "1" } ]
                """)));
    }

    @Test
    void a_list_that_is_not_a_list_is_refused() {
        assertError("$.openOrders", "an object", readError(json("\"openOrders\": { \"id\": \"1\" }")));
    }

    @Test
    void itemized_must_be_true_or_false() {
        assertError("$.walletTotals[0].itemized", "\"no\"", readError(json("""
                "walletTotals": [ { "wallet": "TRADING_BOT", "btcValue": "0", "itemized": "no" } ]
                """)));
    }

    @Test
    void a_short_email_is_refused() {
        assertError("$.profile.email", "\"a@\"", readError(json("""
                "profile": { "accountId": "1", "email": "a@", "status": "ACTIVE" }
                """)));
    }

    // Hostile input: bounded where it enters, refused at its path, never a stack trace or minutes of work.

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "5e-40000000", "1e-49", "1e36"})
    void an_amount_no_money_has_is_refused_at_its_path_with_the_bounds(String amount) {
        assertError("$.balances[0].free", "at most 36 digits before the point and 48 after it",
                readError(json("\"balances\": [ { \"wallet\": \"SPOT\", \"asset\": \"BTC\", \"free\": \"" + amount + "\" } ]")));
    }

    @Test
    void an_amount_of_a_million_digits_is_refused_as_too_long_at_its_path() {
        SnapshotFormatException e = readError(json("\"prices\": { \"BTC\": \"" + "9".repeat(900_000) + "\" }"));
        assertError("$.prices.BTC", "900000 characters is longer than the 64", e);
        assertTrue(e.getMessage().length() < 200, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "2026-11-24T09:30Z"})
    void a_moment_beyond_four_digit_years_or_without_seconds_is_refused(String takenAt) {
        assertError("$.takenAt", "RFC 3339", readError(json("\"takenAt\": \"" + takenAt + "\"")));
    }

    @Test
    void a_date_in_the_year_999999999_is_refused() {
        assertError("$.earn[0].maturesOn", "RFC 3339", readError(json("""
                "earn": [ { "id": "l", "product": "LOCKED", "asset": "ETH", "amount": "0.8", "maturesOn": "+999999999-12-31" } ]""")));
    }

    @Test
    void JSON_nested_deeper_than_any_snapshot_is_refused_without_a_stack_overflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        SnapshotFormatException e = readError(json("\"unknown\": " + "[".repeat(100) + "]".repeat(100)));
        assertTrue(e.getMessage().contains("not valid JSON") && e.getMessage().contains("nesting depth"), e.getMessage());
        assertTrue(readError(deep).getMessage().contains("not valid JSON"));
    }

    @Test
    void a_JSON_number_of_thousands_of_digits_is_refused_as_not_JSON() {
        SnapshotFormatException e = readError(json("\"schemaVersion\": 1").replace("\"schemaVersion\":1", "\"schemaVersion\":" + "1".repeat(5_000)));
        assertTrue(e.getMessage().contains("not valid JSON") && e.getMessage().contains("Number value length"), e.getMessage());
    }

    @Test
    void a_JSON_number_whose_exponent_no_decimal_holds_is_refused_as_not_JSON() {
        SnapshotFormatException e = readError(json("\"schemaVersion\": 1").replace("\"schemaVersion\":1", "\"schemaVersion\":1.0E+2147483648"));
        assertTrue(e.getMessage().startsWith("not valid JSON: a number in the file is beyond any range"), e.getMessage());
    }
}
