package dev.closeout.exchange.binance;

import dev.closeout.exchange.ExchangeException;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Where Binance's four REST families live: spot and wallet ({@code api}), USDⓈ-M futures
 * ({@code fapi}), COIN-M futures ({@code dapi}) and options ({@code eapi}). A testnet, a proxy
 * or a test replaces every host with one base URL and keeps the documented paths (on the
 * command line, {@code CLOSEOUT_BINANCE_BASE_URL}).
 */
public record BinanceHosts(URI api, URI fapi, URI dapi, URI eapi) {

    public BinanceHosts {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(fapi, "fapi");
        Objects.requireNonNull(dapi, "dapi");
        Objects.requireNonNull(eapi, "eapi");
    }

    public static BinanceHosts production() {
        return new BinanceHosts(URI.create("https://api.binance.com"), URI.create("https://fapi.binance.com"),
                URI.create("https://dapi.binance.com"), URI.create("https://eapi.binance.com"));
    }

    /** One base URL for everything, such as {@code http://127.0.0.1:8080}; a trailing slash is dropped. */
    public static BinanceHosts everythingAt(String baseUrl) throws ExchangeException {
        String trimmed = baseUrl.strip();
        URI base;
        try {
            base = URI.create(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
        } catch (IllegalArgumentException e) {
            throw new ExchangeException("binance.error.baseUrl", List.of(baseUrl), e);
        }
        if (!("http".equals(base.getScheme()) || "https".equals(base.getScheme())) || base.getHost() == null) {
            throw new ExchangeException("binance.error.baseUrl", List.of(baseUrl), null);
        }
        return new BinanceHosts(base, base, base, base);
    }

    /** Production, unless {@code baseUrl} is set. */
    public static BinanceHosts productionOr(String baseUrl) throws ExchangeException {
        return baseUrl == null || baseUrl.isBlank() ? production() : everythingAt(baseUrl);
    }

    URI of(Host host) {
        return switch (host) {
            case API -> api;
            case FAPI -> fapi;
            case DAPI -> dapi;
            case EAPI -> eapi;
        };
    }

    /** The families; each path below names its own. */
    enum Host { API, FAPI, DAPI, EAPI }
}
