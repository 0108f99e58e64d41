package dev.closeout.exchange.binance;

import dev.closeout.exchange.binance.FakeBinance.Answer;
import dev.closeout.exchange.binance.FakeBinance.Request;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/** What the local Binance checks before it answers, as the real one does; its settings are the fake's to change. */
final class FakeChecks {

    volatile BiPredicate<String, String> signatureCheck;
    volatile long clockSkewMillis;
    volatile boolean timestampsChecked = true;
    /**
     * Binance's once-every-3-seconds endpoints, kept at this pace here so that tests need not wait
     * seconds; {@link FakeBinance#paceAsBinance()} keeps Binance's own. A request sooner is refused and noted.
     */
    volatile Duration accountPace = Duration.ofMillis(40);
    final Map<String, Long> lastPacedNanos = new ConcurrentHashMap<>();
    final List<String> paceBroken = new CopyOnWriteArrayList<>();

    /**
     * The endpoints Binance documents as needing a switch of the key, by the switch's field in
     * /sapi/v1/account/apiRestrictions: without it, Binance refuses the key (-2015).
     */
    final Map<String, String> switchNeeded = new ConcurrentHashMap<>(Map.of(
            "/sapi/v1/algo/futures/openOrders", "enableFutures",
            "/sapi/v1/asset/wallet/balance", "permitsUniversalTransfer"));

    /** The key's permissions as the fake answers for them now. */
    private final Supplier<String> keyAnswer;

    FakeChecks(BiPredicate<String, String> signatureCheck, Supplier<String> keyAnswer) {
        this.signatureCheck = signatureCheck;
        this.keyAnswer = keyAnswer;
    }

    /** What the real Binance refuses before answering: no key, a wrong signature, a stale timestamp, a window too long. */
    Optional<Answer> refusal(Request request) {
        if (!request.query().containsKey("signature")) {
            return Optional.empty();
        }
        if (!FakeBinance.API_KEY.equals(request.apiKey())) {
            return Optional.of(Answer.error(401, FakeBinance.sample("error_-2015_rejected_mbx_key.json")));
        }
        String raw = request.rawQuery();
        int at = raw.lastIndexOf("&signature=");
        if (at < 0 || !signatureCheck.test(raw.substring(0, at),
                URLDecoder.decode(raw.substring(at + "&signature=".length()), StandardCharsets.UTF_8))) {
            return Optional.of(Answer.error(400, FakeBinance.sample("error_-1022_invalid_signature.json")));
        }
        long timestamp = Long.parseLong(request.param("timestamp"));
        long window = Long.parseLong(request.query().getOrDefault("recvWindow", "5000"));
        long now = now();
        if (timestampsChecked && (timestamp >= now + 1000 || now - timestamp > window)) {
            return Optional.of(Answer.error(400, FakeBinance.sample("error_-1021_invalid_timestamp.json")));
        }
        String needed = switchNeeded.get(request.path());
        if (needed != null && !keyHas(needed)) {
            return Optional.of(Answer.error(401, FakeBinance.sample("error_-2015_rejected_mbx_key.json")));
        }
        return paceRefusal(request).or(() -> BinanceRules.refusal(request));
    }

    /** Whether the key, as this Binance answers for it, has the switch on. */
    private boolean keyHas(String field) {
        return keyAnswer.get().replace(" ", "").contains("\"" + field + "\":true");
    }

    private Optional<Answer> paceRefusal(Request request) {
        if (!BinanceClient.ONE_PER_ACCOUNT_PACE.contains(request.path())) {
            return Optional.empty();
        }
        Long last = lastPacedNanos.put(request.path(), request.receivedNanos());
        if (timestampsChecked && last != null && request.receivedNanos() - last < accountPace.toNanos()) {
            paceBroken.add(request.method() + " " + request.path());
            return Optional.of(Answer.error(400,
                    "{\"code\": -1003, \"msg\": \"Too many requests; only one request every 3s per account.\"}"));
        }
        return Optional.empty();
    }

    long now() {
        return System.currentTimeMillis() + clockSkewMillis;
    }
}
