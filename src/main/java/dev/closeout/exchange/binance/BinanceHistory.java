package dev.closeout.exchange.binance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Balance;
import dev.closeout.account.EarnPosition;
import dev.closeout.account.P2pOrder;
import dev.closeout.account.PendingTransfer;
import dev.closeout.account.StakingPosition;
import dev.closeout.account.Wallet;
import dev.closeout.account.history.AccountHistory;
import dev.closeout.account.history.Deposit;
import dev.closeout.account.history.DustConversion;
import dev.closeout.account.history.EarnEvent;
import dev.closeout.account.history.FuturesIncome;
import dev.closeout.account.history.HistoryPart;
import dev.closeout.account.history.P2pTrade;
import dev.closeout.account.history.WalletTransfer;
import dev.closeout.account.history.Withdrawal;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.HistoryProgress;
import dev.closeout.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Binance account's whole history, read with the limits Binance documents: spot trades symbol by
 * symbol, deposits and withdrawals in 90-day windows, Convert and Simple Earn in 30-day windows,
 * P2P in 30-day windows over the six months Binance keeps, transfers
 * between wallets and USDⓈ-M futures income over what Binance keeps, COIN-M income a year a
 * request, the dust log. The readings run side by side, each inside the client's weight budget
 * (withdrawals, at 18,000 of the account's 180,000 a minute, wait for the next minute after nine
 * windows). Whatever Binance would not give, and whatever its API never gives, is listed as not
 * included, never left out silently.
 *
 * <p>Progress is told from the calling thread only, a few times a second and at least once a
 * second while Binance's limits are waited out, so that a cancel thrown from it is heard; then
 * every reading still running is stopped.
 */
final class BinanceHistory {

    /** The day Binance opened: no account's history starts earlier. */
    static final Instant BINANCE_OPENED = Instant.parse("2017-07-14T00:00:00Z");
    private static final long POLL_MILLIS = 200;
    private static final int POLLS_BETWEEN_RETELLING = 5;
    /** The shortest Convert window worth halving when its answer says more conversions are left. */
    private static final Duration SHORTEST_CONVERT_WINDOW = Duration.ofMinutes(1);
    private static final List<HistoryReading> EARN = List.of(HistoryReading.FLEXIBLE_SUBSCRIPTIONS, HistoryReading.FLEXIBLE_REDEMPTIONS,
            HistoryReading.FLEXIBLE_REWARDS, HistoryReading.LOCKED_SUBSCRIPTIONS, HistoryReading.LOCKED_REDEMPTIONS,
            HistoryReading.LOCKED_REWARDS);

    /** One reading of the history, run on the pool. */
    @FunctionalInterface
    private interface Task {
        void run() throws ExchangeException;
    }

    private final BinanceClient client;
    private final Messages messages;
    private final ExecutorService pool;
    private final Instant since;

    BinanceHistory(BinanceClient client, Messages messages, ExecutorService pool, Instant since) {
        this.client = client;
        this.messages = messages;
        this.pool = pool;
        this.since = since;
    }

    /** Everything the account did from {@code since} until now; {@code now} tells which assets it holds. */
    AccountHistory read(AccountSnapshot now, HistoryProgress progress) throws ExchangeException {
        client.ensureClockSynced();
        Instant to = client.serverNow().truncatedTo(ChronoUnit.SECONDS);
        TracedAssets traced = new TracedAssets(held(now));
        HistoryReader reader = new HistoryReader(client, since, to, traced);
        run(tasks(reader, traced), reader, progress);
        return new AccountHistory(since, to, reader.trades.oldestFirst(), reader.deposits.oldestFirst(),
                reader.withdrawals.oldestFirst(), reader.transfers.oldestFirst(), reader.earn.oldestFirst(), reader.dust.oldestFirst(),
                reader.p2p.oldestFirst(), reader.futuresIncome.oldestFirst(), new HistoryGaps(messages).of(reader, since, to));
    }

    private static Set<String> held(AccountSnapshot now) {
        Set<String> assets = new TreeSet<>();
        Stream.of(now.balances().stream().map(Balance::asset), now.earn().stream().map(EarnPosition::asset),
                        now.staking().stream().map(StakingPosition::asset), now.p2pOrders().stream().map(P2pOrder::asset),
                        now.pendingTransfers().stream().map(PendingTransfer::asset))
                .flatMap(s -> s).filter(a -> a != null && !a.isBlank()).forEach(assets::add);
        return assets;
    }

    private List<Task> tasks(HistoryReader r, TracedAssets traced) {
        List<Task> readings = new ArrayList<>(List.<Task>of(
                () -> r.everyWindow(HistoryReading.DEPOSITS, HistoryReading.DEPOSITS.call(), FundsHistoryMapper::deposits,
                        r.deposits, Deposit::asset),
                () -> r.everyWindow(HistoryReading.WITHDRAWALS, HistoryReading.WITHDRAWALS.call(), FundsHistoryMapper::withdrawals,
                        r.withdrawals, Withdrawal::asset),
                () -> transfers(r),
                () -> dust(r),
                // The 2026 connectors' names for P2P's window; the 2025 page called them startTime and endTime.
                () -> r.everyWindow(HistoryReading.P2P, HistoryReading.P2P.call(), "startTimestamp", "endTimestamp",
                        FundsHistoryMapper::p2p, r.p2p, P2pTrade::asset),
                () -> income(r),
                () -> converts(r)));
        // Side by side: each of Simple Earn's six histories has a budget of its own, and at 150 a request each takes two of its minutes.
        for (HistoryReading earn : EARN) {
            readings.add(() -> r.everyWindow(earn, earn.call(), page -> EarnHistoryMapper.events(earn, page), r.earn, EarnEvent::asset));
        }
        List<Task> tasks = new ArrayList<>();
        for (Task adding : readings) {
            traced.readingStarts();
            tasks.add(() -> {
                try {
                    adding.run();
                } finally {
                    traced.readingDone();
                }
            });
        }
        tasks.add(() -> new SpotTrades(r).read());
        return tasks;
    }

    private static void transfers(HistoryReader r) throws ExchangeException {
        for (String type : FundsHistoryMapper.TRANSFER_TYPES) {
            r.everyWindow(HistoryReading.TRANSFERS, HistoryReading.TRANSFERS.call().with("type", type),
                    page -> FundsHistoryMapper.transfers(page, type), r.transfers, WalletTransfer::asset);
        }
    }

    /** The dust log gives its last hundred conversions only: a full log may leave older ones out. What dust became is traced too. */
    private static void dust(HistoryReader r) throws ExchangeException {
        r.everyWindow(HistoryReading.DUST, HistoryReading.DUST.call(), page -> {
            r.dustLogFull |= FundsHistoryMapper.dustConversions(page) >= HistoryReading.DUST_LOG_RECORDS;
            List<DustConversion> conversions = FundsHistoryMapper.dust(page);
            r.traced().add(conversions.stream().map(DustConversion::toAsset).distinct().toList());
            return conversions;
        }, r.dust, DustConversion::asset);
    }

    private static void income(HistoryReader r) throws ExchangeException {
        r.everyWindow(HistoryReading.USDM_INCOME, HistoryReading.USDM_INCOME.call(),
                page -> TradeHistoryMapper.income(page, Wallet.USDM_FUTURES, r.otherIncome), r.futuresIncome, FuturesIncome::asset);
        r.everyWindow(HistoryReading.COINM_INCOME, HistoryReading.COINM_INCOME.call(),
                page -> TradeHistoryMapper.income(page, Wallet.COINM_FUTURES, r.otherIncome), r.futuresIncome, FuturesIncome::asset);
    }

    private void converts(HistoryReader r) throws ExchangeException {
        for (Window window : HistoryReading.CONVERTS.windows(since, r.to())) {
            converts(r, window);
        }
    }

    /** One window of Convert; one whose answer says more are left is asked again in halves. */
    private void converts(HistoryReader r, Window window) throws ExchangeException {
        try {
            JsonNode answer = client.send(window.on(HistoryReading.CONVERTS.call()).with("limit", "1000"));
            boolean more = TradeHistoryMapper.moreConverts(answer);
            if (more && Duration.between(window.start(), window.end()).compareTo(SHORTEST_CONVERT_WINDOW) > 0) {
                for (Window half : window.halves()) {
                    converts(r, half);
                }
                return;
            }
            r.keep(HistoryPart.TRADES, TradeHistoryMapper.converts(answer), r.trades, t -> null);
            r.traced().add(TradeHistoryMapper.convertedAssets(answer));
            if (more) {
                r.gaps.add(new HistoryReader.Gap(HistoryReading.CONVERTS, window, null,
                        new ExchangeException("binance.history.moreThanGiven", List.of(), null)));
            }
        } catch (ExchangeException | RuntimeException e) {
            r.gap(HistoryReading.CONVERTS, window, null, e);
        }
    }

    /** Runs the readings side by side, telling progress until all are done; the first that cannot go on stops them all. */
    private void run(List<Task> tasks, HistoryReader reader, HistoryProgress progress) throws ExchangeException {
        CountDownLatch finished = new CountDownLatch(tasks.size());
        List<Future<?>> running = new ArrayList<>();
        for (Task task : tasks) {
            running.add(pool.submit(() -> {
                try {
                    task.run();
                    return null;
                } finally {
                    finished.countDown();
                }
            }));
        }
        Teller teller = new Teller(reader, progress);
        try {
            int quiet = 0;
            while (!finished.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                stopIfOneFailed(running);
                quiet = teller.changes() ? 0 : quiet + 1;
                if (quiet >= POLLS_BETWEEN_RETELLING) {
                    teller.again();
                    quiet = 0;
                }
            }
            stopIfOneFailed(running);
            teller.everyPart();
        } catch (InterruptedException e) {
            running.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new ExchangeException("binance.error.interrupted", List.of(), e);
        } catch (ExchangeException | RuntimeException e) {
            running.forEach(f -> f.cancel(true));
            throw e;
        }
    }

    private static void stopIfOneFailed(List<Future<?>> running) throws ExchangeException, InterruptedException {
        for (Future<?> f : running) {
            if (f.isDone() && !f.isCancelled()) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof ExchangeException x) {
                        throw x;
                    }
                    throw new IllegalStateException("a history reading let an unexpected error through", e.getCause());
                }
            }
        }
    }

    /** Tells progress as counts change, from the calling thread. */
    private static final class Teller {

        private final HistoryReader reader;
        private final HistoryProgress progress;
        private final Map<HistoryPart, Integer> told = new LinkedHashMap<>();
        private HistoryPart last = HistoryPart.TRADES;

        Teller(HistoryReader reader, HistoryProgress progress) {
            this.reader = reader;
            this.progress = progress;
        }

        /** Tells each part whose count changed; whether any did. */
        boolean changes() {
            boolean any = false;
            for (HistoryPart part : HistoryPart.values()) {
                int count = reader.count(part);
                if (count != told.getOrDefault(part, 0)) {
                    tell(part, count);
                    any = true;
                }
            }
            return any;
        }

        /** The last part again: nothing new, but a cancel is heard. */
        void again() {
            tell(last, reader.count(last));
        }

        /** At the end, every part once at least, those with no record included. */
        void everyPart() {
            for (HistoryPart part : HistoryPart.values()) {
                int count = reader.count(part);
                if (!told.containsKey(part) || told.get(part) != count) {
                    tell(part, count);
                }
            }
        }

        private void tell(HistoryPart part, int count) {
            progress.read(part, count);
            told.put(part, count);
            last = part;
        }
    }
}
