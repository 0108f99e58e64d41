package dev.closeout.exchange.binance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.OutsideJson;
import dev.closeout.i18n.Reasons;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
    /** A 429 that asks for a longer wait than this is reported, not waited out inside one reading. */
    private static final Duration LONGEST_RETRY_WAIT = Duration.ofMinutes(1);
    /** Binance's bans last from 2 minutes to 3 days; a Retry-After beyond that is not Binance's. */
    private static final Duration LONGEST_BAN = Duration.ofDays(3);
    /** The largest answer read: every answer of an account fits many times over. */
    static final int MOST_BODY_BYTES = 32 * 1024 * 1024;
    /**
     * Endpoints Binance allows one request every 3 s per account: the Auto-Invest plan list
     * ("max one request every 3s per account"), and Simple Earn's redemptions, where the limit is
     * typical rather than found in the documentation.
     */
    static final java.util.Set<String> ONE_PER_ACCOUNT_PACE = java.util.Set.of("/sapi/v1/lending/auto-invest/plan/list",
            "/sapi/v1/simple-earn/flexible/redeem", "/sapi/v1/simple-earn/locked/redeem");

    /**
     * What a client waits for and with: the whole answer's time limit (headers and body),
     * Binance's recvWindow, the clock, the way to wait, and the spacing of the endpoints Binance
     * allows once per {@code accountPace} per account (3 s).
     */
    record Settings(Duration requestTimeout, Duration recvWindow, Clock clock, Pause pause, Duration accountPace) {

        static final Duration BINANCE_ACCOUNT_PACE = Duration.ofSeconds(3);

        Settings(Duration requestTimeout, Duration recvWindow, Clock clock, Pause pause) {
            this(requestTimeout, recvWindow, clock, pause, BINANCE_ACCOUNT_PACE);
        }

        static Settings defaults() {
            return new Settings(Duration.ofSeconds(20), Duration.ofSeconds(10), Clock.systemUTC(), Pause.sleeping());
        }

        Settings withAccountPace(Duration pace) {
            return new Settings(requestTimeout, recvWindow, clock, pause, pace);
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
    /** When each paced endpoint may next be asked, by path. */
    private final Map<String, Instant> pacedUntil = new java.util.HashMap<>();

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
            waitForPace(call);
            reserve(call);
            HttpResponse<String> answer = exchange(call);
            afterPaced(call);
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
            boolean waitable = retryAfter == null || retryAfter.compareTo(LONGEST_RETRY_WAIT) <= 0;
            if (status == 429 && waitable && rateLimited++ < RATE_LIMIT_RETRIES) {
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

    /** Waits until a paced endpoint may be asked again, and books its next turn. */
    private void waitForPace(Call call) throws ExchangeException {
        if (!ONE_PER_ACCOUNT_PACE.contains(call.path())) {
            return;
        }
        Duration wait;
        synchronized (pacedUntil) {
            Instant now = settings.clock().instant();
            Instant turn = pacedUntil.getOrDefault(call.path(), now);
            Instant mine = turn.isAfter(now) ? turn : now;
            pacedUntil.put(call.path(), mine.plus(settings.accountPace()));
            wait = Duration.between(now, mine);
        }
        if (!wait.isZero()) {
            pause(wait);
        }
    }

    /**
     * The next turn of a paced endpoint counts from its answer, not from when it was sent: the
     * request may have taken a while to reach Binance, the next one must not arrive too soon.
     */
    private void afterPaced(Call call) {
        if (ONE_PER_ACCOUNT_PACE.contains(call.path())) {
            synchronized (pacedUntil) {
                Instant next = settings.clock().instant().plus(settings.accountPace());
                pacedUntil.merge(call.path(), next, (a, b) -> a.isAfter(b) ? a : b);
            }
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
        // JDK 17's request timeout ends at the headers: the deadline here covers the body too, so a server that drips its answer is left.
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(request.build(), info -> CappedBody.of(MOST_BODY_BYTES));
        try {
            return answer.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw timeout(base, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CappedBody.TooLarge) {
                throw new ExchangeException("binance.error.tooLarge", List.of(call.toString(), String.valueOf(MOST_BODY_BYTES >> 20)), cause);
            }
            if (cause instanceof HttpTimeoutException) {
                throw timeout(base, cause);
            }
            throw new ExchangeException("binance.error.unreachable", List.of(base.getHost(), Reasons.of(cause)), cause);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExchangeException("binance.error.interrupted", List.of(), e);
        }
    }

    private ExchangeException timeout(URI base, Throwable cause) {
        String seconds = java.math.BigDecimal.valueOf(settings.requestTimeout().toMillis(), 3).stripTrailingZeros().toPlainString();
        return new ExchangeException("binance.error.timeout", List.of(seconds, base.getHost()), cause);
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
        } catch (JsonProcessingException | NumberFormatException e) {
            // A number such as 1.0E+2147483648 escapes Jackson as NumberFormatException.
            throw new ExchangeException("binance.error.badAnswer", List.of(call.toString()), e);
        }
    }

    private static JsonNode parseQuietly(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException | NumberFormatException e) {
            return null;
        }
    }

    /** The Retry-After header's seconds, kept between none and the longest ban Binance gives; null when absent or not a number. */
    static Duration retryAfter(HttpResponse<?> answer) {
        try {
            return answer.headers().firstValue("Retry-After")
                    .map(v -> Duration.ofSeconds(Math.max(0, Math.min(Long.parseLong(v.strip()), LONGEST_BAN.toSeconds()))))
                    .orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
