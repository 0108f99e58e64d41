package dev.closeout.exchange.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.Snapshots;
import dev.closeout.account.Wallet;
import dev.closeout.account.history.AccountHistory;
import dev.closeout.account.history.Trade;
import dev.closeout.exchange.binance.FakeBinance.Answer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How the history is asked: the windows Binance allows, one after another with neither overlap
 * nor gap, its look-backs, its pages, and the symbols whose trades are asked.
 */
class BinanceHistoryWindowsTest {


    @RegisterExtension
    final Histories histories = Histories.onSamples();
    private final FakeBinance binance = histories.binance();

    /** The windows asked of one endpoint, in order. */
    private List<Window> asked(String path, String startName, String endName) {
        return binance.requests(path).stream()
                .map(r -> new Window(Instant.ofEpochMilli(Long.parseLong(r.param(startName))), Instant.ofEpochMilli(Long.parseLong(r.param(endName)))))
                .distinct().sorted(Comparator.comparing(Window::start)).toList();
    }

    private static void assertOneAfterAnother(List<Window> windows, Instant from, Instant to, Duration longest) {
        assertEquals(from, windows.get(0).start());
        assertEquals(to, windows.get(windows.size() - 1).end());
        for (int i = 0; i < windows.size(); i++) {
            Window w = windows.get(i);
            assertTrue(Duration.between(w.start(), w.end()).compareTo(longest) < 0, "window " + w + " is shorter than " + longest);
            if (i > 0) {
                assertEquals(windows.get(i - 1).end().plusMillis(1), w.start(), "no overlap and no gap before " + w);
            }
        }
    }

    @Test
    void a_year_of_deposits_and_of_withdrawals_is_asked_in_five_90_day_windows_that_neither_overlap_nor_leave_a_gap() throws Exception {
        AccountHistory history = histories.lastYear();

        for (String path : List.of("/sapi/v1/capital/deposit/hisrec", "/sapi/v1/capital/withdraw/history")) {
            List<Window> windows = asked(path, "startTime", "endTime");
            assertEquals(5, windows.size(), path);
            assertOneAfterAnother(windows, history.from(), history.to(), Duration.ofDays(90));
            assertTrue(binance.requests(path).stream().allMatch(r -> "0".equals(r.param("offset")) && "1000".equals(r.param("limit"))));
        }
    }

    @Test
    void a_period_of_exactly_90_days_is_asked_in_windows_under_90_days_binance_wants_less_and_its_last_moment_is_asked_too() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = from.plus(Duration.ofDays(90));

        List<Window> windows = Window.cut(from, to, Duration.ofDays(90));

        assertEquals(List.of(new Window(from, to.minusMillis(1)), new Window(to, to)), windows);
        assertEquals(List.of(), Window.cut(to, to, Duration.ofDays(90)), "an empty period asks nothing");
        assertEquals(List.of(new Window(from, to)), Window.cut(from, to, null));
    }

    @Test
    void p2p_orders_are_asked_30_days_at_a_time_back_six_months_and_what_is_older_is_said_to_be_missing() throws Exception {
        AccountHistory history = histories.lastYear();

        Instant sixMonthsBack = history.to().atZone(ZoneOffset.UTC).minusMonths(6).plusDays(1).toInstant();
        List<Window> windows = asked("/sapi/v1/c2c/orderMatch/listUserOrderHistory", "startTimestamp", "endTimestamp");
        assertOneAfterAnother(windows, sixMonthsBack, history.to(), Duration.ofDays(30));
        assertEquals(Duration.between(sixMonthsBack, history.to()).toDays() / 30 + 1, windows.size());
        assertTrue(history.notIncluded().stream().anyMatch(n -> n.what().equals("P2P orders before " + sixMonthsBack.toString().substring(0, 10))
                && n.reason().equals("Binance's API gives the P2P orders of the last six months only.")), history.notIncluded().toString());
    }

    @Test
    void each_earn_history_is_asked_30_days_at_a_time_coin_m_income_365_days_and_usd_m_income_over_its_three_months() throws Exception {
        AccountHistory history = histories.lastYear();

        for (String earn : List.of("flexible/history/subscriptionRecord", "flexible/history/redemptionRecord",
                "flexible/history/rewardsRecord", "locked/history/subscriptionRecord", "locked/history/redemptionRecord",
                "locked/history/rewardsRecord")) {
            List<Window> windows = asked("/sapi/v1/simple-earn/" + earn, "startTime", "endTime");
            assertOneAfterAnother(windows, history.from(), history.to(), Duration.ofDays(30));
            assertEquals(Duration.between(history.from(), history.to()).toDays() / 30 + 1, windows.size(), earn);
        }
        assertOneAfterAnother(asked("/dapi/v1/income", "startTime", "endTime"), history.from(), history.to(), Duration.ofDays(365));
        Instant threeMonthsBack = history.to().atZone(ZoneOffset.UTC).minusMonths(3).plusDays(1).toInstant();
        assertEquals(List.of(new Window(threeMonthsBack, history.to())), asked("/fapi/v1/income", "startTime", "endTime"));
    }

    @Test
    void a_full_page_of_deposits_is_followed_by_the_next_offset_until_a_page_is_not_full() throws Exception {
        binance.route("GET", "/sapi/v1/capital/deposit/hisrec", (request, call) -> {
            int offset = Integer.parseInt(request.param("offset"));
            int count = offset == 0 ? 1000 : 3;
            return Answer.ok(IntStream.range(0, count).mapToObj(i -> "{\"id\": \"" + request.param("startTime") + "-" + (offset + i)
                    + "\", \"coin\": \"USDT\", \"amount\": \"1\", \"status\": 1, \"insertTime\": " + request.param("startTime") + "}")
                    .collect(Collectors.joining(",", "[", "]")));
        });

        AccountHistory history = histories.lastYear();

        assertEquals(5 * 1003, history.deposits().size());
        assertEquals(List.of("0", "1000"), binance.requests("/sapi/v1/capital/deposit/hisrec").stream().map(r -> r.param("offset"))
                .distinct().sorted().toList());
    }

    /** 230 transfers from Funding to Spot, a hundred a page; {@code total} is what each answer says of them, if anything. */
    private void transfers(String total) {
        binance.route("GET", "/sapi/v1/asset/transfer", (request, call) -> {
            if (!request.param("type").equals("FUNDING_MAIN")) {
                return Answer.ok("{\"total\": 0, \"rows\": []}");
            }
            int current = Integer.parseInt(request.param("current"));
            String rows = IntStream.range((current - 1) * 100, Math.min(current * 100, 230)).mapToObj(i -> "{\"asset\": \"USDT\","
                    + " \"amount\": \"1\", \"type\": \"FUNDING_MAIN\", \"status\": \"CONFIRMED\", \"tranId\": " + i
                    + ", \"timestamp\": " + request.param("endTime") + "}").collect(Collectors.joining(","));
            return Answer.ok("{" + total + "\"rows\": [" + rows + "]}");
        });
    }

    @Test
    void transfers_are_read_page_after_page_until_binances_total() throws Exception {
        transfers("\"total\": 230, ");

        AccountHistory history = histories.lastYear();

        assertEquals(230, history.transfers().size());
        assertTrue(history.transfers().stream().allMatch(t -> t.from() == Wallet.FUNDING && t.to() == Wallet.SPOT));
        assertEquals(List.of("1", "2", "3"), binance.requests("/sapi/v1/asset/transfer").stream()
                .filter(r -> r.param("type").equals("FUNDING_MAIN")).map(r -> r.param("current")).toList());
    }

    @Test
    void transfers_whose_answers_leave_out_the_total_are_read_while_pages_are_full_not_stopped_after_the_first() throws Exception {
        transfers("");

        AccountHistory history = histories.lastYear();

        assertEquals(230, history.transfers().size());
        assertEquals(List.of("1", "2", "3"), binance.requests("/sapi/v1/asset/transfer").stream()
                .filter(r -> r.param("type").equals("FUNDING_MAIN")).map(r -> r.param("current")).toList());
    }

    @Test
    void a_symbols_trades_are_read_from_the_first_trade_on_a_thousand_at_a_time() throws Exception {
        binance.route("GET", "/api/v3/myTrades", (request, call) -> {
            if (!request.param("symbol").equals("BTCUSDT")) {
                return Answer.ok("[]");
            }
            int from = Integer.parseInt(request.param("fromId"));
            return Answer.ok(IntStream.range(from, Math.min(from + 1000, 1005)).mapToObj(i -> "{\"symbol\": \"BTCUSDT\", \"id\": " + i
                    + ", \"price\": \"90000\", \"qty\": \"0.001\", \"quoteQty\": \"90\", \"commission\": \"0.09\", \"commissionAsset\": \"USDT\","
                    + " \"time\": " + (1_700_000_000_000L + i) + ", \"isBuyer\": " + (i % 2 == 0) + "}").collect(Collectors.joining(",", "[", "]")));
        });

        AccountHistory history = histories.lastYear();

        List<Trade> btc = history.trades().stream().filter(t -> t.symbol().equals("BTCUSDT")).toList();
        assertEquals(1005, btc.size());
        assertEquals("BTCUSDT-1004", btc.get(1004).id());
        assertEquals(List.of("0", "1000"), binance.requests("/api/v3/myTrades").stream().filter(r -> r.param("symbol").equals("BTCUSDT"))
                .map(r -> r.param("fromId")).toList());
    }

    @Test
    void trades_are_asked_for_every_symbol_of_an_asset_with_a_trace_and_then_of_the_assets_those_trades_bring_in() throws Exception {
        binance.route("GET", "/api/v3/exchangeInfo", (request, call) -> Answer.ok("{\"symbols\": ["
                + "{\"symbol\": \"RRRQQQ\", \"baseAsset\": \"RRR\", \"quoteAsset\": \"QQQ\"},"
                + "{\"symbol\": \"SSSRRR\", \"baseAsset\": \"SSS\", \"quoteAsset\": \"RRR\"},"
                + "{\"symbol\": \"TTTUUU\", \"baseAsset\": \"TTT\", \"quoteAsset\": \"UUU\"}]}"));
        binance.route("GET", "/api/v3/myTrades", (request, call) -> request.param("symbol").equals("RRRQQQ")
                ? Answer.ok("[{\"symbol\": \"RRRQQQ\", \"id\": 1, \"price\": \"2\", \"qty\": \"5\", \"quoteQty\": \"10\", \"commission\": \"0.01\","
                        + " \"commissionAsset\": \"RRR\", \"time\": 1700000000000, \"isBuyer\": true}]")
                : Answer.ok("[]"));

        AccountHistory history = histories.lastYear(Snapshots.snapshot(
                "\"balances\": [ { \"wallet\": \"FUNDING\", \"asset\": \"QQQ\", \"free\": \"0.5\" } ]"));

        assertEquals(List.of("RRRQQQ", "SSSRRR"), binance.requests("/api/v3/myTrades").stream().map(r -> r.param("symbol")).toList(),
                "QQQ is held, so RRRQQQ is asked; its trade brings RRR in, so SSSRRR is asked; nothing leads to TTTUUU");
        assertEquals(List.of("RRRQQQ-1"), history.trades().stream().filter(t -> !t.id().startsWith("convert-")).map(Trade::id).toList());
    }

    @Test
    void a_convert_answer_that_holds_only_the_first_of_more_is_asked_again_in_halves() throws Exception {
        binance.route("GET", "/sapi/v1/convert/tradeFlow", (request, call) -> {
            long start = Long.parseLong(request.param("startTime"));
            long end = Long.parseLong(request.param("endTime"));
            boolean more = end - start > Duration.ofDays(10).toMillis();
            return Answer.ok("{\"list\": [{\"orderId\": " + start + ", \"orderStatus\": \"SUCCESS\", \"fromAsset\": \"USDT\", \"fromAmount\": \"10\","
                    + " \"toAsset\": \"ETH\", \"toAmount\": \"0.003\", \"inverseRatio\": \"3333.33\", \"createTime\": " + start + "}],"
                    + " \"moreData\": " + more + "}");
        });

        // Two windows of 30 days and a little less (an exact 60 days would end in a window of its last moment alone): a
        // year's worth of halved Convert windows would rightly wait for Binance's next minute.
        AccountHistory history = histories.last(Duration.ofDays(60).minusHours(1), Histories.HOLDS_BTC, (part, records) -> { });

        long answeredWhole = binance.requests("/sapi/v1/convert/tradeFlow").stream()
                .filter(r -> Long.parseLong(r.param("endTime")) - Long.parseLong(r.param("startTime")) <= Duration.ofDays(10).toMillis()).count();
        assertEquals(answeredWhole, history.trades().stream().filter(t -> t.id().startsWith("convert-")).count());
        assertEquals(2 * 4, answeredWhole, "each 30-day window halved twice, to 7.5 days");
        assertTrue(history.notIncluded().stream().noneMatch(n -> n.what().startsWith("Convert")), history.notIncluded().toString());
    }
}
