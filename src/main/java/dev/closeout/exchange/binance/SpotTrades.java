package dev.closeout.exchange.binance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.closeout.account.history.HistoryPart;
import dev.closeout.account.history.Trade;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.binance.TradeHistoryMapper.Pair;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The account's spot trades. Binance gives them only symbol by symbol, and no endpoint says which
 * symbols an account traded, so Closeout asks every symbol Binance lists that trades an asset the
 * account shows a trace of (held, deposited, withdrawn, converted, earned, paid out), against
 * anything; the trades found bring in their other asset, whose symbols are asked in turn. Each
 * symbol is read from its first trade on, a thousand trades a request.
 */
final class SpotTrades {

    static final int PAGE = 1000;

    private final HistoryReader reader;

    SpotTrades(HistoryReader reader) {
        this.reader = reader;
    }

    void read() throws ExchangeException {
        List<Pair> pairs;
        try {
            pairs = TradeHistoryMapper.pairs(reader.client().send(HistoryReading.SYMBOLS.call()));
        } catch (ExchangeException | RuntimeException e) {
            reader.gap(HistoryReading.SYMBOLS, null, null, e);
            return;
        }
        Set<String> seen = new HashSet<>();
        Set<String> asked = new HashSet<>();
        try {
            for (Set<String> fresh = reader.traced().next(seen); !fresh.isEmpty(); fresh = reader.traced().next(seen)) {
                seen.addAll(fresh);
                for (Pair pair : pairs) {
                    if ((fresh.contains(pair.base()) || fresh.contains(pair.quote())) && asked.add(pair.symbol())) {
                        symbol(pair);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExchangeException("binance.error.interrupted", List.of(), e);
        }
    }

    /** One symbol's trades, page after page from trade id 0; a page Binance would not give leaves the symbol as a gap. */
    private void symbol(Pair pair) throws ExchangeException {
        long fromId = 0;
        while (true) {
            Call call = HistoryReading.SPOT_TRADES.call().with("symbol", pair.symbol()).with("fromId", String.valueOf(fromId))
                    .with("limit", String.valueOf(PAGE));
            List<Trade> trades;
            long last;
            try {
                JsonNode page = reader.client().send(call);
                trades = TradeHistoryMapper.spotTrades(page, pair);
                last = TradeHistoryMapper.lastTradeId(page);
            } catch (ExchangeException | RuntimeException e) {
                reader.gap(HistoryReading.SPOT_TRADES, null, pair.symbol(), e);
                return;
            }
            reader.keep(HistoryPart.TRADES, trades, reader.trades, t -> pair.base());
            if (!trades.isEmpty()) {
                reader.traced().add(List.of(pair.quote()));
            }
            if (trades.size() < PAGE || last < fromId) {
                return;
            }
            fromId = last + 1;
        }
    }
}
