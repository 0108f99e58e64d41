package dev.closeout.exchange.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.history.AccountHistory;
import dev.closeout.account.history.AccountHistory.NotIncluded;
import dev.closeout.account.history.HistoryPart;
import dev.closeout.account.history.Withdrawal;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.binance.FakeBinance.Answer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What goes wrong while a history is read: a window or a symbol Binance will not give becomes a
 * not-included entry and the rest is kept; a ban stops everything; a cancel stops every reading;
 * Binance's weight limits are kept even when withdrawals, the heaviest, need more than a minute.
 */
class BinanceHistoryFailuresTest {

    private static final DateTimeFormatter UTC_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @RegisterExtension
    final Histories histories = Histories.onSamples();
    private final FakeBinance binance = histories.binance();

    private static NotIncluded entry(AccountHistory history, String whatStart) {
        return history.notIncluded().stream().filter(n -> n.what().startsWith(whatStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + whatStart + " in " + history.notIncluded()));
    }

    @Test
    void a_window_binance_will_not_give_is_named_with_its_dates_and_the_other_windows_are_kept() throws Exception {
        List<String> starts = new ArrayList<>();
        binance.route("GET", "/sapi/v1/capital/withdraw/history", (request, call) -> {
            String start = request.param("startTime");
            synchronized (starts) {
                starts.add(start);
            }
            if (starts.indexOf(start) == 2) {
                return Answer.error(503, "");
            }
            return Answer.ok("[{\"id\": \"w" + start + "\", \"amount\": \"1\", \"transactionFee\": \"0.1\", \"coin\": \"USDT\", \"status\": 6,"
                    + " \"applyTime\": \"" + UTC_TEXT.format(Instant.ofEpochMilli(Long.parseLong(start))) + "\"}]");
        });

        AccountHistory history = histories.lastYear();

        assertEquals(4, history.withdrawals().size());
        Instant refusedFrom = Instant.ofEpochMilli(Long.parseLong(starts.get(2)));
        assertTrue(history.withdrawals().stream().map(Withdrawal::at).noneMatch(refusedFrom::equals));
        NotIncluded missing = entry(history, "Withdrawals from ");
        assertEquals("Withdrawals from " + refusedFrom.toString().substring(0, 10) + " to "
                + refusedFrom.plus(Duration.ofDays(90)).minusMillis(1).toString().substring(0, 10), missing.what());
        assertEquals("Binance had a problem of its own (HTTP 503); try again later.", missing.reason());
        assertEquals("https://www.binance.com/en/my/wallet/history", missing.whereToGetIt());
    }

    @Test
    void a_symbol_binance_refuses_is_named_and_the_other_symbols_trades_are_kept() throws Exception {
        binance.route("GET", "/api/v3/myTrades", (request, call) -> request.param("symbol").equals("ETHBTC")
                ? Answer.error(400, FakeBinance.sample("error_generic.json"))
                : Answer.sample("api_v3_myTrades.json"));

        AccountHistory history = histories.lastYear();

        NotIncluded missing = entry(history, "Spot trades in ");
        assertEquals("Spot trades in ETHBTC", missing.what());
        assertEquals("Binance refused: Invalid symbol. (code -1121)", missing.reason());
        assertEquals("https://www.binance.com/en/my/orders/exchange/usertrade", missing.whereToGetIt());
        assertTrue(history.trades().stream().anyMatch(t -> t.id().equals("BNBBTC-28457")));
    }

    @Test
    void an_answer_that_cannot_be_read_is_not_included_rather_than_empty() throws Exception {
        binance.route("GET", "/sapi/v1/c2c/orderMatch/listUserOrderHistory", (request, call) ->
                Answer.ok("{\"code\": \"000000\", \"data\": \"not a list\", \"success\": true}"));

        AccountHistory history = histories.lastYear();

        assertEquals(List.of(), history.p2pOrders());
        assertEquals("Binance's answer to GET /sapi/v1/c2c/orderMatch/listUserOrderHistory could not be read.",
                entry(history, "P2P orders from ").reason());
    }

    @Test
    void without_the_list_of_symbols_no_trade_is_asked_and_the_export_says_why() throws Exception {
        binance.route("GET", "/api/v3/exchangeInfo", (request, call) -> Answer.error(503, ""));

        AccountHistory history = histories.lastYear();

        assertEquals(List.of(), binance.requests("/api/v3/myTrades"));
        assertEquals("Binance had a problem of its own (HTTP 503); try again later.", entry(history, "The list of spot symbols").reason());
        assertEquals(List.of("convert-940708407462087195"), history.trades().stream().map(t -> t.id()).toList(),
                "Convert is read all the same");
    }

    @Test
    void a_key_refused_for_futures_leaves_the_futures_out_and_everything_else_in() throws Exception {
        binance.route("GET", "/fapi/v1/income", (request, call) -> Answer.error(401, FakeBinance.sample("error_-2015_rejected_mbx_key.json")));

        AccountHistory history = histories.lastYear();

        assertTrue(entry(history, "USD\u24c8-M futures profit, loss and fees from ").reason().startsWith("Binance refused the API key"));
        assertEquals(2, history.deposits().size());
        assertTrue(history.futuresIncome().stream().allMatch(i -> i.id().startsWith("coinm-")));
    }

    @Test
    void a_ban_stops_the_whole_history_with_the_ban_and_when_it_lifts() {
        binance.route("GET", "/sapi/v1/capital/deposit/hisrec", (request, call) -> new Answer(418, "", Map.of("Retry-After", "600")));

        ExchangeException e = assertThrows(ExchangeException.class, () -> histories.lastYear());

        assertEquals("binance.error.banned", e.messageKey());
    }

    @Test
    void progress_tells_every_part_and_ends_with_the_count_of_its_records() throws Exception {
        Map<HistoryPart, Integer> told = new EnumMap<>(HistoryPart.class);

        AccountHistory history = histories.last(Histories.YEAR, Histories.HOLDS_BTC, told::put);

        for (HistoryPart part : HistoryPart.values()) {
            assertEquals(history.records(part).size(), told.get(part), part.name());
        }
    }

    @Test
    void a_cancel_from_progress_stops_every_reading() throws Exception {
        // Each withdrawal window answers slowly: the cancel comes while they are still being read.
        binance.delay("/sapi/v1/capital/withdraw/history", Duration.ofMillis(400));

        assertThrows(CancellationException.class, () -> histories.last(Histories.YEAR, Histories.HOLDS_BTC, (part, records) -> {
            throw new CancellationException("the user cancelled");
        }));

        Thread.sleep(600);
        int asked = binance.requests().size();
        Thread.sleep(1000);
        assertEquals(asked, binance.requests().size(), "nothing more is asked after the cancel");
        assertTrue(binance.requests("/sapi/v1/capital/withdraw/history").size() < 5, "not every withdrawal window was asked");
    }

    @Test
    void withdrawals_at_18000_of_the_accounts_180000_a_minute_wait_for_the_next_minute_after_nine_windows() throws Exception {
        binance.acceptAnyTimestamp();
        TestClock clock = new TestClock(Instant.now());
        List<Duration> waits = new ArrayList<>();
        try (Histories moving = Histories.through(Binance.client(binance, new BinanceClient.Settings(Duration.ofSeconds(5),
                Duration.ofSeconds(10), clock, d -> {
                    synchronized (waits) {
                        waits.add(d);
                    }
                    clock.advance(d);
                })))) {
            Instant started = clock.instant();

            AccountHistory history = moving.last(Duration.ofDays(11 * 90).minusHours(1), Histories.HOLDS_BTC, (part, records) -> { });

            List<Long> asked = binance.requests("/sapi/v1/capital/withdraw/history").stream()
                    .map(r -> Long.parseLong(r.param("timestamp"))).sorted().toList();
            assertEquals(11, asked.size());
            Map<Long, Long> perMinute = new TreeMap<>(asked.stream().collect(Collectors.groupingBy(t -> t / 60_000, Collectors.counting())));
            assertTrue(perMinute.size() >= 2 && perMinute.values().stream().allMatch(n -> n <= 9),
                    "nine a minute of Binance's clock, 90% of its 180,000: " + perMinute);
            assertTrue(!waits.isEmpty() && waits.stream().allMatch(w -> w.compareTo(Duration.ofSeconds(61)) < 0),
                    "waited for the next minute, never longer: " + waits);
            assertTrue(clock.instant().isAfter(started));
            assertEquals(2, history.withdrawals().size());
            assertEquals(binance.weightServed(), moving.client().weightSpent(), "every request counted at Binance's documented weight");
        }
    }
}
