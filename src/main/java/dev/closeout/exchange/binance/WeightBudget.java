package dev.closeout.exchange.binance;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Keeps Closeout inside Binance's request-weight limits, per one-minute window of the server's
 * clock. Before a request its weight is reserved; when the minute's budget would be exceeded,
 * the request waits for the next minute instead of earning a 429 (and, after more, a ban).
 * After each answer the used weight Binance reports in its headers replaces the estimate when
 * higher: other programs on the same IP count too.
 *
 * <p>Limits, per the API notes: {@code /api} 6000 per minute per IP; each {@code /sapi}
 * endpoint its own 12000 (IP) or 180000 (UID); {@code /fapi} 2400; {@code /dapi} 6000.
 * Only {@value #SHARE_PERCENT}% of each is used, leaving room for the user's other tools.
 */
final class WeightBudget {

    static final int SHARE_PERCENT = 90;
    private static final long MINUTE = 60_000;
    /** SAPI endpoints counted per account (UID) rather than per IP. */
    private static final Set<String> UID_WEIGHTED = Set.of("/sapi/v1/asset/dust", "/sapi/v1/capital/withdraw/history",
            "/sapi/v1/convert/limit/queryOpenOrders", "/sapi/v1/convert/limit/cancelOrder", "/sapi/v1/convert/tradeFlow",
            "/sapi/v1/margin/orderList");

    /** One counter Binance keeps: which header reports it and how much a minute allows. */
    record Bucket(String key, String header, int limit) {
    }

    private static final class Usage {
        long minute = -1;
        int used;
    }

    private final LongSupplier serverMillis;
    private final Pause pause;
    private final Map<String, Usage> usage = new HashMap<>();
    private long spent;

    WeightBudget(LongSupplier serverMillis, Pause pause) {
        this.serverMillis = serverMillis;
        this.pause = pause;
    }

    static Bucket bucketOf(Call call) {
        if (call.path().startsWith("/sapi/")) {
            return UID_WEIGHTED.contains(call.path())
                    ? new Bucket("sapi-uid " + call.path(), "X-SAPI-USED-UID-WEIGHT-1M", 180_000)
                    : new Bucket("sapi-ip " + call.path(), "X-SAPI-USED-IP-WEIGHT-1M", 12_000);
        }
        return switch (call.host()) {
            case FAPI -> new Bucket("fapi", "X-MBX-USED-WEIGHT-1M", 2_400);
            case DAPI -> new Bucket("dapi", "X-MBX-USED-WEIGHT-1M", 6_000);
            case EAPI -> new Bucket("eapi", "X-MBX-USED-WEIGHT-1M", 2_400);
            case API -> new Bucket("api", "X-MBX-USED-WEIGHT-1M", 6_000);
        };
    }

    /** Waits, if need be, until the call fits this minute's budget, then counts it. */
    void reserve(Call call) throws InterruptedException {
        Bucket bucket = bucketOf(call);
        while (true) {
            Duration wait;
            synchronized (this) {
                long now = serverMillis.getAsLong();
                Usage u = current(bucket, now);
                // A call heavier than the whole share still goes alone at the start of a minute.
                if (u.used == 0 || u.used + call.weight() <= share(bucket)) {
                    u.used += call.weight();
                    spent += call.weight();
                    return;
                }
                wait = Duration.ofMillis((now / MINUTE + 1) * MINUTE - now + 50);
            }
            pause.sleep(wait);
        }
    }

    /** Takes in the used weight an answer reports. */
    synchronized void observe(Call call, HttpHeaders headers) {
        Bucket bucket = bucketOf(call);
        reported(headers, bucket.header()).ifPresent(used -> {
            Usage u = current(bucket, serverMillis.getAsLong());
            u.used = Math.max(u.used, used);
        });
    }

    /** The weight of every request reserved so far, by Binance's documented weights. */
    synchronized long spent() {
        return spent;
    }

    private static int share(Bucket bucket) {
        return bucket.limit() * SHARE_PERCENT / 100;
    }

    private Usage current(Bucket bucket, long now) {
        Usage u = usage.computeIfAbsent(bucket.key(), k -> new Usage());
        if (u.minute != now / MINUTE) {
            u.minute = now / MINUTE;
            u.used = 0;
        }
        return u;
    }

    private static OptionalInt reported(HttpHeaders headers, String name) {
        try {
            return headers.firstValue(name).map(v -> OptionalInt.of(Integer.parseInt(v.strip()))).orElse(OptionalInt.empty());
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
