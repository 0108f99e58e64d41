package dev.closeout.exchange.binance;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Turns Binance's error answers into plain words (bundle keys {@code binance.error.*}): the key,
 * its IP whitelist or its permissions; a ban and when it lifts; a restricted location; the clock.
 */
final class BinanceErrors {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private BinanceErrors() {
    }

    /**
     * The error for an HTTP answer that is not 200. {@code body} may be null when it was not
     * JSON; {@code retryAfter} is the header's wait, if sent.
     */
    static BinanceApiException of(int status, JsonNode body, Duration retryAfter, Instant now) {
        int code = body != null && body.path("code").canConvertToInt() && !body.path("code").isTextual()
                ? body.path("code").asInt() : BinanceApiException.NO_CODE;
        String msg = body == null ? "" : body.path("msg").asText("");
        if (status == 418) {
            Instant until = now.plus(retryAfter == null ? Duration.ofMinutes(2) : retryAfter);
            return new BinanceApiException("binance.error.banned", List.of(UTC.format(until)), status, code, msg);
        }
        if (status == 429 || code == -1003) {
            long seconds = retryAfter == null ? 60 : retryAfter.toSeconds();
            return new BinanceApiException("binance.error.tooManyRequests", List.of(String.valueOf(seconds)), status, code, msg);
        }
        if (status == 451) {
            return new BinanceApiException("binance.error.restrictedLocation", List.of(), status, code, msg);
        }
        if (code == -2014 || code == -2015 || code == -1002 || code == -1099) {
            return new BinanceApiException("binance.error.key", List.of(), status, code, msg);
        }
        if (code == -1022) {
            return new BinanceApiException("binance.error.signature", List.of(), status, code, msg);
        }
        if (code == -1021) {
            return new BinanceApiException("binance.error.clock", List.of(), status, code, msg);
        }
        if (status == 403) {
            return new BinanceApiException("binance.error.firewall", List.of(), status, code, msg);
        }
        if (status >= 500) {
            return new BinanceApiException("binance.error.server", List.of(String.valueOf(status)), status, code, msg);
        }
        if (code == BinanceApiException.NO_CODE) {
            return new BinanceApiException("binance.error.http", List.of(String.valueOf(status)), status, code, msg);
        }
        return new BinanceApiException("binance.error.refused", List.of(String.valueOf(code), msg), status, code, msg);
    }

    /** Binance ended a ban at this moment; asked again before then, nothing is sent. */
    static BinanceApiException stillBanned(Instant until) {
        return new BinanceApiException("binance.error.banned", List.of(UTC.format(until)), 418, BinanceApiException.NO_CODE, "");
    }
}
