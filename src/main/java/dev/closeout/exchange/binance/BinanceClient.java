package dev.closeout.exchange.binance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.OutsideJson;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Binance's REST API over the JDK's HTTP client: signed requests with the server's time,
 * request weight kept within budget, 429s waited out, a ban honoured, a clock drift (-1021)
 * corrected once. Everything, POST and DELETE included, travels in the query string, which is
 * exactly the text signed (the API notes' simplest form). Thread-safe: a snapshot's readings
 * share one client.
 */
final class BinanceClient {

    static final ObjectMapper JSON = OutsideJson.mapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final Duration RESYNC_AFTER = Duration.ofMinutes(30);
    private static final int RATE_LIMIT_RETRIES = 3;
    private static final Duration RETRY_AFTER_UNSAID = Duration.ofSeconds(5);

    /** What a client waits for and with: the answer's time limit, Binance's recvWindow, the clock and the way to wait. */
    record Settings(Duration requestTimeout, Duration recvWindow, Clock clock, Pause pause) {

        static Settings defaults() {
            return new Settings(Duration.ofSeconds(20), Duration.ofSeconds(10), Clock.systemUTC(), Pause.sleeping());
        }
    }

    private final BinanceHosts hosts;
    private final BinanceCredentials credentials;
    private final Settings settings;
    private final HttpClient http;
    private final WeightBudget budget;
    private final Object clockLock = new Object();
    private volatile long offsetMillis;
    private volatile Instant syncedAt;
    private volatile int syncs;
    private volatile Instant bannedUntil;

    BinanceClient(BinanceHosts hosts, BinanceCredentials credentials, Settings settings) {
        this.hosts = hosts;
        this.credentials = credentials;
        this.settings = settings;
        // HTTP/2 multiplexes a snapshot's two dozen readings over one TLS connection; plain
        // http (a local test server, a proxy) stays on 1.1 rather than attempting an h2c upgrade.
        this.http = HttpClient.newBuilder()
                .version("https".equals(hosts.api().getScheme()) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.budget = new WeightBudget(this::serverMillis, settings.pause());
    }

    /** Binance's clock as this machine best knows it. */
    long serverMillis() {
        return settings.clock().millis() + offsetMillis;
    }

    Instant serverNow() {
        return Instant.ofEpochMilli(serverMillis());
    }

    /** The request weight spent so far, by Binance's documented weights. */
    long weightSpent() {
        return budget.spent();
    }

    /** Learns the server's clock unless it was learned recently; signed requests need it. */
    void ensureClockSynced() throws ExchangeException {
        Instant synced = syncedAt;
        if (synced == null || synced.plus(RESYNC_AFTER).isBefore(settings.clock().instant())) {
            resyncClock(syncs);
        }
    }

    /** Sends one call and returns Binance's JSON answer, or throws the error in plain words. */
    JsonNode send(Call call) throws ExchangeException {
        if (call.signed()) {
            ensureClockSynced();
        }
        boolean resynced = false;
        int rateLimited = 0;
        while (true) {
            refuseWhileBanned();
            int syncSeen = syncs;
            reserve(call);
            HttpResponse<String> answer = exchange(call);
            budget.observe(call, answer.headers());
            int status = answer.statusCode();
            if (status == 200) {
                return parse(call, answer.body());
            }
            Duration retryAfter = retryAfter(answer);
            if (status == 418) {
                bannedUntil = settings.clock().instant().plus(retryAfter == null ? Duration.ofMinutes(2) : retryAfter);
                throw BinanceErrors.stillBanned(bannedUntil);
            }
            BinanceApiException error = BinanceErrors.of(status, parseQuietly(answer.body()), retryAfter, settings.clock().instant());
            if (status == 429 && rateLimited++ < RATE_LIMIT_RETRIES) {
                pause(retryAfter == null ? RETRY_AFTER_UNSAID : retryAfter);
                continue;
            }
            if (error.code() == -1021 && !resynced) {
                resyncClock(syncSeen);
                resynced = true;
                continue;
            }
            throw error;
        }
    }

    private void refuseWhileBanned() throws BinanceApiException {
        Instant until = bannedUntil;
        if (until != null && settings.clock().instant().isBefore(until)) {
            throw BinanceErrors.stillBanned(until);
        }
    }

    /** Asks {@code /api/v3/time}, unless another thread already did since {@code seen}. */
    private void resyncClock(int seen) throws ExchangeException {
        synchronized (clockLock) {
            if (syncs != seen && syncedAt != null) {
                return;
            }
            long before = settings.clock().millis();
            JsonNode time = send(Call.get(BinanceHosts.Host.API, "/api/v3/time", 1).unsigned());
            long after = settings.clock().millis();
            if (!time.path("serverTime").canConvertToLong()) {
                throw new ExchangeException("binance.error.badAnswer", List.of("GET /api/v3/time"), null);
            }
            // The server read its clock about halfway through the round trip.
            offsetMillis = time.path("serverTime").asLong() - (before + after) / 2;
            syncedAt = settings.clock().instant();
            syncs = seen + 1;
        }
    }

    private void reserve(Call call) throws ExchangeException {
        try {
            budget.reserve(call);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExchangeException("binance.error.interrupted", List.of(), e);
        }
    }

    private void pause(Duration duration) throws ExchangeException {
        try {
            settings.pause().sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExchangeException("binance.error.interrupted", List.of(), e);
        }
    }

    private HttpResponse<String> exchange(Call call) throws ExchangeException {
        URI base = hosts.of(call.host());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + call.path() + "?" + query(call)))
                .timeout(settings.requestTimeout())
                .method(call.method(), HttpRequest.BodyPublishers.noBody());
        if (call.signed()) {
            request.header("X-MBX-APIKEY", credentials.apiKey());
        }
        if (!call.method().equals("GET")) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            String seconds = java.math.BigDecimal.valueOf(settings.requestTimeout().toMillis(), 3).stripTrailingZeros().toPlainString();
            throw new ExchangeException("binance.error.timeout", List.of(seconds, base.getHost()), e);
        } catch (IOException e) {
            throw new ExchangeException("binance.error.unreachable", List.of(base.getHost(), String.valueOf(e.getMessage())), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExchangeException("binance.error.interrupted", List.of(), e);
        }
    }

    /** The parameters, then for a signed call {@code recvWindow}, {@code timestamp} and the signature of all before it. */
    String query(Call call) {
        StringJoiner query = new StringJoiner("&");
        for (Map.Entry<String, String> p : call.params().entrySet()) {
            query.add(encode(p.getKey()) + "=" + encode(p.getValue()));
        }
        if (!call.signed()) {
            return query.toString();
        }
        query.add("recvWindow=" + settings.recvWindow().toMillis());
        query.add("timestamp=" + serverMillis());
        String payload = query.toString();
        return payload + "&signature=" + credentials.signer().sign(payload);
    }

    /** Percent-encoding as Binance reads it: a space is %20, not +. */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode parse(Call call, String body) throws ExchangeException {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ExchangeException("binance.error.badAnswer", List.of(call.toString()), e);
        }
    }

    private static JsonNode parseQuietly(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Duration retryAfter(HttpResponse<?> answer) {
        try {
            return answer.headers().firstValue("Retry-After").map(v -> Duration.ofSeconds(Long.parseLong(v.strip()))).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
