package dev.closeout.exchange.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.Wallet;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.binance.FakeBinance.Answer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fixes Binance lets a key do, sent only when the key may; everything else handed to binance.com. */
class BinanceFixesTest {

    private final FakeBinance binance = FakeBinance.withSamples();
    private final BinanceGateway gateway = Binance.gateway(binance);

    @AfterEach
    void stop() {
        binance.close();
    }

    @Test
    void a_spot_order_is_cancelled_by_its_symbol_and_id() throws Exception {
        binance.keyMayTrade();
        binance.route("DELETE", "/api/v3/order", (request, call) -> Answer.ok("{\"status\": \"CANCELED\"}"));

        ActionResult result = gateway.perform(new AccountAction.CancelOrder("1"));

        assertEquals(ActionResult.done("action.binance.orderCancelled", "1", "LTCBTC"), result);
        FakeBinance.Request sent = binance.requests("/api/v3/order").get(0);
        assertEquals("DELETE", sent.method());
        assertEquals("LTCBTC", sent.param("symbol"));
        assertEquals("1", sent.param("orderId"));
    }

    @Test
    void futures_and_conditional_orders_are_cancelled_where_they_live() throws Exception {
        binance.keyMayTrade();
        binance.route("DELETE", "/fapi/v1/order", (request, call) -> Answer.ok("{}"));
        binance.route("DELETE", "/fapi/v1/algoOrder", (request, call) -> Answer.ok("{}"));

        assertTrue(gateway.perform(new AccountAction.CancelOrder("usdm-1917641")).accepted());
        assertTrue(gateway.perform(new AccountAction.CancelOrder("usdm-conditional-2148627")).accepted());

        assertEquals("1917641", binance.requests("/fapi/v1/order").get(0).param("orderId"));
        assertEquals("BTCUSDT", binance.requests("/fapi/v1/order").get(0).param("symbol"));
        assertEquals("2148627", binance.requests("/fapi/v1/algoOrder").get(0).param("algoId"));
    }

    @Test
    void an_options_order_is_cancelled_at_the_options_host_and_a_Convert_order_by_its_id() throws Exception {
        binance.keyMayTrade();
        binance.route("DELETE", "/eapi/v1/order", (request, call) -> Answer.ok("{}"));
        binance.route("POST", "/sapi/v1/convert/limit/cancelOrder", (request, call) -> Answer.ok("{}"));

        assertEquals(ActionResult.done("action.binance.orderCancelled", "options-4611875134427365377", "BTC-200730-9000-C"),
                gateway.perform(new AccountAction.CancelOrder("options-4611875134427365377")));
        assertTrue(gateway.perform(new AccountAction.CancelOrder("convert-1150901289839")).accepted());

        FakeBinance.Request options = binance.requests("/eapi/v1/order").get(0);
        assertEquals("BTC-200730-9000-C", options.param("symbol"));
        assertEquals("4611875134427365377", options.param("orderId"));
        assertEquals("1150901289839", binance.requests("/sapi/v1/convert/limit/cancelOrder").get(0).param("orderId"));
    }

    @Test
    void a_read_only_key_is_told_which_permission_to_turn_on_and_nothing_is_sent() throws Exception {
        binance.keySwitches(false);
        assertEquals(ActionResult.refused("action.binance.needsTrading"), gateway.perform(new AccountAction.CancelOrder("1")));
        assertEquals(ActionResult.refused("action.binance.needsFutures"), gateway.perform(new AccountAction.CancelOrder("coinm-1917641")));
        assertEquals(ActionResult.refused("action.binance.needsOptions"),
                gateway.perform(new AccountAction.CancelOrder("options-4611875134427365377")));
        assertEquals(ActionResult.refused("action.binance.needsTrading"),
                gateway.perform(new AccountAction.CancelOrder("convert-1150901289839")));
        assertEquals(ActionResult.refused("action.binance.needsTrading"), gateway.perform(new AccountAction.ConvertDust(Set.of())));
        assertEquals(ActionResult.refused("action.binance.needsTrading"), gateway.perform(new AccountAction.RedeemEarn("USDT001")));

        assertEquals(List.of(), binance.changesSent());
    }

    @Test
    void an_order_Binance_no_longer_has_is_refused_in_Binances_words() throws Exception {
        binance.keyMayTrade();
        binance.route("DELETE", "/api/v3/order", (request, call) -> Answer.error(400, "{\"code\": -2011, \"msg\": \"Unknown order sent.\"}"));

        assertEquals(ActionResult.refused("action.binance.refused", "-2011", "Unknown order sent."),
                gateway.perform(new AccountAction.CancelOrder("1")));
        assertEquals(ActionResult.refused("action.binance.orderGone", "42"), gateway.perform(new AccountAction.CancelOrder("42")));
    }

    @Test
    void cancelling_every_order_cancels_each_kind_at_its_own_endpoint() throws Exception {
        binance.keyMayTrade();
        for (String path : List.of("/api/v3/order", "/api/v3/orderList", "/fapi/v1/order", "/fapi/v1/algoOrder", "/dapi/v1/order",
                "/sapi/v1/algo/spot/order", "/sapi/v1/algo/futures/order", "/eapi/v1/order")) {
            binance.route("DELETE", path, (request, call) -> Answer.ok("{}"));
        }
        binance.route("POST", "/sapi/v1/convert/limit/cancelOrder",
                (request, call) -> Answer.ok("{\"orderId\": 1150901289839, \"status\": \"CANCELED\"}"));

        assertEquals(ActionResult.done("action.binance.ordersCancelled", "9"), gateway.perform(new AccountAction.CancelAllOrders()));

        assertEquals(9, binance.changesSent().size());
        assertEquals("31", binance.requests("/api/v3/orderList").get(0).param("orderListId"));
    }

    /** Cross margin holds an OCO's two legs (list 77) and one order of its own. */
    private void marginOco() {
        binance.route("GET", "/sapi/v1/margin/account", (request, call) -> Answer.ok(
                FakeBinance.sample("sapi_v1_margin_account.json").replace("\"locked\": \"0.00000000\",\n      \"netAsset\": \"0.00499500\"",
                        "\"locked\": \"0.001\",\n      \"netAsset\": \"0.00499500\"")));
        binance.route("GET", "/sapi/v1/margin/openOrders", (request, call) -> Answer.ok(request.param("symbol") != null ? "[]" : """
                [ {"symbol": "BNBBTC", "orderId": 501, "orderListId": 77, "isIsolated": false, "side": "SELL", "type": "STOP_LOSS_LIMIT",
                   "price": "0.0040", "origQty": "1.5", "executedQty": "0", "time": 1764000000000},
                  {"symbol": "BNBBTC", "orderId": 502, "orderListId": 77, "isIsolated": false, "side": "SELL", "type": "LIMIT_MAKER",
                   "price": "0.0060", "origQty": "1.5", "executedQty": "0", "time": 1764000000000},
                  {"symbol": "BNBBTC", "orderId": 503, "orderListId": -1, "isIsolated": false, "side": "BUY", "type": "LIMIT",
                   "price": "0.0030", "origQty": "2", "executedQty": "0", "time": 1764000000001} ]"""));
    }

    @Test
    void a_margin_ocos_two_legs_are_one_order_to_cancel_and_go_as_one_list() throws Exception {
        binance.keyMayTrade();
        marginOco();
        binance.route("DELETE", "/sapi/v1/margin/orderList", (request, call) -> Answer.ok("{\"orderListId\": 77, \"contingencyType\": \"OCO\"}"));

        List<String> margin = gateway.snapshot().openOrders().stream().filter(o -> o.market() == Wallet.CROSS_MARGIN)
                .map(o -> o.id() + " " + o.type() + " " + o.side() + " " + o.quantity()).toList();
        ActionResult result = gateway.perform(new AccountAction.CancelOrder("margin-list-77"));

        assertEquals(List.of("margin-503 LIMIT BUY 2", "margin-list-77 OTHER SELL 1.5"), margin.stream().sorted().toList());
        assertEquals(ActionResult.done("action.binance.orderCancelled", "margin-list-77", "BNBBTC"), result);
        FakeBinance.Request sent = binance.requests("/sapi/v1/margin/orderList").get(0);
        assertEquals("DELETE", sent.method());
        assertEquals(List.of("BNBBTC", "FALSE", "77"), List.of(sent.param("symbol"), sent.param("isIsolated"), sent.param("orderListId")));
        assertEquals(List.of("DELETE /sapi/v1/margin/orderList"), binance.changesSent(), "neither leg is cancelled on its own");
    }

    @Test
    void cancelling_every_margin_order_cancels_the_list_once_and_the_order_of_its_own_once() throws Exception {
        binance.keyMayTrade();
        marginOco();
        for (String path : List.of("/api/v3/order", "/api/v3/orderList", "/fapi/v1/order", "/fapi/v1/algoOrder", "/dapi/v1/order",
                "/sapi/v1/algo/spot/order", "/sapi/v1/algo/futures/order", "/eapi/v1/order", "/sapi/v1/margin/order",
                "/sapi/v1/margin/orderList")) {
            binance.route("DELETE", path, (request, call) -> Answer.ok("{}"));
        }
        binance.route("POST", "/sapi/v1/convert/limit/cancelOrder", (request, call) -> Answer.ok("{}"));

        assertTrue(gateway.perform(new AccountAction.CancelAllOrders()).accepted());

        assertEquals(List.of("77"), binance.requests("/sapi/v1/margin/orderList").stream().map(r -> r.param("orderListId")).toList());
        assertEquals(List.of("503"), binance.requests("/sapi/v1/margin/order").stream().map(r -> r.param("orderId")).toList());
    }

    @Test
    void dust_is_converted_to_BNB_for_the_balances_Binance_lists_as_convertible() throws Exception {
        binance.keyMayTrade();

        ActionResult result = gateway.perform(new AccountAction.ConvertDust(Set.of()));

        assertEquals(ActionResult.done("action.binance.dustConverted", "3", "1.05127099"), result);
        assertEquals(List.of("POST /sapi/v1/asset/dust"), binance.changesSent());
        assertEquals(2, binance.requests("/sapi/v1/asset/dust-btc").size(), "the list is read again, as it is now, before converting");
        assertEquals("ADA", binance.requests("/sapi/v1/asset/dust").get(0).param("asset"));
    }

    @Test
    void dust_converted_too_recently_is_refused_in_plain_words() throws Exception {
        binance.keyMayTrade();
        binance.route("POST", "/sapi/v1/asset/dust",
                (request, call) -> Answer.error(400, "{\"code\": -5006, \"msg\": \"Only transfer once in 24 hours.\"}"));

        assertEquals(ActionResult.refused("action.binance.dustTooSoon"), gateway.perform(new AccountAction.ConvertDust(Set.of())));
        assertEquals(ActionResult.refused("action.binance.noDust"), gateway.perform(new AccountAction.ConvertDust(Set.of("XRP"))));
    }

    @Test
    void flexible_Earn_is_redeemed_whole_and_locked_Earn_is_left_to_binance_com() throws Exception {
        binance.keyMayTrade();

        assertEquals(ActionResult.done("action.binance.earnRedeemed", "75.46000000", "USDT"),
                gateway.perform(new AccountAction.RedeemEarn("USDT001")));
        assertEquals(ActionResult.unsupported(), gateway.perform(new AccountAction.RedeemEarn("123123")));

        FakeBinance.Request sent = binance.requests("/sapi/v1/simple-earn/flexible/redeem").get(0);
        assertEquals("USDT001", sent.param("productId"));
        assertEquals("true", sent.param("redeemAll"));
        assertEquals(List.of("POST /sapi/v1/simple-earn/flexible/redeem"), binance.changesSent());
    }

    @Test
    void withdrawals_closing_freezing_verification_and_bots_are_never_done_through_Closeout() throws Exception {
        binance.keyMayTrade();

        for (AccountAction action : List.of(new AccountAction.Withdraw("BTC", "BTC", "bc1q", BigDecimal.ONE),
                new AccountAction.StopBot("1"), new AccountAction.ClosePosition(Wallet.USDM_FUTURES, "BTCUSDT"),
                new AccountAction.Unstake("eth-staking"), new AccountAction.CloseSubAccount("testsub@gmail.com"),
                new AccountAction.CloseFuturesAccount())) {
            assertEquals(ActionResult.unsupported(), gateway.perform(action), action.toString());
        }
        assertEquals(ActionResult.unsupported(), gateway.requestClosure());
        assertEquals(ActionResult.unsupported(), gateway.requestFreeze("holiday"));
        assertEquals(ActionResult.unsupported(), gateway.sendCode(dev.closeout.exchange.VerificationMethod.EMAIL));
        assertEquals(List.of(), binance.changesSent());
    }
}
