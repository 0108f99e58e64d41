package dev.closeout.exchange.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.AccountStatus;
import dev.closeout.account.UnknownPart;
import dev.closeout.account.UnknownPart.Part;
import dev.closeout.account.Wallet;
import dev.closeout.closure.Condition;
import dev.closeout.closure.Eligibility;
import dev.closeout.closure.ReadinessReport;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.binance.FakeBinance.Answer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A reading that fails is an {@code unknown} part with the reason in plain words, never a zero,
 * and the account is then not eligible; a failure that means "none" is none; a failure of the
 * whole connection is no snapshot at all.
 */
class BinanceWhatCannotBeReadTest {

    private final FakeBinance binance = FakeBinance.withSamples();

    {
        // The samples' On-chain Yields total is itself an Earn part Closeout cannot see into (see
        // BinanceOptionsAndOtherHoldingsTest); empty here, each test sees only the failure it causes.
        binance.route("GET", "/sapi/v1/onchain-yields/account", (request, call) -> Answer.ok(
                "{\"totalAmountInBTC\": \"0\", \"totalAmountInUSDT\": \"0\"}"));
    }

    @AfterEach
    void stop() {
        binance.close();
    }

    private List<String> unknown(AccountSnapshot snapshot) {
        return snapshot.unknown().stream().map(u -> u.part().key() + ": " + u.reason()).toList();
    }

    @Test
    void a_failed_Earn_reading_makes_Earn_unknown_and_the_account_not_eligible() throws Exception {
        binance.route("GET", "/sapi/v1/simple-earn/locked/position", (request, call) -> Answer.error(500, ""));

        AccountSnapshot snapshot = Binance.gateway(binance).snapshot();

        assertEquals(List.of("earn: Simple Earn locked positions: Binance had a problem of its own (HTTP 500); try again later."),
                unknown(snapshot));
        assertFalse(snapshot.walletTotals().stream().filter(t -> t.wallet() == Wallet.EARN).findFirst().orElseThrow().itemized());
        ReadinessReport report = Eligibility.evaluate(snapshot);
        assertFalse(report.eligible());
        assertTrue(report.conditions().stream().filter(c -> c.condition() == Condition.NO_ACTIVE_EARN).findFirst().orElseThrow()
                .findings().stream().anyMatch(f -> f.kind() == dev.closeout.closure.FindingKind.UNKNOWN));
    }

    @Test
    void on_an_account_that_is_not_a_master_account_not_enabled_means_no_sub_accounts() throws Exception {
        binance.route("GET", "/sapi/v1/sub-account/list",
                (request, call) -> Answer.error(400, FakeBinance.sample("error_sub-account_not_enabled.json")));

        AccountSnapshot snapshot = Binance.gateway(binance).snapshot();

        assertEquals(List.of(), snapshot.subAccounts());
        assertEquals(List.of(), snapshot.unknown());
    }

    @Test
    void a_key_refused_for_futures_makes_positions_and_futures_orders_unknown() throws Exception {
        for (String path : List.of("/fapi/v3/account", "/fapi/v1/openOrders", "/fapi/v1/openAlgoOrders")) {
            binance.route("GET", path, (request, call) -> Answer.error(401, FakeBinance.sample("error_-2015_rejected_mbx_key.json")));
        }

        AccountSnapshot snapshot = Binance.gateway(binance).snapshot();

        String key = "Binance refused the API key: the key is wrong, this computer's IP address is not on the key's whitelist,"
                + " or the key lacks the permission this needs.";
        assertEquals(List.of("positions: USDⓈ-M Futures account: " + key, "openOrders: USDⓈ-M Futures open orders: " + key,
                "openOrders: USDⓈ-M Futures conditional orders: " + key), unknown(snapshot));
    }

    @Test
    void futures_refused_on_an_account_that_never_opened_futures_means_none() throws Exception {
        binance.route("GET", "/sapi/v1/account/info", (request, call) -> Answer.ok(
                FakeBinance.sample("sapi_v1_account_info.json").replace("\"isFutureEnabled\": true", "\"isFutureEnabled\": false")));
        for (String path : List.of("/fapi/v3/account", "/fapi/v1/openOrders", "/fapi/v1/openAlgoOrders", "/dapi/v1/account",
                "/dapi/v1/openOrders", "/sapi/v1/algo/futures/openOrders")) {
            binance.route("GET", path, (request, call) -> Answer.error(400, "{\"code\": -4000, \"msg\": \"No futures account.\"}"));
        }

        AccountSnapshot snapshot = Binance.gateway(binance).snapshot();

        assertEquals(List.of(), snapshot.unknown());
        assertTrue(snapshot.positions().stream().allMatch(p -> p.wallet() == Wallet.OPTIONS), "no futures position");
    }

    @Test
    void an_answer_too_slow_is_unknown_with_the_time_waited() throws Exception {
        binance.delay("/sapi/v2/eth-staking/account", Duration.ofSeconds(3));

        AccountSnapshot snapshot = Binance.gateway(binance, Binance.timeout(Duration.ofMillis(700))).snapshot();

        assertEquals(List.of("staking: ETH staking: Binance did not answer within 0.7 seconds (127.0.0.1)."), unknown(snapshot));
    }

    @Test
    void an_answer_that_is_not_what_Binance_documents_is_unknown_rather_than_guessed() throws Exception {
        binance.route("GET", "/sapi/v1/margin/account", (request, call) -> Answer.ok("{\"userAssets\": [{\"asset\": \"BTC\", \"free\": \"lots\"}]}"));

        AccountSnapshot snapshot = Binance.gateway(binance).snapshot();

        assertEquals(List.of("balances: Cross Margin account: Binance's answer to GET /sapi/v1/margin/account is not shaped as"
                        + " Binance documents it (\"free\" is not a number), so Closeout cannot tell what it holds."),
                unknown(snapshot));
        assertFalse(snapshot.walletTotals().stream().filter(t -> t.wallet() == Wallet.CROSS_MARGIN).findFirst().orElseThrow().itemized());
    }

    @Test
    void a_wallet_Closeout_does_not_know_that_holds_something_is_unknown() throws Exception {
        binance.route("GET", "/sapi/v1/asset/wallet/balance", (request, call) -> Answer.ok(
                "[{\"activate\": true, \"balance\": \"0\", \"walletName\": \"Spot\"},"
                        + " {\"activate\": true, \"balance\": \"0.002\", \"walletName\": \"Pre-Market\"},"
                        + " {\"activate\": true, \"balance\": \"0\", \"walletName\": \"Alpha\"}]"));

        AccountSnapshot snapshot = Binance.gateway(binance).snapshot();

        assertEquals(List.of(new UnknownPart(Part.BALANCES,
                "Binance's \"Pre-Market\" wallet holds 0.002 BTC, and Closeout does not know this wallet")), snapshot.unknown());
    }

    @Test
    void an_account_status_other_than_Normal_is_one_that_cannot_be_closed_from() throws Exception {
        binance.route("GET", "/sapi/v1/account/status", (request, call) -> Answer.ok("{\"data\": \"Frozen\"}"));

        assertEquals(AccountStatus.FROZEN, Binance.gateway(binance).snapshot().profile().status());
    }

    @Test
    void a_key_refused_everywhere_gives_no_snapshot_but_the_reason() {
        binance.checkSignaturesWith((payload, signature) -> true);
        BinanceCredentials wrong = BinanceCredentials.hmac("wrong-key", FakeBinance.SECRET);
        BinanceGateway gateway = new BinanceGateway(new BinanceClient(binance.hosts(), wrong, BinanceClient.Settings.defaults()),
                wrong, dev.closeout.Snapshots.ENGLISH);

        ExchangeException e = assertThrows(ExchangeException.class, gateway::snapshot);

        assertEquals("binance.error.key", e.messageKey());
    }

    @Test
    void a_restricted_location_stops_the_whole_snapshot() {
        binance.route("GET", "/api/v3/account", (request, call) -> Answer.error(451, FakeBinance.sample("error_451_restricted_location.json")));

        ExchangeException e = assertThrows(ExchangeException.class, () -> Binance.gateway(binance).snapshot());

        assertEquals("binance.error.restrictedLocation", e.messageKey());
    }

    @Test
    void a_Binance_that_cannot_be_reached_says_so() {
        BinanceGateway gateway = Binance.gateway(binance);
        binance.close();

        ExchangeException e = assertThrows(ExchangeException.class, gateway::snapshot);

        assertEquals("binance.error.unreachable", e.messageKey());
        assertEquals("127.0.0.1", e.args().get(0));
    }
}
