package dev.closeout.exchange.binance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.history.AccountHistory;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.exchange.HistoryProgress;
import dev.closeout.exchange.WebPage;
import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.exchange.binance.SnapshotMapper.Mapped;
import dev.closeout.i18n.Messages;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A real Binance account through its signed REST API. A snapshot asks every reading at once on
 * a small pool of threads, then the few that depend on an answer (further pages, margin orders
 * where margin funds are locked); a reading that fails becomes an {@code unknown} part, never a
 * zero. Fixes are the ones Binance's API allows a key to do: cancel orders, convert dust,
 * redeem flexible Earn. Closing, freezing, withdrawing, verification and grid bots are
 * unsupported: the UI hands the user to binance.com for those.
 *
 * <p>Built on the JDK's HTTP client and Jackson rather than Binance's official Java connector:
 * the connector is a dozen modules on OkHttp, Gson and a generated model of every endpoint,
 * none of which is a named JPMS module, to read some 35 endpoints Closeout maps by hand anyway;
 * and signing is a few lines with the JDK's own HMAC and Ed25519.
 */
public final class BinanceGateway implements ExchangeGateway {

    private static final Duration P2P_WINDOW = Duration.ofDays(30);
    private static final List<String> PLAN_TYPES = List.of("SINGLE", "PORTFOLIO", "INDEX");
    /** Enough threads for every first-round request at once (one per reading, one per plan type); each waits on the network. */
    private static final int PARALLEL = Reading.values().length + PLAN_TYPES.size();
    private static final List<Reading> MARGIN = List.of(Reading.CROSS_MARGIN, Reading.ISOLATED_MARGIN, Reading.MARGIN_OPEN_ORDERS);
    private static final List<Reading> FUTURES = List.of(Reading.USDM_FUTURES, Reading.COINM_FUTURES, Reading.USDM_OPEN_ORDERS,
            Reading.USDM_CONDITIONAL_ORDERS, Reading.COINM_OPEN_ORDERS, Reading.FUTURES_ALGO_ORDERS);
    private static final List<Reading> OPTIONS = List.of(Reading.OPTIONS_ACCOUNT, Reading.OPTIONS_POSITIONS, Reading.OPTIONS_OPEN_ORDERS);

    private final BinanceClient client;
    private final BinanceCredentials credentials;
    private final Messages messages;
    private final BinanceFixes fixes;
    private final BinanceNetworks networks;
    /** Idle threads end after a minute, so a gateway no longer used holds none. */
    private final ExecutorService pool;
    private volatile Mapped last;

    BinanceGateway(BinanceClient client, BinanceCredentials credentials, Messages messages) {
        this.client = client;
        this.credentials = credentials;
        this.messages = messages;
        this.fixes = new BinanceFixes(client);
        this.networks = new BinanceNetworks(client);
        ThreadPoolExecutor threads = new ThreadPoolExecutor(PARALLEL, PARALLEL, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "binance-reading");
            thread.setDaemon(true);
            return thread;
        });
        threads.allowCoreThreadTimeOut(true);
        this.pool = threads;
    }

    /** The account behind these credentials, at these hosts; reasons for what cannot be read are worded by {@code messages}. */
    public static BinanceGateway open(BinanceCredentials credentials, BinanceHosts hosts, Messages messages) {
        return new BinanceGateway(new BinanceClient(hosts, credentials, BinanceClient.Settings.defaults()), credentials, messages);
    }

    @Override
    public String id() {
        return "binance";
    }

    /** The request weight this gateway has spent, by Binance's documented weights. */
    public long weightSpent() {
        return client.weightSpent();
    }

    @Override
    public AccountSnapshot snapshot() throws ExchangeException {
        client.ensureClockSynced();
        Instant takenAt = client.serverNow().truncatedTo(ChronoUnit.SECONDS);
        Answers answers = new Answers();
        run(firstRound(takenAt), answers);
        run(secondRound(answers, takenAt), answers);
        readOnWithoutTotal(answers, takenAt);
        treatAsNone(answers);
        stopIfNothingCanBeRead(answers);
        Mapped mapped = new SnapshotMapper(messages).map(answers, takenAt, messages.get("binance.keyLabel", credentials.maskedKey()));
        last = mapped;
        return mapped.snapshot();
    }

    /** The account's history since Binance opened, read by {@link BinanceHistory}; the last snapshot says which assets it holds. */
    @Override
    public Optional<AccountHistory> history(HistoryProgress progress) throws ExchangeException {
        Mapped seen = last;
        AccountSnapshot now = seen == null ? snapshot() : seen.snapshot();
        return Optional.of(new BinanceHistory(client, messages, pool, BinanceHistory.BINANCE_OPENED).read(now, progress));
    }

    @Override
    public ActionResult perform(AccountAction action) throws ExchangeException {
        Mapped seen = last;
        if (seen == null) {
            snapshot();
            seen = last;
        }
        return fixes.perform(action, seen);
    }

    /** Binance's withdrawal networks for the asset, for a plan carried out on binance.com: Closeout never withdraws there. */
    @Override
    public List<WithdrawalNetwork> withdrawalNetworks(String asset) throws ExchangeException {
        return networks.of(asset);
    }

    @Override
    public Optional<String> addressProblem(String asset, String network, String address) throws ExchangeException {
        return networks.addressProblem(asset, network, address);
    }

    /** binance.com's page for what Binance's API does not let this key do, and for closing, disabling and security. */
    @Override
    public Optional<URI> pageFor(WebPage page) {
        return BinancePages.pageFor(page, last);
    }

    /** One request of a reading, and where its answer goes among the reading's pages. */
    private record Ask(Reading reading, int page, Call call) {
    }

    private List<Ask> firstRound(Instant now) {
        List<Ask> asks = new ArrayList<>();
        for (Reading reading : Reading.values()) {
            switch (reading) {
                case MARGIN_OPEN_ORDERS -> {
                    // Second round: asked only where margin funds are locked.
                }
                case AUTO_INVEST_PLANS -> {
                    for (int i = 0; i < PLAN_TYPES.size(); i++) {
                        asks.add(new Ask(reading, i, reading.call().with("planType", PLAN_TYPES.get(i))));
                    }
                }
                case P2P_ORDERS -> asks.add(new Ask(reading, 1, p2pOrders(now)));
                default -> asks.add(new Ask(reading, 1, reading.call()));
            }
        }
        return asks;
    }

    /**
     * P2P orders of the last 30 days, the longest window Binance allows in one request. The
     * parameter names are the 2026 connectors' ({@code startTimestamp}, {@code rows}); the 2025
     * page called them {@code startTime} and had no {@code rows}.
     */
    private static Call p2pOrders(Instant now) {
        return Reading.P2P_ORDERS.call()
                .with("startTimestamp", String.valueOf(now.minus(P2P_WINDOW).toEpochMilli()))
                .with("endTimestamp", String.valueOf(now.toEpochMilli()));
    }

    /**
     * A reading Binance answers page by page: where the page number goes, how many rows a full page
     * holds, and the field the rows are in. Sub-accounts come with no total; the others say theirs.
     */
    private record Paged(Reading reading, Call firstPage, String pageParameter, int pageSize, String rows) {

        Call page(int page) {
            return firstPage.with(pageParameter, String.valueOf(page));
        }

        boolean full(JsonNode page) {
            return page.path(rows).size() >= pageSize;
        }
    }

    private static List<Paged> paged(Instant now) {
        return List.of(
                new Paged(Reading.FLEXIBLE_EARN, Reading.FLEXIBLE_EARN.call(), "current", Reading.EARN_PAGE, "rows"),
                new Paged(Reading.LOCKED_EARN, Reading.LOCKED_EARN.call(), "current", Reading.EARN_PAGE, "rows"),
                new Paged(Reading.DUAL_INVESTMENT, Reading.DUAL_INVESTMENT.call(), "pageIndex", Reading.DUAL_INVESTMENT_PAGE, "list"),
                new Paged(Reading.P2P_ORDERS, p2pOrders(now), "page", Reading.P2P_PAGE, "data"),
                new Paged(Reading.SUB_ACCOUNTS, Reading.SUB_ACCOUNTS.call(), "page", Reading.SUB_ACCOUNT_PAGE, "subAccounts"));
    }

    /** The further pages of paged answers that say their total, and the margin orders where margin funds are locked. */
    private List<Ask> secondRound(Answers answers, Instant now) {
        List<Ask> asks = new ArrayList<>();
        for (Paged paged : paged(now)) {
            answers.first(paged.reading()).filter(first -> first.hasNonNull("total")).ifPresent(first -> {
                for (int page = 2; (page - 1) * paged.pageSize() < first.path("total").asInt(); page++) {
                    asks.add(new Ask(paged.reading(), page, paged.page(page)));
                }
            });
        }
        Call marginOrders = Reading.MARGIN_OPEN_ORDERS.call();
        Optional<JsonNode> cross = answers.first(Reading.CROSS_MARGIN);
        // An open margin order always locks funds; without the account's answer, ask anyway.
        if (answers.failed(Reading.CROSS_MARGIN) || cross.map(WalletMapper::crossMarginLocked).orElse(false)) {
            asks.add(new Ask(Reading.MARGIN_OPEN_ORDERS, 0, marginOrders));
        }
        List<String> pairs = answers.first(Reading.ISOLATED_MARGIN).map(WalletMapper::isolatedPairsLocked).orElse(List.of());
        for (int i = 0; i < pairs.size(); i++) {
            asks.add(new Ask(Reading.MARGIN_OPEN_ORDERS, i + 1, marginOrders.with("symbol", pairs.get(i)).with("isIsolated", "TRUE")));
        }
        if (asks.stream().noneMatch(a -> a.reading() == Reading.MARGIN_OPEN_ORDERS)) {
            answers.failure(Reading.ISOLATED_MARGIN).ifPresentOrElse(
                    e -> answers.fail(Reading.MARGIN_OPEN_ORDERS, e), () -> answers.empty(Reading.MARGIN_OPEN_ORDERS));
        }
        return asks;
    }

    /**
     * Paged answers without a total (sub-accounts always; the others if Binance leaves it out) are
     * read on, one page after another, while the last page was full: never cut short at the first.
     */
    private void readOnWithoutTotal(Answers answers, Instant now) {
        for (Paged paged : paged(now)) {
            List<JsonNode> pages = answers.pages(paged.reading());
            if (pages.isEmpty() || pages.get(0).hasNonNull("total")) {
                continue;
            }
            int page = pages.size();
            while (paged.full(pages.get(pages.size() - 1))) {
                page++;
                try {
                    answers.add(paged.reading(), page, client.send(paged.page(page)));
                } catch (ExchangeException e) {
                    answers.fail(paged.reading(), e);
                    break;
                }
                pages = answers.pages(paged.reading());
            }
        }
    }

    private void run(List<Ask> asks, Answers answers) throws ExchangeException {
        List<Future<?>> running = new ArrayList<>();
        for (Ask ask : asks) {
            running.add(pool.submit(() -> {
                try {
                    answers.add(ask.reading(), ask.page(), client.send(ask.call()));
                } catch (ExchangeException e) {
                    answers.fail(ask.reading(), e);
                }
            }));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.forEach(r -> r.cancel(true));
                throw new ExchangeException("binance.error.interrupted", List.of(), e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a reading let an unexpected error through", e.getCause());
            }
        }
    }

    /**
     * Failures that mean "none": sub-accounts on an account that is not a master account, and
     * margin, futures or options on an account that never opened them (when Binance said so).
     */
    private static void treatAsNone(Answers answers) {
        answers.failure(Reading.SUB_ACCOUNTS)
                .filter(e -> e instanceof BinanceApiException b && b.subAccountsNotEnabled())
                .ifPresent(e -> answers.empty(Reading.SUB_ACCOUNTS));
        answers.first(Reading.ENABLED_PRODUCTS).ifPresent(products -> {
            if (!products.path("isMarginEnabled").asBoolean(true)) {
                MARGIN.stream().filter(r -> answeredWithError(answers, r)).forEach(answers::empty);
            }
            if (!products.path("isFutureEnabled").asBoolean(true)) {
                FUTURES.stream().filter(r -> answeredWithError(answers, r)).forEach(answers::empty);
            }
            if (!products.path("isOptionsEnabled").asBoolean(true)) {
                OPTIONS.stream().filter(r -> answeredWithError(answers, r)).forEach(answers::empty);
            }
        });
    }

    private static boolean answeredWithError(Answers answers, Reading reading) {
        return answers.failure(reading).filter(BinanceApiException.class::isInstance).isPresent();
    }

    /**
     * A ban, a restricted location, a malformed key or signature, or no reading at all answered:
     * nothing of the account can be trusted, so there is no snapshot, only the reason.
     */
    private static void stopIfNothingCanBeRead(Answers answers) throws ExchangeException {
        Map<Reading, ExchangeException> failures = answers.failures();
        for (ExchangeException e : failures.values()) {
            if (e instanceof BinanceApiException b && b.stopsEverything()) {
                throw e;
            }
        }
        // Margin orders can be "not needed" without asking Binance anything, so they do not count.
        boolean anyAnswered = false;
        for (Reading reading : Reading.values()) {
            anyAnswered |= !reading.parts().isEmpty() && reading != Reading.MARGIN_OPEN_ORDERS && answers.ok(reading);
        }
        if (!anyAnswered && !failures.isEmpty()) {
            throw failures.values().iterator().next();
        }
    }
}
