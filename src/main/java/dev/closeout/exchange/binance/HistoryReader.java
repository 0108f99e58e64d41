package dev.closeout.exchange.binance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.closeout.account.history.Deposit;
import dev.closeout.account.history.DustConversion;
import dev.closeout.account.history.EarnEvent;
import dev.closeout.account.history.FuturesIncome;
import dev.closeout.account.history.HistoryPart;
import dev.closeout.account.history.P2pTrade;
import dev.closeout.account.history.Trade;
import dev.closeout.account.history.WalletTransfer;
import dev.closeout.account.history.Withdrawal;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.binance.HistoryReading.Paging;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What one export has read so far, filled by several readings at once: the records, how many of
 * each part, and the gaps, each a window or a symbol Binance would not give and why. It also
 * asks Binance, window by window and page by page, the way each endpoint pages its answers.
 */
final class HistoryReader {

    /** A window or a symbol of a reading that Binance would not give, and its answer. */
    record Gap(HistoryReading reading, Window window, String symbol, ExchangeException cause) {
    }

    final KeptRecords<Trade> trades = new KeptRecords<>(Trade::id, Trade::at);
    final KeptRecords<Deposit> deposits = new KeptRecords<>(Deposit::id, Deposit::at);
    final KeptRecords<Withdrawal> withdrawals = new KeptRecords<>(Withdrawal::id, Withdrawal::at);
    final KeptRecords<WalletTransfer> transfers = new KeptRecords<>(WalletTransfer::id, WalletTransfer::at);
    final KeptRecords<EarnEvent> earn = new KeptRecords<>(EarnEvent::id, EarnEvent::at);
    /** The assets converted together share one id. */
    final KeptRecords<DustConversion> dust = new KeptRecords<>(d -> d.id() + " " + d.asset(), DustConversion::at);
    final KeptRecords<P2pTrade> p2p = new KeptRecords<>(P2pTrade::id, P2pTrade::at);
    final KeptRecords<FuturesIncome> futuresIncome = new KeptRecords<>(FuturesIncome::id, FuturesIncome::at);
    /** Futures income of kinds the history has no place for: Binance's name of the kind, a space, the record's id. */
    final Set<String> otherIncome = ConcurrentHashMap.newKeySet();
    final List<Gap> gaps = Collections.synchronizedList(new ArrayList<>());
    volatile boolean dustLogFull;

    private final BinanceClient client;
    private final Instant from;
    private final Instant to;
    private final TracedAssets traced;
    private final Map<HistoryPart, AtomicInteger> counts = new EnumMap<>(HistoryPart.class);

    HistoryReader(BinanceClient client, Instant from, Instant to, TracedAssets traced) {
        this.client = client;
        this.from = from;
        this.to = to;
        this.traced = traced;
        for (HistoryPart part : HistoryPart.values()) {
            counts.put(part, new AtomicInteger());
        }
    }

    BinanceClient client() {
        return client;
    }

    TracedAssets traced() {
        return traced;
    }

    /** The end of the export's period. */
    Instant to() {
        return to;
    }

    /** How many records of a part have been read so far. */
    int count(HistoryPart part) {
        return counts.get(part).get();
    }

    /**
     * Every window of a reading, every page of each, mapped and kept in {@code into}; the assets
     * they name join the traced ones. A window Binance would not give becomes a gap and the next
     * window is asked.
     */
    <T> void everyWindow(HistoryReading reading, Call call, Function<JsonNode, List<T>> map, KeptRecords<T> into,
            Function<T, String> asset) throws ExchangeException {
        everyWindow(reading, call, "startTime", "endTime", map, into, asset);
    }

    <T> void everyWindow(HistoryReading reading, Call call, String startName, String endName, Function<JsonNode, List<T>> map,
            KeptRecords<T> into, Function<T, String> asset) throws ExchangeException {
        for (Window window : reading.windows(from, to)) {
            try {
                List<T> records = new ArrayList<>();
                for (JsonNode page : pages(reading, window.on(call, startName, endName))) {
                    records.addAll(map.apply(page));
                }
                keep(reading.part(), records, into, asset);
            } catch (ExchangeException | RuntimeException e) {
                gap(reading, window, null, e);
            }
        }
    }

    /** Keeps what one window or page gave, counts what is new and notes its assets. */
    <T> void keep(HistoryPart part, List<T> records, KeptRecords<T> into, Function<T, String> asset) {
        counts.get(part).addAndGet(into.add(records));
        traced.add(records.stream().map(asset).toList());
    }

    /** Every page of one window, asked the way the reading's endpoint pages its answers. */
    List<JsonNode> pages(HistoryReading reading, Call window) throws ExchangeException {
        Paging paging = reading.paging();
        if (paging == Paging.NONE) {
            return List.of(client.send(window));
        }
        List<JsonNode> pages = new ArrayList<>();
        for (int page = 1; ; page++) {
            String position = String.valueOf(paging == Paging.OFFSET ? (page - 1) * paging.size : page);
            JsonNode answer = client.send(window.with(paging.pageParameter, position).with(paging.sizeParameter,
                    String.valueOf(paging.size)));
            pages.add(answer);
            int records = Json.items(answer, paging.records).size();
            // An answer without its total goes on while pages are full: a missing total is not a total of none.
            boolean counted = (paging == Paging.CURRENT || paging == Paging.PAGE_OF_ROWS) && answer.path("total").canConvertToInt();
            boolean more = counted ? page * paging.size < answer.path("total").asInt() : records == paging.size;
            if (!more || records == 0) {
                return pages;
            }
        }
    }

    /**
     * Notes a window or a symbol of a reading that Binance would not give, or gave in an answer
     * that could not be read, as a gap. A ban, a refused location, a malformed key or signature,
     * or a cancel is thrown on instead: nothing more can be read.
     */
    void gap(HistoryReading reading, Window window, String symbol, Exception failure) throws ExchangeException {
        if (failure instanceof ExchangeException e) {
            if ((e instanceof BinanceApiException b && b.stopsEverything()) || e.messageKey().equals("binance.error.interrupted")) {
                throw e;
            }
            gaps.add(new Gap(reading, window, symbol, e));
        } else {
            gaps.add(new Gap(reading, window, symbol,
                    new ExchangeException("binance.error.badAnswer", List.of(reading.call().toString()), failure)));
        }
    }
}
