package dev.closeout.exchange.binance;

/**
 * Where an open order lives on Binance, so it can be cancelled by the id the snapshot gave it:
 * spot orders keep Binance's own id, every other kind gets a prefix, since the same number can
 * be a spot, a futures and an algo order at once.
 */
record OrderRef(Kind kind, String symbol, String binanceId, boolean isolated) {

    enum Kind {
        SPOT(""), SPOT_LIST("list-"), MARGIN("margin-"), MARGIN_LIST("margin-list-"), USDM("usdm-"), USDM_CONDITIONAL("usdm-conditional-"),
        COINM("coinm-"), SPOT_ALGO("spot-algo-"), FUTURES_ALGO("futures-algo-"), OPTIONS("options-"), CONVERT("convert-");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        boolean futures() {
            return this == USDM || this == USDM_CONDITIONAL || this == COINM || this == FUTURES_ALGO;
        }
    }

    /** The id the snapshot shows. */
    String id() {
        return kind.prefix + binanceId;
    }
}
