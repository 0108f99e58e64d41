package dev.closeout.exchange.binance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * A local Binance on 127.0.0.1 that plays the documented answers of {@code ../shared/binance/samples}
 * (the file named after the path: {@code /sapi/v1/account/status} → {@code sapi_v1_account_status.json},
 * {@code _DELETE} for a DELETE). It checks what the real one checks: the API key header, the
 * signature of the exact query string, the timestamp against recvWindow. It reports used
 * weight in Binance's headers, and can delay, fail or page any answer a test chooses.
 */
public final class FakeBinance implements AutoCloseable {

    /** The documented samples, beside the project (tests run in the project root). */
    public static final Path SAMPLES = Path.of("../shared/binance/samples");
    /** Answers built from Binance's documentation where the shared samples have none (the history endpoints). */
    public static final Path MORE_SAMPLES = Path.of("src/test/resources/dev/closeout/exchange/binance/samples");
    public static final String API_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    /** The HMAC secret of Binance's own signature example. */
    public static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

    /** Binance's documented request weights of the endpoints the fake serves. */
    private static final Map<String, Integer> WEIGHTS = Map.ofEntries(
            Map.entry("/api/v3/time", 1), Map.entry("/api/v3/account", 20), Map.entry("/api/v3/openOrders", 80),
            Map.entry("/api/v3/openOrderList", 6), Map.entry("/api/v3/ticker/price", 4), Map.entry("/api/v3/order", 1),
            Map.entry("/sapi/v1/asset/wallet/balance", 60), Map.entry("/sapi/v3/asset/getUserAsset", 5),
            Map.entry("/sapi/v1/margin/account", 10), Map.entry("/sapi/v1/margin/isolated/account", 10),
            Map.entry("/sapi/v1/margin/openOrders", 10), Map.entry("/fapi/v3/account", 5), Map.entry("/fapi/v1/openOrders", 40),
            Map.entry("/fapi/v1/openAlgoOrders", 40), Map.entry("/dapi/v1/account", 5), Map.entry("/dapi/v1/openOrders", 40),
            Map.entry("/sapi/v1/simple-earn/flexible/position", 150), Map.entry("/sapi/v1/simple-earn/locked/position", 150),
            Map.entry("/sapi/v2/eth-staking/account", 150), Map.entry("/sapi/v1/sol-staking/account", 150),
            Map.entry("/sapi/v1/asset/dust", 10), Map.entry("/eapi/v1/marginAccount", 3), Map.entry("/eapi/v1/position", 5),
            Map.entry("/eapi/v1/openOrders", 40), Map.entry("/sapi/v1/convert/limit/queryOpenOrders", 3000),
            Map.entry("/sapi/v1/onchain-yields/account", 50), Map.entry("/sapi/v1/capital/config/getall", 10),
            Map.entry("/api/v3/exchangeInfo", 20), Map.entry("/api/v3/myTrades", 20),
            Map.entry("/sapi/v1/capital/withdraw/history", 18_000), Map.entry("/sapi/v1/convert/tradeFlow", 3000),
            Map.entry("/fapi/v1/income", 30), Map.entry("/dapi/v1/income", 20),
            Map.entry("/sapi/v1/simple-earn/flexible/history/subscriptionRecord", 150),
            Map.entry("/sapi/v1/simple-earn/flexible/history/redemptionRecord", 150),
            Map.entry("/sapi/v1/simple-earn/flexible/history/rewardsRecord", 150),
            Map.entry("/sapi/v1/simple-earn/locked/history/subscriptionRecord", 150),
            Map.entry("/sapi/v1/simple-earn/locked/history/redemptionRecord", 150),
            Map.entry("/sapi/v1/simple-earn/locked/history/rewardsRecord", 150));

    /** One request as the fake received it. */
    public record Request(String method, String path, String rawQuery, Map<String, String> query, String apiKey, long receivedNanos) {

        public String param(String name) {
            return query.get(name);
        }
    }

    /** One answer: status, body and any extra headers. */
    public record Answer(int status, String body, Map<String, String> headers) {

        public static Answer ok(String body) {
            return new Answer(200, body, Map.of());
        }

        public static Answer error(int status, String body) {
            return new Answer(status, body, Map.of());
        }

        public static Answer sample(String file) {
            return ok(FakeBinance.sample(file));
        }
    }

    /** Answers a path; {@code call} counts this path's requests from 1. */
    @FunctionalInterface
    public interface Route {
        Answer answer(Request request, int call);
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final ScheduledExecutorService responder = Executors.newSingleThreadScheduledExecutor();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, Integer> usedWeight = new HashMap<>();
    private final AtomicLong weightServed = new AtomicLong();
    private volatile BiPredicate<String, String> signatureCheck;
    private volatile Duration everyAnswerDelay = Duration.ZERO;
    private volatile long clockSkewMillis;
    private volatile boolean timestampsChecked = true;

    static {
        // The JDK's server otherwise lets Nagle's algorithm hold small answers back for tens of milliseconds.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private FakeBinance(BiPredicate<String, String> signatureCheck) throws IOException {
        this.signatureCheck = signatureCheck;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A Binance that plays the samples and expects requests signed with {@link #SECRET}. */
    public static FakeBinance withSamples() {
        try {
            return new FakeBinance((payload, signature) -> new HmacSigner(SECRET).sign(payload).equalsIgnoreCase(signature));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks signatures some other way (an Ed25519 public key). */
    public void checkSignaturesWith(BiPredicate<String, String> check) {
        this.signatureCheck = check;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public BinanceHosts hosts() {
        return new BinanceHosts(URI.create(baseUrl()), URI.create(baseUrl()), URI.create(baseUrl()), URI.create(baseUrl()));
    }

    public void route(String method, String path, Route route) {
        routes.put(method + " " + path, route);
    }

    /** The samples' key may only read; from now on it may also trade spot, margin and futures, as a trading key does. */
    public void keyMayTrade() {
        String trading = sample("sapi_v1_account_apiRestrictions.json")
                .replace("\"enableSpotAndMarginTrading\": false", "\"enableSpotAndMarginTrading\": true")
                .replace("\"enableFutures\": false", "\"enableFutures\": true")
                .replace("\"enableVanillaOptions\": false", "\"enableVanillaOptions\": true");
        route("GET", "/sapi/v1/account/apiRestrictions", (request, call) -> Answer.ok(trading));
    }

    /** The wallet totals of the samples, but {@code btc} in the wallet Binance calls {@code walletName} (one the samples give as 0). */
    public void walletHolds(String walletName, String btc) {
        String totals = sample("sapi_v1_asset_wallet_balance.json").replace("\"balance\": \"0\",\n    \"walletName\": \"" + walletName + "\"",
                "\"balance\": \"" + btc + "\",\n    \"walletName\": \"" + walletName + "\"");
        route("GET", "/sapi/v1/asset/wallet/balance", (request, call) -> Answer.ok(totals));
    }

    /** Every request, after {@code delay}. */
    public void delayEveryAnswer(Duration delay) {
        this.everyAnswerDelay = delay;
    }

    public void delay(String path, Duration delay) {
        delays.put(path, delay);
    }

    /** For tests that move the client's clock on their own: any timestamp is fresh. */
    public void acceptAnyTimestamp() {
        this.timestampsChecked = false;
    }

    /** Moves the fake's clock: signed requests are judged against it. */
    public void skewClock(Duration skew) {
        this.clockSkewMillis = skew.toMillis();
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests that change something: every method but GET, less the readings Binance asks by POST. */
    public List<String> changesSent() {
        Set<String> readings = Arrays.stream(Reading.values()).map(Reading::call).filter(c -> !c.method().equals("GET"))
                .map(Call::path).collect(Collectors.toSet());
        return requests().stream().filter(r -> !r.method().equals("GET") && !readings.contains(r.path()))
                .map(r -> r.method() + " " + r.path()).toList();
    }

    public List<Request> requests(String path) {
        return requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    /** The weight of every request served, by Binance's documented weights (1 where none is listed). */
    public long weightServed() {
        return weightServed.get();
    }

    public static String sample(String file) {
        try {
            return Files.readString(Files.exists(SAMPLES.resolve(file)) ? SAMPLES.resolve(file) : MORE_SAMPLES.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) {
        String rawQuery = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), rawQuery,
                decode(rawQuery), exchange.getRequestHeaders().getFirst("X-MBX-APIKEY"), System.nanoTime());
        synchronized (this) {
            requests.add(request);
        }
        int call = calls.computeIfAbsent(request.method() + " " + request.path(), k -> new AtomicInteger()).incrementAndGet();
        Answer answer = refusal(request).orElseGet(() -> answer(request, call));
        Duration delay = everyAnswerDelay.plus(delays.getOrDefault(request.path(), Duration.ZERO));
        if (delay.isZero()) {
            respond(exchange, request, answer);
        } else {
            // One thread sends every delayed answer: a far-away Binance costs this machine no processor time while it waits.
            responder.schedule(() -> respond(exchange, request, answer), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void respond(HttpExchange exchange, Request request, Answer answer) {
        try (exchange) {
            int weight = WEIGHTS.getOrDefault(request.path(), 1);
            weightServed.addAndGet(weight);
            String header = request.path().startsWith("/sapi/") ? "X-SAPI-USED-IP-WEIGHT-1M" : "X-MBX-USED-WEIGHT-1M";
            // Binance counts per minute: a new minute starts from nothing.
            String bucket = (System.currentTimeMillis() / 60_000) + (request.path().startsWith("/sapi/") ? request.path()
                    : request.path().substring(0, 5));
            int used;
            synchronized (this) {
                used = usedWeight.merge(bucket, weight, Integer::sum);
            }
            if (!answer.headers().containsKey(header)) {
                exchange.getResponseHeaders().add(header, String.valueOf(used));
            }
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // The client stopped waiting (a timeout test): nobody is left to answer.
        }
    }

    private Answer answer(Request request, int call) {
        Route route = routes.get(request.method() + " " + request.path());
        if (route != null) {
            return route.answer(request, call);
        }
        if (request.path().equals("/api/v3/time")) {
            return Answer.ok("{\"serverTime\": " + now() + "}");
        }
        if (request.path().equals("/api/v3/ticker/price")) {
            return Answer.ok(TICKERS);
        }
        String file = request.path().substring(1).replace('/', '_');
        Path delete = SAMPLES.resolve(file + "_DELETE.json");
        if (request.method().equals("DELETE") && Files.exists(delete)) {
            return Answer.sample(delete.getFileName().toString());
        }
        if (Files.exists(SAMPLES.resolve(file + ".json")) || Files.exists(MORE_SAMPLES.resolve(file + ".json"))) {
            return Answer.sample(file + ".json");
        }
        return Answer.error(404, "{\"code\": -1121, \"msg\": \"No such endpoint in the fake: " + request.path() + "\"}");
    }

    /** What the real Binance refuses before answering: no key, a wrong signature, a stale timestamp, a window too long. */
    private java.util.Optional<Answer> refusal(Request request) {
        if (!request.query().containsKey("signature")) {
            return java.util.Optional.empty();
        }
        if (!API_KEY.equals(request.apiKey())) {
            return java.util.Optional.of(Answer.error(401, sample("error_-2015_rejected_mbx_key.json")));
        }
        String raw = request.rawQuery();
        int at = raw.lastIndexOf("&signature=");
        if (at < 0 || !signatureCheck.test(raw.substring(0, at),
                URLDecoder.decode(raw.substring(at + "&signature=".length()), StandardCharsets.UTF_8))) {
            return java.util.Optional.of(Answer.error(400, sample("error_-1022_invalid_signature.json")));
        }
        long timestamp = Long.parseLong(request.param("timestamp"));
        long window = Long.parseLong(request.query().getOrDefault("recvWindow", "5000"));
        long now = now();
        if (timestampsChecked && (timestamp >= now + 1000 || now - timestamp > window)) {
            return java.util.Optional.of(Answer.error(400, sample("error_-1021_invalid_timestamp.json")));
        }
        return BinanceRules.refusal(request);
    }

    private long now() {
        return System.currentTimeMillis() + clockSkewMillis;
    }

    private static Map<String, String> decode(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (!rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                query.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }


    /** /api/v3/ticker/price has no sample; these are the pairs the samples' assets trade in. */
    private static final String TICKERS = """
            [ {"symbol": "BTCUSDT", "price": "91250.00"}, {"symbol": "ETHUSDT", "price": "3100.00"},
              {"symbol": "BNBUSDT", "price": "620.00"}, {"symbol": "LTCUSDT", "price": "82.00"},
              {"symbol": "USDCUSDT", "price": "1.0001"}, {"symbol": "AXSUSDT", "price": "2.10"},
              {"symbol": "SOLUSDT", "price": "140.00"}, {"symbol": "SHIBUSDT", "price": "0.0000094"},
              {"symbol": "BCHUSDT", "price": "480.00"}, {"symbol": "AVAXUSDT", "price": "21.00"},
              {"symbol": "ETHBTC", "price": "0.034"} ]
            """;

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        responder.shutdownNow();
    }
}
