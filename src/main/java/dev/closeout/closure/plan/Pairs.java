package dev.closeout.closure.plan;

import java.util.List;

/** How an exchange names a trading pair: the base asset, then the quote ({@code ETHUSDT}, {@code ETHBTC}). */
public final class Pairs {

    /** The quotes pairs are made with, longest first where one ends another. */
    private static final List<String> QUOTES = List.of("USDT", "USDC", "FDUSD", "BTC", "ETH", "BNB", "EUR");

    private Pairs() {
    }

    /** The base asset of a pair: what it buys or sells; the symbol itself when no quote ends it. */
    public static String base(String symbol) {
        for (String quote : QUOTES) {
            if (symbol.endsWith(quote) && symbol.length() > quote.length()) {
                return symbol.substring(0, symbol.length() - quote.length());
            }
        }
        return symbol;
    }
}
