package dev.closeout.exchange.binance;

import dev.closeout.account.history.HistoryPart;
import dev.closeout.exchange.binance.BinanceHosts.Host;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAmount;
import java.util.List;

/**
 * Every Binance endpoint an export reads, with its documented path, weight and limits: the
 * longest span one request may cover, how far back Binance keeps the records, and how its
 * answers come in pages. People see each reading's name from the bundle
 * ({@code binance.history.reading.NAME}).
 */
public enum HistoryReading {
    /** Every spot symbol with its two assets: which pairs to ask for trades. */
    SYMBOLS(HistoryPart.TRADES, Call.get(Host.API, "/api/v3/exchangeInfo", 20).unsigned().with("showPermissionSets", "false"),
            null, null, Paging.NONE),
    /** Per symbol, from the first trade on by trade id: no window needed. */
    SPOT_TRADES(HistoryPart.TRADES, Call.get(Host.API, "/api/v3/myTrades", 20), null, null, Paging.NONE),
    /** At most 30 days a request; weighed per account (UID). */
    CONVERTS(HistoryPart.TRADES, Call.get(Host.API, "/sapi/v1/convert/tradeFlow", 3000), Duration.ofDays(30), null, Paging.NONE),
    DEPOSITS(HistoryPart.DEPOSITS, Call.get(Host.API, "/sapi/v1/capital/deposit/hisrec", 1), Duration.ofDays(90), null,
            Paging.OFFSET),
    /** Weight 18,000 of the account's (UID) 180,000 a minute: ten windows a minute at most. */
    WITHDRAWALS(HistoryPart.WITHDRAWALS, Call.get(Host.API, "/sapi/v1/capital/withdraw/history", 18_000), Duration.ofDays(90),
            null, Paging.OFFSET),
    /** One direction between two wallets a request ({@code type}); the last six months only. */
    TRANSFERS(HistoryPart.TRANSFERS, Call.get(Host.API, "/sapi/v1/asset/transfer", 1), null, Period.ofMonths(6), Paging.CURRENT),
    /** Each of Simple Earn's six histories: at most 30 days a request (three months until early 2026). */
    FLEXIBLE_SUBSCRIPTIONS(HistoryPart.EARN, earn("flexible/history/subscriptionRecord"), Duration.ofDays(30), null, Paging.CURRENT),
    FLEXIBLE_REDEMPTIONS(HistoryPart.EARN, earn("flexible/history/redemptionRecord"), Duration.ofDays(30), null, Paging.CURRENT),
    FLEXIBLE_REWARDS(HistoryPart.EARN, earn("flexible/history/rewardsRecord").with("type", "ALL"), Duration.ofDays(30), null,
            Paging.CURRENT),
    LOCKED_SUBSCRIPTIONS(HistoryPart.EARN, earn("locked/history/subscriptionRecord"), Duration.ofDays(30), null, Paging.CURRENT),
    LOCKED_REDEMPTIONS(HistoryPart.EARN, earn("locked/history/redemptionRecord"), Duration.ofDays(30), null, Paging.CURRENT),
    LOCKED_REWARDS(HistoryPart.EARN, earn("locked/history/rewardsRecord"), Duration.ofDays(30), null, Paging.CURRENT),
    /** The last 100 conversions only, and none before 2020-12-01. */
    DUST(HistoryPart.DUST_CONVERSIONS, Call.get(Host.API, "/sapi/v1/asset/dribblet", 1), null, null, Paging.NONE),
    /** At most 30 days a request, the last six months only. */
    P2P(HistoryPart.P2P_ORDERS, Call.get(Host.API, "/sapi/v1/c2c/orderMatch/listUserOrderHistory", 1), Duration.ofDays(30),
            Period.ofMonths(6), Paging.PAGE_OF_ROWS),
    /** The last three months only. */
    USDM_INCOME(HistoryPart.FUTURES_INCOME, Call.get(Host.FAPI, "/fapi/v1/income", 30), null, Period.ofMonths(3), Paging.PAGE),
    /** At most a year a request, taken as 365 days: a calendar year with a 29 February might be a day too long. */
    COINM_INCOME(HistoryPart.FUTURES_INCOME, Call.get(Host.DAPI, "/dapi/v1/income", 20), Duration.ofDays(365), null, Paging.PAGE);

    /** The oldest dust conversion Binance's dust log gives. */
    static final Instant DUST_LOG_STARTS = Instant.parse("2020-12-01T00:00:00Z");
    /** How many conversions the dust log gives at most: the latest ones. */
    static final int DUST_LOG_RECORDS = 100;

    /** How an endpoint's answers come in pages: the parameters that ask for a page, and where the answer's records are. */
    enum Paging {
        /** One answer holds everything asked. */
        NONE(null, null, 0, null),
        /** {@code offset} and {@code limit}; the next page while a page is full. */
        OFFSET("offset", "limit", 1000, null),
        /** {@code current} (from 1) and {@code size}; the answer's {@code total} says how many pages. */
        CURRENT("current", "size", 100, "rows"),
        /** {@code page} (from 1) and {@code rows}; the answer's {@code total} says how many pages. */
        PAGE_OF_ROWS("page", "rows", 100, "data"),
        /** {@code page} (from 1) and {@code limit}; the next page while a page is full. */
        PAGE("page", "limit", 1000, null);

        final String pageParameter;
        final String sizeParameter;
        final int size;
        /** The field holding the records, or null when the answer is the list itself. */
        final String records;

        Paging(String pageParameter, String sizeParameter, int size, String records) {
            this.pageParameter = pageParameter;
            this.sizeParameter = sizeParameter;
            this.size = size;
            this.records = records;
        }
    }

    private final HistoryPart part;
    private final Call call;
    private final TemporalAmount window;
    private final Period lookBack;
    private final Paging paging;

    HistoryReading(HistoryPart part, Call call, TemporalAmount window, Period lookBack, Paging paging) {
        this.part = part;
        this.call = call;
        this.window = window;
        this.lookBack = lookBack;
        this.paging = paging;
    }

    private static Call earn(String path) {
        return Call.get(Host.API, "/sapi/v1/simple-earn/" + path, 150);
    }

    /** The part of the history this reading's records go into. */
    public HistoryPart part() {
        return part;
    }

    Call call() {
        return call;
    }

    /** The longest span one request may cover; null when one request covers the whole period. */
    TemporalAmount window() {
        return window;
    }

    /** How far back Binance keeps these records; null when it has not said. */
    Period lookBack() {
        return lookBack;
    }

    Paging paging() {
        return paging;
    }

    /**
     * Where this reading starts when the export covers {@code from} to {@code to}: later than
     * {@code from} when Binance keeps less. A day is left as margin at a look-back's edge, where
     * Binance's count of months may differ from the calendar's by a day.
     */
    Instant start(Instant from, Instant to) {
        Instant start = from;
        if (lookBack != null) {
            start = Window.later(start, to.atZone(ZoneOffset.UTC).minus(lookBack).plusDays(1).toInstant());
        }
        return this == DUST ? Window.later(start, DUST_LOG_STARTS) : start;
    }

    /** The windows this reading asks for the export's period. */
    List<Window> windows(Instant from, Instant to) {
        return Window.cut(start(from, to), to, window);
    }
}
