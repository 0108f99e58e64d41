package dev.closeout.exchange.binance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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

    public static final String P2P = "/sapi/v1/c2c/orderMatch/listUserOrderHistory";
    /** Binance's answer of a P2P window without orders. */
    public static final String NO_P2P_ORDERS = "{\"code\": \"000000\", \"message\": \"success\", \"data\": [], \"total\": 0, \"success\": true}";

    /** Whether a P2P request asks for the window that ends now (within a day), rather than an older one. */
    public boolean newestWindow(Request request) {
        String end = request.param("endTimestamp");
        return end == null || Long.parseLong(end) > checks.now() - Duration.ofDays(1).toMillis();
    }

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
    /** The symbol of the trades in the myTrades sample. */
    private static final String SAMPLE_TRADES_SYMBOL = "BNBBTC";
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, Integer> usedWeight = new HashMap<>();
    private final AtomicLong weightServed = new AtomicLong();
    private final FakeChecks checks;
    private volatile Duration everyAnswerDelay = Duration.ZERO;
    private final Map<String, Streamed> streamed = new ConcurrentHashMap<>();

    /** An answer that never ends in time: a byte every {@code every}, or a megabyte after another as fast as it goes. */
    private record Streamed(Duration every, boolean endless) {
    }

    static {
        // The JDK's server otherwise lets Nagle's algorithm hold small answers back for tens of milliseconds.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private FakeBinance(BiPredicate<String, String> signatureCheck) throws IOException {
        this.checks = new FakeChecks(signatureCheck, this::keyAnswer);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * A Binance that plays the samples and expects requests signed with {@link #SECRET}. Its key is
     * the samples' read-only key with the two switches Binance documents readings as needing
     * ("Enable Futures", "Permits Universal Transfer") on, so that every reading answers;
     * {@code keySwitches(false)} gives the samples' key as it is.
     */
    public static FakeBinance withSamples() {
        try {
            FakeBinance binance = new FakeBinance((payload, signature) -> new HmacSigner(SECRET).sign(payload).equalsIgnoreCase(signature));
            binance.keySwitches(true);
            return binance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks signatures some other way (an Ed25519 public key). */
    public void checkSignaturesWith(BiPredicate<String, String> check) {
        checks.signatureCheck = check;
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
        String trading = FakeAccounts.keyWithSwitches(true, "enableSpotAndMarginTrading", "enableFutures", "enableVanillaOptions",
                "permitsUniversalTransfer");
        route("GET", "/sapi/v1/account/apiRestrictions", (request, call) -> Answer.ok(trading));
    }

    /** The wallet totals of the samples, but {@code btc} in the wallet Binance calls {@code walletName} (one the samples give as 0). */
    public void walletHolds(String walletName, String btc) {
        Route now = routes.get("GET /sapi/v1/asset/wallet/balance");
        String answer = now == null ? sample("sapi_v1_asset_wallet_balance.json")
                : now.answer(new Request("GET", "/sapi/v1/asset/wallet/balance", "", Map.of(), API_KEY, System.nanoTime()), 0).body();
        String totals = answer.replace("\"balance\": \"0\",\n    \"walletName\": \"" + walletName + "\"",
                "\"balance\": \"" + btc + "\",\n    \"walletName\": \"" + walletName + "\"");
        route("GET", "/sapi/v1/asset/wallet/balance", (request, call) -> Answer.ok(totals));
    }

    /**
     * An account with nothing left in it, as Binance would answer for it: every list present and
     * empty, every total zero. Closeout should call it ready; a test then breaks one thing.
     */
    public void emptyAccount() {
        FakeAccounts.empty(this);
    }

    /** The pace this Binance keeps for its once-every-3-seconds endpoints; give it to the gateway under test. */
    public Duration accountPace() {
        return checks.accountPace;
    }

    /** From now on, Binance's own pace: one plan list (or redemption) every 3 s per account. */
    public void paceAsBinance() {
        checks.accountPace = Duration.ofSeconds(3);
    }

    /** The paced requests that came sooner than the pace allows, as "METHOD path". */
    public List<String> paceBroken() {
        return List.copyOf(checks.paceBroken);
    }

    /** The samples' key, with every switch Binance documents a reading as needing turned {@code on} or off. */
    public void keySwitches(boolean on) {
        String key = FakeAccounts.keyWithSwitches(on, "enableFutures", "permitsUniversalTransfer");
        route("GET", "/sapi/v1/account/apiRestrictions", (request, call) -> Answer.ok(key));
    }

    /** From now on the path answers a key without its switch, as Binance may have stopped asking for it. */
    public void noSwitchNeeded(String path) {
        checks.switchNeeded.remove(path);
    }

    /** The path's answer drips, one byte every {@code every}, and never ends. */
    public void drip(String path, Duration every) {
        streamed.put(path, new Streamed(every, false));
    }

    /** The path's answer never ends: a megabyte after another, as fast as the client takes them. */
    public void endless(String path) {
        streamed.put(path, new Streamed(Duration.ZERO, true));
    }

    /** Every request, after {@code delay}. */
    public void delayEveryAnswer(Duration delay) {
        this.everyAnswerDelay = delay;
    }

    public void delay(String path, Duration delay) {
        delays.put(path, delay);
    }

    /**
     * For tests that move the client's clock on their own: any timestamp is fresh, and no request
     * comes too soon (the client keeps its pace by its own clock, which this one does not share).
     */
    public void acceptAnyTimestamp() {
        checks.timestampsChecked = false;
    }

    /** Moves the fake's clock: signed requests are judged against it. */
    public void skewClock(Duration skew) {
        checks.clockSkewMillis = skew.toMillis();
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
                FakeWire.decode(rawQuery), exchange.getRequestHeaders().getFirst("X-MBX-APIKEY"), System.nanoTime());
        synchronized (this) {
            requests.add(request);
        }
        int call = calls.computeIfAbsent(request.method() + " " + request.path(), k -> new AtomicInteger()).incrementAndGet();
        java.util.Optional<Answer> refused = checks.refusal(request);
        Streamed stream = streamed.get(request.path());
        if (stream != null && refused.isEmpty()) {
            FakeWire.stream(exchange, stream.every(), stream.endless());
            return;
        }
        Answer answer = refused.orElseGet(() -> answer(request, call));
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
            int weight = FakeWire.WEIGHTS.getOrDefault(request.path(), 1);
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

    /** The key's permissions as this Binance answers for them now. */
    private String keyAnswer() {
        Route key = routes.get("GET /sapi/v1/account/apiRestrictions");
        return key == null ? sample("sapi_v1_account_apiRestrictions.json")
                : key.answer(new Request("GET", "/sapi/v1/account/apiRestrictions", "", Map.of(), API_KEY, System.nanoTime()), 0).body();
    }

    private Answer answer(Request request, int call) {
        Route route = routes.get(request.method() + " " + request.path());
        if (route != null) {
            return route.answer(request, call);
        }
        if (request.path().equals("/api/v3/time")) {
            return Answer.ok("{\"serverTime\": " + checks.now() + "}");
        }
        if (request.path().equals("/api/v3/ticker/price")) {
            return Answer.ok(FakeWire.TICKERS);
        }
        if (request.path().equals("/api/v3/myTrades") && !SAMPLE_TRADES_SYMBOL.equals(request.param("symbol"))) {
            // Binance answers the trades of the symbol asked: the sample's are of one symbol only.
            return Answer.ok("[]");
        }
        if (request.path().equals(P2P) && !newestWindow(request)) {
            // The samples' P2P orders are taken as this month's: the older windows have none.
            return Answer.ok(NO_P2P_ORDERS);
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



    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        responder.shutdownNow();
    }
}
