package dev.closeout.exchange.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.EarnPosition;
import dev.closeout.account.OpenOrder;
import dev.closeout.account.P2pOrder;
import dev.closeout.account.Wallet;
import dev.closeout.exchange.binance.FakeBinance.Answer;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Answers that come in pages, and readings asked only when an earlier answer calls for them. */
class BinancePagesAndFollowUpsTest {

    private final FakeBinance binance = FakeBinance.withSamples();

    @AfterEach
    void stop() {
        binance.close();
    }

    /** Items 0, 2, 4… on page 1 and 1, 3, 5… on page 2, each written by {@code item} from its number. */
    private static String halfOnEachPage(FakeBinance.Request request, String pageParameter, int count, IntFunction<String> item) {
        int page = Integer.parseInt(request.param(pageParameter));
        return IntStream.range(0, count).filter(i -> i % 2 == page - 1).mapToObj(item).collect(Collectors.joining(","));
    }

    @Test
    void every_page_of_flexible_and_locked_Earn_is_read() throws Exception {
        binance.route("GET", "/sapi/v1/simple-earn/flexible/position", (request, call) -> {
            int page = Integer.parseInt(request.param("current"));
            int size = Integer.parseInt(request.param("size"));
            String rows = IntStream.range((page - 1) * size, Math.min(page * size, 230))
                    .mapToObj(i -> "{\"productId\": \"P" + i + "\", \"asset\": \"USDT\", \"totalAmount\": \"1." + i + "\"}")
                    .collect(Collectors.joining(","));
            return Answer.ok("{\"rows\": [" + rows + "], \"total\": 230}");
        });
        binance.route("GET", "/sapi/v1/simple-earn/locked/position", (request, call) -> Answer.ok(
                "{\"rows\": [{\"positionId\": " + request.param("current") + ", \"asset\": \"AXS\", \"amount\": \"1\"}], \"total\": 101}"));

        AccountSnapshot snapshot = Binance.gateway(binance).snapshot();

        List<EarnPosition> flexible = snapshot.earn().stream().filter(e -> e.product() == EarnPosition.Product.FLEXIBLE).toList();
        assertEquals(230, flexible.size());
        assertEquals(IntStream.range(0, 230).mapToObj(i -> "P" + i).toList(), flexible.stream().map(EarnPosition::id).toList(),
                "pages in order, each position once");
        assertEquals(List.of("1", "2", "3"), binance.requests("/sapi/v1/simple-earn/flexible/position").stream()
                .map(r -> r.param("current")).sorted().toList());
        assertEquals(List.of("100"), binance.requests("/sapi/v1/simple-earn/flexible/position").stream()
                .map(r -> r.param("size")).distinct().toList());
        assertEquals(List.of("1", "2"), snapshot.earn().stream().filter(e -> e.product() == EarnPosition.Product.LOCKED)
                .map(EarnPosition::id).filter(id -> !id.startsWith("dual-investment-")).toList());
    }

    @Test
    void an_Earn_answer_without_its_total_is_read_on_while_its_pages_are_full_never_cut_short() throws Exception {
        binance.route("GET", "/sapi/v1/simple-earn/flexible/position", (request, call) -> {
            int page = Integer.parseInt(request.param("current"));
            String rows = IntStream.range((page - 1) * 100, Math.min(page * 100, 250))
                    .mapToObj(i -> "{\"productId\": \"P" + i + "\", \"asset\": \"USDT\", \"totalAmount\": \"1\"}")
                    .collect(Collectors.joining(","));
            return Answer.ok("{\"rows\": [" + rows + "]}");
        });

        AccountSnapshot snapshot = Binance.gateway(binance).snapshot();

        assertEquals(250, snapshot.earn().stream().filter(e -> e.product() == EarnPosition.Product.FLEXIBLE).count());
        assertEquals(List.of("1", "2", "3"), binance.requests("/sapi/v1/simple-earn/flexible/position").stream()
                .map(r -> r.param("current")).toList(), "page 3 held 50: the last");
    }

    @Test
    void every_page_of_Dual_Investment_is_read_and_only_subscriptions_still_running_count() throws Exception {
        List<String> statuses = List.of("PENDING", "PURCHASE_SUCCESS", "SETTLING", "REFUNDING", "SETTLED", "REFUND_SUCCESS",
                "PURCHASE_FAIL", "SOMETHING_NEW");
        binance.route("GET", "/sapi/v1/dci/product/positions", (request, call) -> Answer.ok("{\"total\": 150, \"list\": ["
                + halfOnEachPage(request, "pageIndex", statuses.size(), i -> "{\"id\": \"" + i + "\", \"investCoin\": \"USDT\","
                        + " \"subscriptionAmount\": \"10\", \"purchaseStatus\": \"" + statuses.get(i) + "\","
                        + " \"settleDate\": 1708416000000}")
                + "]}"));

        AccountSnapshot snapshot = Binance.gateway(binance).snapshot();

        assertEquals(List.of("dual-investment-0", "dual-investment-2", "dual-investment-1", "dual-investment-3", "dual-investment-7"),
                snapshot.earn().stream().map(EarnPosition::id).filter(id -> id.startsWith("dual-investment-")).toList(),
                "settled, refunded and failed subscriptions are over; a status Binance adds later blocks rather than hides");
        assertEquals(List.of("1:100", "2:100"), binance.requests("/sapi/v1/dci/product/positions").stream()
                .map(r -> r.param("pageIndex") + ":" + r.param("pageSize")).sorted().toList());
    }

    @Test
    void every_page_of_P2P_orders_is_read_and_open_statuses_become_the_specs() throws Exception {
        List<String> statuses = List.of("PENDING", "TRADING", "BUYER_PAYED", "DISTRIBUTING", "IN_APPEAL", "COMPLETED",
                "CANCELLED", "CANCELLED_BY_SYSTEM", "SOMETHING_NEW");
        binance.route("GET", FakeBinance.P2P, (request, call) -> !binance.newestWindow(request) ? Answer.ok(FakeBinance.NO_P2P_ORDERS)
                : Answer.ok("{\"code\": \"000000\", \"data\": ["
                + halfOnEachPage(request, "page", statuses.size(), i -> "{\"orderNumber\": \"" + i + "\", \"tradeType\": \"BUY\","
                        + " \"asset\": \"USDT\", \"fiat\": \"EUR\", \"amount\": \"10\", \"orderStatus\": \"" + statuses.get(i) + "\","
                        + " \"createTime\": 1619361369000}")
                + "], \"total\": 150, \"success\": true}"));

        List<P2pOrder> open = Binance.gateway(binance).snapshot().p2pOrders();

        assertEquals(List.of("0:PENDING_PAYMENT", "2:PAID", "4:APPEALING", "8:PENDING_PAYMENT", "1:PENDING_PAYMENT", "3:PAID"),
                open.stream().map(o -> o.id() + ":" + o.status()).toList(), "a status Binance adds later blocks rather than hides");
        List<FakeBinance.Request> pages = binance.requests(FakeBinance.P2P).stream().filter(binance::newestWindow).toList();
        assertEquals(2, pages.size());
        assertEquals(pages.get(0).param("startTimestamp"), pages.get(1).param("startTimestamp"), "every page covers the same 30 days");
    }

    @Test
    void sub_accounts_are_read_page_after_page_while_pages_are_full() throws Exception {
        binance.route("GET", "/sapi/v1/sub-account/list", (request, call) -> {
            int page = Integer.parseInt(request.param("page"));
            int count = page < 3 ? 200 : 7;
            String subs = IntStream.range(0, count).mapToObj(i -> "{\"email\": \"s" + page + "-" + i + "@example.com\","
                    + " \"isFreeze\": " + (i == 0) + ", \"createTime\": 1544433328000}").collect(Collectors.joining(","));
            return Answer.ok("{\"subAccounts\": [" + subs + "]}");
        });

        AccountSnapshot snapshot = Binance.gateway(binance).snapshot();

        assertEquals(407, snapshot.subAccounts().size());
        assertEquals(3, snapshot.subAccounts().stream().filter(s -> s.status() == dev.closeout.account.SubAccount.Status.FROZEN).count());
    }

    @Test
    void margin_open_orders_are_asked_for_cross_margin_and_each_isolated_pair_with_locked_funds() throws Exception {
        binance.route("GET", "/sapi/v1/margin/account", (request, call) -> Answer.ok(
                FakeBinance.sample("sapi_v1_margin_account.json").replace("\"locked\": \"0.00000000\",\n      \"netAsset\": \"0.00499500\"",
                        "\"locked\": \"0.001\",\n      \"netAsset\": \"0.00499500\"")));
        binance.route("GET", "/sapi/v1/margin/isolated/account", (request, call) -> Answer.ok(
                FakeBinance.sample("sapi_v1_margin_isolated_account.json").replaceFirst("\"locked\": \"0.00000000\"", "\"locked\": \"0.3\"")));
        binance.route("GET", "/sapi/v1/margin/openOrders", (request, call) -> request.param("symbol") == null
                ? Answer.ok(FakeBinance.sample("sapi_v1_margin_openOrders.json").replace("\"isIsolated\": true", "\"isIsolated\": false"))
                : Answer.ok(FakeBinance.sample("sapi_v1_margin_openOrders.json").replace("BNBBTC", request.param("symbol"))
                        .replace("211842552", "211842553")));

        AccountSnapshot snapshot = Binance.gateway(binance).snapshot();

        List<FakeBinance.Request> asked = binance.requests("/sapi/v1/margin/openOrders");
        assertEquals(2, asked.size());
        assertTrue(asked.stream().anyMatch(r -> "BTCUSDT".equals(r.param("symbol")) && "TRUE".equals(r.param("isIsolated"))));
        List<OpenOrder> margin = snapshot.openOrders().stream().filter(o -> o.id().startsWith("margin-")).toList();
        assertEquals(List.of("margin-211842552 CROSS_MARGIN BNBBTC", "margin-211842553 ISOLATED_MARGIN BTCUSDT"),
                margin.stream().map(o -> o.id() + " " + o.market() + " " + o.symbol()).toList());
        assertEquals(new java.math.BigDecimal("0.3"), snapshot.balances().stream()
                .filter(b -> b.wallet() == Wallet.ISOLATED_MARGIN).findFirst().orElseThrow().locked());
    }
}
