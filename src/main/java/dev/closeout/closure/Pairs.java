package dev.closeout.closure;

import java.util.List;

/** How an exchange names a trading pair: the base asset, then the quote ({@code ETHUSDT}, {@code ETHBTC}, {@code BTCUSD_PERP}). */
public final class Pairs {

    /** The quotes pairs are made with, each before any shorter one that ends it (BUSD before USD). */
    private static final List<String> QUOTES = List.of("USDT", "USDC", "FDUSD", "BUSD", "USD", "BTC", "ETH", "BNB", "EUR");

    private Pairs() {
    }

    /** The base asset of a pair: what it buys or sells; the symbol itself when no quote ends it. A delivery date or PERP after "_" is no part of it. */
    public static String base(String symbol) {
        String plain = symbol.contains("_") ? symbol.substring(0, symbol.indexOf('_')) : symbol;
        for (String quote : QUOTES) {
            if (plain.endsWith(quote) && plain.length() > quote.length()) {
                return plain.substring(0, plain.length() - quote.length());
            }
        }
        return plain;
    }
}
