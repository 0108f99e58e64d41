package dev.closeout.exchange.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.binance.FakeBinance.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Binance's limits: the request weight budget kept before it is broken, a 429 waited out, a
 * 418 ban honoured and named, a clock drift corrected once.
 */
class BinanceLimitsTest {

    private final FakeBinance binance = FakeBinance.withSamples();
    private final TestClock clock = new TestClock(Instant.parse("2026-11-24T09:30:30Z"));
    private final List<Duration> waits = new ArrayList<>();
    private final BinanceClient client = Binance.client(binance, new BinanceClient.Settings(Duration.ofSeconds(5),
            Duration.ofSeconds(10), clock, duration -> {
                waits.add(duration);
                clock.advance(duration);
            }));

    {
        // The test moves the client's clock by itself; the local Binance keeps real time.
        binance.acceptAnyTimestamp();
    }

    @AfterEach
    void stop() {
        binance.close();
    }

    @Test
    void a_429_is_waited_out_for_as_long_as_Retry_After_says_then_asked_again() throws Exception {
        binance.route("GET", "/sapi/v1/account/status", (request, call) -> call == 1
                ? new Answer(429, FakeBinance.sample("error_-1003_too_many_requests.json"), Map.of("Retry-After", "7"))
                : Answer.sample("sapi_v1_account_status.json"));

        assertEquals("Normal", client.send(Reading.ACCOUNT_STATUS.call()).path("data").asText());

        assertEquals(List.of(Duration.ofSeconds(7)), waits);
        assertEquals(2, binance.requests("/sapi/v1/account/status").size());
    }

    @Test
    void repeated_429s_end_in_plain_words_after_three_waits() {
        binance.route("GET", "/sapi/v1/account/status", (request, call) ->
                new Answer(429, FakeBinance.sample("error_-1003_too_many_requests.json"), Map.of("Retry-After", "2")));

        ExchangeException e = assertThrows(ExchangeException.class, () -> client.send(Reading.ACCOUNT_STATUS.call()));

        assertEquals("binance.error.tooManyRequests", e.messageKey());
        assertEquals(List.of("2"), e.args());
        assertEquals(3, waits.size());
        assertEquals(4, binance.requests("/sapi/v1/account/status").size());
    }

    @Test
    void a_418_ban_stops_every_request_and_says_when_it_lifts() throws Exception {
        client.ensureClockSynced();
        binance.route("GET", "/api/v3/account", (request, call) ->
                new Answer(418, "{\"code\": -1003, \"msg\": \"Way too much request weight used; IP banned until 1764000000000.\"}",
                        Map.of("Retry-After", "120")));

        ExchangeException e = assertThrows(ExchangeException.class, () -> client.send(Reading.SPOT.call()));
        ExchangeException again = assertThrows(ExchangeException.class, () -> client.send(Reading.ACCOUNT_STATUS.call()));

        assertEquals("binance.error.banned", e.messageKey());
        assertEquals(List.of("2026-11-24 09:32:30 UTC"), e.args());
        assertEquals(e.args(), again.args());
        assertEquals(List.of(), binance.requests("/sapi/v1/account/status"), "nothing is sent while banned");
        assertEquals(List.of(), waits, "a ban is not waited out: it can last days");
    }

    @Test
    void a_ban_during_a_snapshot_gives_no_snapshot_but_the_ban() {
        binance.route("GET", "/sapi/v2/eth-staking/account", (request, call) -> new Answer(418, "", Map.of("Retry-After", "600")));
        BinanceGateway gateway = new BinanceGateway(client, Binance.CREDENTIALS, dev.closeout.Snapshots.ENGLISH);

        ExchangeException e = assertThrows(ExchangeException.class, gateway::snapshot);

        assertEquals("binance.error.banned", e.messageKey());
    }

    @Test
    void a_timestamp_outside_recvWindow_resyncs_the_clock_and_asks_once_more() throws Exception {
        client.ensureClockSynced();
        binance.route("GET", "/sapi/v1/account/status", (request, call) -> call == 1
                ? Answer.error(400, FakeBinance.sample("error_-1021_invalid_timestamp.json"))
                : Answer.sample("sapi_v1_account_status.json"));

        assertEquals("Normal", client.send(Reading.ACCOUNT_STATUS.call()).path("data").asText());

        assertEquals(2, binance.requests("/api/v3/time").size());
        assertEquals(2, binance.requests("/sapi/v1/account/status").size());
    }

    @Test
    void a_clock_still_off_after_the_resync_is_an_error_about_the_clock() throws Exception {
        client.ensureClockSynced();
        binance.route("GET", "/sapi/v1/account/status",
                (request, call) -> Answer.error(400, FakeBinance.sample("error_-1021_invalid_timestamp.json")));

        ExchangeException e = assertThrows(ExchangeException.class, () -> client.send(Reading.ACCOUNT_STATUS.call()));

        assertEquals("binance.error.clock", e.messageKey());
        assertEquals(2, binance.requests("/sapi/v1/account/status").size(), "retried once, not more");
    }

    @Test
    void requests_carry_the_servers_time_even_when_this_machines_clock_is_an_hour_off() throws Exception {
        try (FakeBinance skewed = FakeBinance.withSamples()) {
            skewed.skewClock(Duration.ofHours(1));
            BinanceClient real = Binance.client(skewed, BinanceClient.Settings.defaults());

            assertEquals("Normal", real.send(Reading.ACCOUNT_STATUS.call()).path("data").asText());

            long sent = Long.parseLong(skewed.requests("/sapi/v1/account/status").get(0).param("timestamp"));
            assertTrue(Math.abs(sent - System.currentTimeMillis() - 3_600_000) < 5_000, "timestamp " + sent);
            assertEquals("10000", skewed.requests("/sapi/v1/account/status").get(0).param("recvWindow"));
        }
    }

    @Test
    void a_request_that_would_break_the_minutes_weight_budget_waits_for_the_next_minute() throws Exception {
        client.ensureClockSynced();
        binance.route("GET", "/api/v3/account", (request, call) ->
                new Answer(200, FakeBinance.sample("api_v3_account.json"), Map.of("X-MBX-USED-WEIGHT-1M", "5350")));
        client.send(Reading.SPOT.call());
        client.send(Reading.ACCOUNT_STATUS.call());
        assertEquals(List.of(), waits, "SAPI endpoints have budgets of their own");

        client.send(Reading.SPOT_OPEN_ORDERS.call());

        assertEquals(1, waits.size());
        long millisIntoMinute = (client.serverMillis() - waits.get(0).toMillis()) % 60_000;
        assertEquals(60_000 - millisIntoMinute + 50, waits.get(0).toMillis(),
                "waits until the next minute of Binance's clock, and a little more: " + waits);
        assertEquals(1, binance.requests("/api/v3/openOrders").size());
    }

    @Test
    void the_weight_spent_is_counted_by_Binances_documented_weights() throws Exception {
        BinanceGateway gateway = new BinanceGateway(client, Binance.CREDENTIALS, dev.closeout.Snapshots.ENGLISH);

        gateway.snapshot();

        assertEquals(binance.weightServed(), gateway.weightSpent());
        int p2pWindows = binance.requests(FakeBinance.P2P).size();
        assertTrue(p2pWindows >= 6, "six months of 30-day windows: " + p2pWindows);
        int documented = 1 + Arrays.stream(Reading.values()).filter(r -> r != Reading.MARGIN_OPEN_ORDERS).mapToInt(r -> r.call().weight()).sum()
                + 2 * Reading.AUTO_INVEST_PLANS.call().weight() + (p2pWindows - 1) * Reading.P2P_ORDERS.call().weight();
        assertEquals(documented, gateway.weightSpent(), "the clock once, each reading once, margin orders not at all (no margin funds"
                + " locked), auto-invest once per plan type, P2P once per window");
    }
}
