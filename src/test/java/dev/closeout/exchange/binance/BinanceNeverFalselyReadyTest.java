package dev.closeout.exchange.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.P2pOrder;
import dev.closeout.account.UnknownPart;
import dev.closeout.account.Wallet;
import dev.closeout.account.WalletTotal;
import dev.closeout.closure.Condition;
import dev.closeout.closure.Eligibility;
import dev.closeout.closure.FindingKind;
import dev.closeout.closure.Fix;
import dev.closeout.closure.ReadinessReport;
import dev.closeout.exchange.SideReading;
import dev.closeout.exchange.binance.FakeBinance.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An account Binance would still refuse to close is never called ready: an appeal older than a
 * month, a list Binance left out, a wallet whose items fall short of Binance's own total. Each
 * starts from an account with nothing left in it, which Closeout rightly calls ready.
 */
class BinanceNeverFalselyReadyTest {

    private final FakeBinance binance = FakeBinance.withSamples();

    {
        binance.emptyAccount();
    }

    @AfterEach
    void stop() {
        binance.close();
    }

    private AccountSnapshot snapshot() throws Exception {
        return Binance.gateway(binance).snapshot();
    }

    private static String p2pOrder(String number, String status, Instant created) {
        return "{\"code\": \"000000\", \"message\": \"success\", \"data\": [{\"orderNumber\": \"" + number + "\", \"tradeType\": \"SELL\","
                + " \"asset\": \"USDT\", \"fiat\": \"EUR\", \"amount\": \"250.00\", \"orderStatus\": \"" + status + "\","
                + " \"createTime\": " + created.toEpochMilli() + "}], \"total\": 1, \"success\": true}";
    }

    @Test
    void the_empty_account_is_ready() throws Exception {
        AccountSnapshot snapshot = snapshot();

        assertEquals(List.of(), snapshot.unknown());
        assertTrue(Eligibility.evaluate(snapshot).eligible());
    }

    @Test
    void an_order_under_appeal_since_45_days_still_blocks_closure() throws Exception {
        Instant opened = Instant.now().minus(Duration.ofDays(45));
        binance.route("GET", FakeBinance.P2P, (request, call) -> {
            long start = Long.parseLong(request.param("startTimestamp"));
            long end = Long.parseLong(request.param("endTimestamp"));
            // Binance answers each window with the orders created in it.
            return Answer.ok(start <= opened.toEpochMilli() && opened.toEpochMilli() <= end
                    ? p2pOrder("20219644646554779648", "IN_APPEAL", opened) : FakeBinance.NO_P2P_ORDERS);
        });

        AccountSnapshot snapshot = snapshot();

        assertEquals(List.of("20219644646554779648"), snapshot.p2pOrders().stream().map(P2pOrder::id).toList());
        assertEquals(P2pOrder.Status.APPEALING, snapshot.p2pOrders().get(0).status());
        ReadinessReport report = Eligibility.evaluate(snapshot);
        assertFalse(report.eligible());
        assertFalse(report.result(Condition.NO_OPEN_P2P).met());
    }

    @Test
    void an_order_five_months_old_and_still_unpaid_is_found_too() throws Exception {
        Instant opened = Instant.now().minus(Duration.ofDays(150));
        binance.route("GET", FakeBinance.P2P, (request, call) -> Answer.ok(
                Long.parseLong(request.param("startTimestamp")) <= opened.toEpochMilli()
                        && opened.toEpochMilli() <= Long.parseLong(request.param("endTimestamp"))
                        ? p2pOrder("1", "TRADING", opened) : FakeBinance.NO_P2P_ORDERS));

        assertEquals(List.of(P2pOrder.Status.PENDING_PAYMENT), snapshot().p2pOrders().stream().map(P2pOrder::status).toList());
    }

    /** A reading of a list, with the answer of an empty account that carries it, and the path to the list in it. */
    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("GET", "/api/v3/account", "{\"uid\": 1, \"balances\": []}", "balances", UnknownPart.Part.BALANCES),
                Arguments.of("POST", "/sapi/v3/asset/getUserAsset", "[]", null, UnknownPart.Part.BALANCES),
                Arguments.of("POST", "/sapi/v1/asset/get-funding-asset", "[]", null, UnknownPart.Part.BALANCES),
                Arguments.of("GET", "/sapi/v1/asset/wallet/balance", "[]", null, UnknownPart.Part.BALANCES),
                Arguments.of("GET", "/sapi/v1/margin/account", "{\"userAssets\": []}", "userAssets", UnknownPart.Part.BALANCES),
                Arguments.of("GET", "/sapi/v1/margin/isolated/account", "{\"assets\": []}", "assets", UnknownPart.Part.BALANCES),
                Arguments.of("GET", "/fapi/v3/account", "{\"assets\": [], \"positions\": []}", "positions", UnknownPart.Part.POSITIONS),
                Arguments.of("GET", "/dapi/v1/account", "{\"assets\": [], \"positions\": []}", "assets", UnknownPart.Part.POSITIONS),
                Arguments.of("GET", "/eapi/v1/marginAccount", "{\"asset\": []}", "asset", UnknownPart.Part.BALANCES),
                Arguments.of("GET", "/eapi/v1/position", "[]", null, UnknownPart.Part.POSITIONS),
                Arguments.of("GET", "/api/v3/openOrders", "[]", null, UnknownPart.Part.OPEN_ORDERS),
                Arguments.of("GET", "/api/v3/openOrderList", "[]", null, UnknownPart.Part.OPEN_ORDERS),
                Arguments.of("GET", "/fapi/v1/openOrders", "[]", null, UnknownPart.Part.OPEN_ORDERS),
                Arguments.of("GET", "/fapi/v1/openAlgoOrders", "[]", null, UnknownPart.Part.OPEN_ORDERS),
                Arguments.of("GET", "/dapi/v1/openOrders", "[]", null, UnknownPart.Part.OPEN_ORDERS),
                Arguments.of("GET", "/eapi/v1/openOrders", "[]", null, UnknownPart.Part.OPEN_ORDERS),
                Arguments.of("GET", "/sapi/v1/algo/spot/openOrders", "{\"total\": 1, \"orders\": []}", "orders", UnknownPart.Part.OPEN_ORDERS),
                Arguments.of("GET", "/sapi/v1/algo/futures/openOrders", "{\"total\": 1, \"orders\": []}", "orders",
                        UnknownPart.Part.OPEN_ORDERS),
                Arguments.of("GET", "/sapi/v1/convert/limit/queryOpenOrders", "{\"list\": []}", "list", UnknownPart.Part.OPEN_ORDERS),
                Arguments.of("GET", "/sapi/v1/simple-earn/flexible/position", "{\"rows\": [], \"total\": 1}", "rows", UnknownPart.Part.EARN),
                Arguments.of("GET", "/sapi/v1/simple-earn/locked/position", "{\"rows\": [], \"total\": 1}", "rows", UnknownPart.Part.EARN),
                Arguments.of("GET", "/sapi/v1/dci/product/positions", "{\"total\": 1, \"list\": []}", "list", UnknownPart.Part.EARN),
                Arguments.of("GET", FakeBinance.P2P, "{\"code\": \"000000\", \"data\": [], \"total\": 1, \"success\": true}", "data",
                        UnknownPart.Part.P2P_ORDERS),
                Arguments.of("GET", "/sapi/v1/sub-account/list", "{\"subAccounts\": []}", "subAccounts", UnknownPart.Part.SUB_ACCOUNTS),
                Arguments.of("GET", "/sapi/v1/capital/deposit/hisrec", "[]", null, UnknownPart.Part.PENDING_TRANSFERS));
    }

    /** The same answer with its list absent, null, or something else in its place (or, for an answer that is the list, not one). */
    private static List<String> broken(String answer, String field) throws Exception {
        if (field == null) {
            return List.of("{}", "null", "{\"list\": []}");
        }
        ObjectNode absent = (ObjectNode) BinanceClient.JSON.readTree(answer);
        absent.remove(field);
        ObjectNode nulled = (ObjectNode) BinanceClient.JSON.readTree(answer);
        nulled.putNull(field);
        ObjectNode other = (ObjectNode) BinanceClient.JSON.readTree(answer);
        other.put(field, "none");
        return List.of(absent.toString(), nulled.toString(), other.toString());
    }

    @ParameterizedTest(name = "{1} without its list")
    @MethodSource("lists")
    void a_list_Binance_leaves_out_is_unknown_never_none(String method, String path, String answer, String field, UnknownPart.Part part)
            throws Exception {
        for (String odd : broken(answer, field)) {
            binance.route(method, path, (request, call) -> Answer.ok(odd));

            AccountSnapshot snapshot = snapshot();

            assertTrue(snapshot.unknown().stream().anyMatch(u -> u.part() == part && u.reason().contains("not shaped as Binance documents")),
                    odd + " → " + snapshot.unknown());
            assertFalse(Eligibility.evaluate(snapshot).eligible(), odd);
        }
    }

    @Test
    void a_page_that_says_its_total_is_zero_may_leave_its_list_out() throws Exception {
        binance.route("GET", "/sapi/v1/simple-earn/flexible/position", (request, call) -> Answer.ok("{\"total\": 0}"));

        AccountSnapshot snapshot = snapshot();

        assertEquals(List.of(), snapshot.unknown());
        assertTrue(Eligibility.evaluate(snapshot).eligible());
    }

    @Test
    void recurring_plans_that_cannot_be_read_are_said_to_be_unread_never_none() throws Exception {
        binance.route("GET", "/sapi/v1/lending/auto-invest/plan/list", (request, call) -> Answer.ok("{\"planValueInUSD\": \"0\"}"));
        BinanceGateway gateway = Binance.gateway(binance);

        AccountSnapshot snapshot = gateway.snapshot();

        assertEquals(List.of(), snapshot.recurringPlans());
        assertEquals(java.util.Set.of(SideReading.RECURRING_PLANS), gateway.unreadLastTime());
    }

    @Test
    void a_funding_total_the_items_do_not_cover_is_to_check_on_Binance() throws Exception {
        binance.walletHolds("Funding", "0.02");

        AccountSnapshot snapshot = snapshot();

        WalletTotal funding = snapshot.walletTotals().stream().filter(t -> t.wallet() == Wallet.FUNDING).findFirst().orElseThrow();
        assertFalse(funding.itemized(), "Binance counts 0.02 BTC in Funding; Closeout sees nothing there");
        ReadinessReport report = Eligibility.evaluate(snapshot);
        assertFalse(report.eligible());
        assertTrue(report.blockers().stream().anyMatch(f -> f.kind() == FindingKind.WALLET_TOTAL && f.wallet() == Wallet.FUNDING
                && f.fix() == Fix.CHECK_ON_EXCHANGE));
    }

    /** Binance counts 0.02 BTC in Funding, whose item list holds {@code amount} of {@code asset}; the snapshot then taken. */
    private AccountSnapshot fundingOf(String asset, String amount) throws Exception {
        binance.walletHolds("Funding", "0.02");
        binance.route("POST", "/sapi/v1/asset/get-funding-asset", (request, call) -> Answer.ok("[{\"asset\": \"" + asset + "\", \"free\": \""
                + amount + "\", \"locked\": \"0\", \"freeze\": \"0\", \"withdrawing\": \"0\"}]"));
        return snapshot();
    }

    private static boolean fundingItemized(AccountSnapshot snapshot) {
        return snapshot.walletTotals().stream().filter(t -> t.wallet() == Wallet.FUNDING).findFirst().orElseThrow().itemized();
    }

    @Test
    void items_that_account_for_the_total_leave_the_wallet_itemized() throws Exception {
        // 0.0195 BTC of items for Binance's 0.02: a gap of 2.5 %, within what valuations differ by.
        AccountSnapshot snapshot = fundingOf("BTC", "0.0195");

        assertTrue(fundingItemized(snapshot));
        assertFalse(Eligibility.evaluate(snapshot).eligible(), "the 0.0195 BTC itself is still there to move");
    }

    @Test
    void an_item_without_a_price_is_of_unknown_worth_not_of_none() throws Exception {
        assertTrue(fundingItemized(fundingOf("NOPRICE", "41")), "the 41 NOPRICE may be what Binance counts");
    }

    @Test
    void a_read_only_key_still_checks_everything_else_and_names_the_switch_that_would_show_the_rest() throws Exception {
        binance.keySwitches(false);

        AccountSnapshot snapshot = snapshot();

        List<String> reasons = snapshot.unknown().stream().map(UnknownPart::reason).toList();
        assertEquals(2, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).startsWith("Binance's wallet totals: this API key has Binance's \"Permits Universal Transfer\" switch off"),
                reasons.get(0));
        assertTrue(reasons.get(0).contains("https://www.binance.com/en/my/settings/api-management"), reasons.get(0));
        assertTrue(reasons.get(1).contains("\"Enable Futures\""), reasons.get(1));
        assertFalse(Eligibility.evaluate(snapshot).eligible());
    }

    @Test
    void futures_algo_orders_need_no_switch_on_an_account_that_never_opened_futures() throws Exception {
        binance.keySwitches(false);
        binance.route("GET", "/sapi/v1/account/info", (request, call) -> Answer.ok(
                FakeBinance.sample("sapi_v1_account_info.json").replace("\"isFutureEnabled\": true", "\"isFutureEnabled\": false")));

        List<UnknownPart.Part> unknown = snapshot().unknown().stream().map(UnknownPart::part).toList();

        assertEquals(List.of(UnknownPart.Part.BALANCES), unknown, "only the wallet totals' switch is missing");
    }

    @Test
    void where_Binance_answers_without_the_switch_the_answer_is_used() throws Exception {
        binance.keySwitches(false);
        binance.noSwitchNeeded("/sapi/v1/asset/wallet/balance");
        binance.route("GET", "/sapi/v1/asset/wallet/balance", (request, call) -> Answer.ok(
                FakeBinance.sample("sapi_v1_asset_wallet_balance.json").replace("0.71842752", "0")));

        AccountSnapshot snapshot = snapshot();

        assertEquals(10, snapshot.walletTotals().size());
        assertTrue(snapshot.unknown().stream().noneMatch(u -> u.part() == UnknownPart.Part.BALANCES), snapshot.unknown().toString());
    }

    @Test
    void a_paged_reading_whose_total_no_pages_could_hold_is_unknown() throws Exception {
        binance.route("GET", "/sapi/v1/simple-earn/locked/position", (request, call) -> Answer.ok(
                "{\"rows\": [], \"total\": 1000000000000}"));

        AccountSnapshot snapshot = snapshot();

        assertTrue(snapshot.unknown().stream().anyMatch(u -> u.part() == UnknownPart.Part.EARN && u.reason().contains("1000000000000")),
                snapshot.unknown().toString());
        assertTrue(binance.requests("/sapi/v1/simple-earn/locked/position").size() == 1, "no page beyond the first was asked");
    }

    @Test
    void a_server_that_repeats_a_full_page_makes_the_reading_unknown_instead_of_doubling_it() throws Exception {
        String page = "{\"subAccounts\": [" + String.join(",", java.util.Collections.nCopies(200,
                "{\"email\": \"same@example.com\", \"isFreeze\": false, \"createTime\": 1544433328000}")) + "]}";
        binance.route("GET", "/sapi/v1/sub-account/list", (request, call) -> Answer.ok(page));

        AccountSnapshot snapshot = snapshot();

        assertEquals(List.of(), snapshot.subAccounts());
        assertTrue(snapshot.unknown().stream().anyMatch(u -> u.part() == UnknownPart.Part.SUB_ACCOUNTS
                && u.reason().contains("page 2 repeats page 1")), snapshot.unknown().toString());
        assertEquals(2, binance.requests("/sapi/v1/sub-account/list").size());
    }

    @Test
    void a_server_that_pages_without_end_is_stopped_at_the_last_page_Closeout_reads() throws Exception {
        binance.route("GET", "/sapi/v1/sub-account/list", (request, call) -> {
            int at = Integer.parseInt(request.param("page"));
            JsonNode subs = BinanceClient.JSON.createArrayNode();
            for (int i = 0; i < 200; i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) subs).addObject().put("email", at + "-" + i + "@example.com")
                        .put("isFreeze", false);
            }
            return Answer.ok("{\"subAccounts\": " + subs + "}");
        });

        AccountSnapshot snapshot = snapshot();

        assertTrue(snapshot.unknown().stream().anyMatch(u -> u.part() == UnknownPart.Part.SUB_ACCOUNTS
                && u.reason().contains("past page " + SnapshotReader.MOST_PAGES)), snapshot.unknown().toString());
        assertEquals(SnapshotReader.MOST_PAGES, binance.requests("/sapi/v1/sub-account/list").size());
    }
}
