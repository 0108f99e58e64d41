package dev.closeout.exchange.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.UnknownPart;
import dev.closeout.exchange.binance.FakeBinance.Answer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A broken or hostile server never hangs or sinks the whole snapshot: the reading it spoils is unknown, the rest are read. */
class BinanceHostileServerTest {

    private final FakeBinance binance = FakeBinance.withSamples();

    {
        binance.emptyAccount();
    }

    @AfterEach
    void stop() {
        binance.close();
    }

    private static List<String> unknown(AccountSnapshot snapshot) {
        return snapshot.unknown().stream().map(u -> u.part().key() + ": " + u.reason()).toList();
    }

    @Test
    void an_answer_that_drips_is_given_up_at_the_deadline_which_covers_the_body() throws Exception {
        binance.drip("/sapi/v1/margin/account", Duration.ofMillis(50));
        long started = System.nanoTime();

        AccountSnapshot snapshot = Binance.gateway(binance, Binance.timeout(Duration.ofSeconds(1))).snapshot();

        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertTrue(seconds < 5, seconds + " s for a snapshot with a one-second deadline");
        assertEquals(List.of("balances: Cross Margin account: Binance did not answer within 1 seconds (127.0.0.1)."), unknown(snapshot));
    }

    @Test
    void an_answer_without_end_is_cut_off_at_32_MB() throws Exception {
        binance.endless("/api/v3/openOrders");

        AccountSnapshot snapshot = Binance.gateway(binance).snapshot();

        assertEquals(List.of("openOrders: Spot open orders: Binance's answer to GET /api/v3/openOrders was larger than 32 MB, more than"
                + " any account's answer: Closeout stopped reading it."), unknown(snapshot));
    }

    @Test
    void a_retry_after_of_years_is_not_waited_out() throws Exception {
        binance.route("GET", "/sapi/v1/sub-account/list", (request, call) -> new Answer(429,
                FakeBinance.sample("error_-1003_too_many_requests.json"), Map.of("Retry-After", "99999999999")));
        long started = System.nanoTime();

        AccountSnapshot snapshot = Binance.gateway(binance).snapshot();

        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5);
        assertEquals(List.of(UnknownPart.Part.SUB_ACCOUNTS), snapshot.unknown().stream().map(UnknownPart::part).toList());
        assertTrue(snapshot.unknown().get(0).reason().contains("259200 seconds"), "held to Binance's longest ban, three days: "
                + snapshot.unknown().get(0).reason());
        assertEquals(1, binance.requests("/sapi/v1/sub-account/list").size());
    }

    @Test
    void the_plan_lists_keep_Binances_pace_of_one_every_3_seconds() throws Exception {
        binance.paceAsBinance();

        Binance.gateway(binance).snapshot();

        List<FakeBinance.Request> plans = binance.requests("/sapi/v1/lending/auto-invest/plan/list");
        assertEquals(3, plans.size());
        for (int i = 1; i < plans.size(); i++) {
            long apart = Duration.ofNanos(plans.get(i).receivedNanos() - plans.get(i - 1).receivedNanos()).toMillis();
            assertTrue(apart >= 3000, apart + " ms between two plan lists");
        }
        assertEquals(List.of(), binance.paceBroken());
    }
}
