package dev.closeout.exchange.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.history.AccountHistory;
import dev.closeout.exchange.binance.BinanceHosts.Host;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The local Binance refuses a history request that spans more than Binance allows, as Binance
 * does; and a history read from it asks no window Binance would refuse.
 */
class BinanceRulesTest {

    private static final long START = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();

    @RegisterExtension
    final Histories histories = Histories.onSamples();
    private final FakeBinance binance = histories.binance();

    private void ask(BinanceRules.Window rule, long span) throws Exception {
        Host host = rule.path().startsWith("/dapi/") ? Host.DAPI : Host.API;
        histories.client().send(Call.get(host, rule.path(), 1).with(rule.startName(), String.valueOf(START))
                .with(rule.endName(), String.valueOf(START + span)));
    }

    @Test
    void every_history_endpoint_answers_its_longest_window_and_refuses_one_a_millisecond_longer_as_binance_does() throws Exception {
        for (BinanceRules.Window rule : BinanceRules.WINDOWS) {
            long longest = rule.longest().toMillis() - (rule.shorterThan() ? 1 : 0);

            ask(rule, longest);
            BinanceApiException refused = assertThrows(BinanceApiException.class, () -> ask(rule, longest + 1), rule.path());

            assertEquals(400, refused.httpStatus(), rule.path());
            assertEquals(-1127, refused.code(), rule.path());
            assertEquals("More than " + rule.longest().toHours() + " hours between startTime and endTime.", refused.binanceMessage());
        }
    }

    @Test
    void every_reading_the_adapter_cuts_into_windows_is_held_to_binances_longest_window() {
        List<String> ruled = BinanceRules.WINDOWS.stream().map(BinanceRules.Window::path).toList();

        for (HistoryReading reading : HistoryReading.values()) {
            if (reading.window() != null) {
                assertTrue(ruled.contains(reading.call().path()), reading + " has no rule in the local Binance");
            }
        }
    }

    @Test
    void a_year_of_history_asks_no_window_binance_would_refuse_and_leaves_no_reading_out() throws Exception {
        AccountHistory history = histories.lastYear();

        assertEquals(List.of(), binance.requests().stream().filter(r -> BinanceRules.refusal(r).isPresent())
                .map(r -> r.path() + "?" + r.rawQuery()).toList());
        assertTrue(history.notIncluded().stream().noneMatch(n -> n.reason().contains("-1127")), history.notIncluded().toString());
    }

    @Test
    void a_history_whose_coin_m_year_holds_a_29_february_still_asks_no_window_longer_than_365_days() throws Exception {
        binance.skewClock(Duration.between(Instant.now(), Instant.parse("2024-07-01T00:00:00Z")));

        AccountHistory history = histories.last(Duration.ofDays(400), Histories.HOLDS_BTC, (part, records) -> { });

        List<String> coinM = binance.requests("/dapi/v1/income").stream().map(r -> r.param("startTime") + "-" + r.param("endTime"))
                .distinct().toList();
        assertEquals(2, coinM.size(), coinM.toString());
        assertEquals(List.of(), binance.requests().stream().filter(r -> BinanceRules.refusal(r).isPresent()).map(FakeBinance.Request::path)
                .toList());
        assertTrue(history.notIncluded().stream().noneMatch(n -> n.reason().contains("-1127")), history.notIncluded().toString());
    }
}
