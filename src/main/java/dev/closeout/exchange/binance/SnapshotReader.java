package dev.closeout.exchange.binance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.closeout.account.ApiKey;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.i18n.Messages;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Asks every reading of one snapshot: all at once on the gateway's threads, then the further
 * pages and the margin orders that depend on an answer. Whatever goes wrong with one reading (an error, an
 * answer of another shape, a server that pages without end) makes that reading unknown; the
 * others are still read.
 */
final class SnapshotReader {

    /** More pages than this of one reading is no answer Closeout can trust: 20,000 Earn positions, 20,000 P2P orders a month. */
    static final int MOST_PAGES = 200;
    /** P2P orders: 30 days a request, over the six months Binance keeps (a day's margin at the far edge, as in the history). */
    private static final Duration P2P_WINDOW = Duration.ofDays(30);
    private static final Period P2P_KEPT = Period.ofMonths(6);
    private static final List<String> PLAN_TYPES = List.of("SINGLE", "PORTFOLIO", "INDEX");
    /** The key's switches, as /sapi/v1/account/apiRestrictions names them. */
    private static final Map<ApiKey.Permission, String> SWITCH_FIELDS = Map.of(
            ApiKey.Permission.FUTURES, "enableFutures",
            ApiKey.Permission.UNIVERSAL_TRANSFER, "permitsUniversalTransfer");

    private static final List<Reading> MARGIN = List.of(Reading.CROSS_MARGIN, Reading.ISOLATED_MARGIN, Reading.MARGIN_OPEN_ORDERS);
    private static final List<Reading> FUTURES = List.of(Reading.USDM_FUTURES, Reading.COINM_FUTURES, Reading.USDM_OPEN_ORDERS,
            Reading.USDM_CONDITIONAL_ORDERS, Reading.COINM_OPEN_ORDERS, Reading.FUTURES_ALGO_ORDERS);
    private static final List<Reading> OPTIONS = List.of(Reading.OPTIONS_ACCOUNT, Reading.OPTIONS_POSITIONS, Reading.OPTIONS_OPEN_ORDERS);

    private final BinanceClient client;
    private final ExecutorService pool;
    private final Messages messages;

    SnapshotReader(BinanceClient client, ExecutorService pool, Messages messages) {
        this.client = client;
        this.pool = pool;
        this.messages = messages;
    }

    Answers read(Instant now) throws ExchangeException {
        Answers answers = new Answers();
        List<Paged> paged = paged(now);
        runAll(firstRound(paged, answers));
        nameMissingSwitches(answers);
        runAll(secondRound(paged, answers));
        readOnWithoutTotal(paged, answers);
        refuseRepeatedPages(paged, answers);
        treatAsNone(answers);
        stopIfNothingCanBeRead(answers);
        return answers;
    }

    /** The moment from which P2P orders are looked for. */
    static Instant p2pFrom(Instant now) {
        return now.atZone(ZoneOffset.UTC).minus(P2P_KEPT).plusDays(1).toInstant();
    }

    /**
     * A reading Binance answers page by page: its series (one per time window), where the page
     * number goes, how many rows a full page holds, and the field the rows are in.
     */
    private record Paged(Reading reading, int series, Call firstPage, String pageParameter, int pageSize, String rows) {

        int index(int page) {
            return series * MOST_PAGES + page;
        }

        Call page(int page) {
            return firstPage.with(pageParameter, String.valueOf(page));
        }

        boolean full(JsonNode page) {
            JsonNode list = page.path(rows);
            return list.isArray() && list.size() >= pageSize;
        }

        List<JsonNode> pages(Answers answers) {
            return answers.pages(reading, index(0), index(MOST_PAGES));
        }
    }

    private static List<Paged> paged(Instant now) {
        List<Paged> paged = new ArrayList<>(List.of(
                new Paged(Reading.FLEXIBLE_EARN, 0, Reading.FLEXIBLE_EARN.call(), "current", Reading.EARN_PAGE, "rows"),
                new Paged(Reading.LOCKED_EARN, 0, Reading.LOCKED_EARN.call(), "current", Reading.EARN_PAGE, "rows"),
                new Paged(Reading.DUAL_INVESTMENT, 0, Reading.DUAL_INVESTMENT.call(), "pageIndex", Reading.DUAL_INVESTMENT_PAGE, "list"),
                new Paged(Reading.SUB_ACCOUNTS, 0, Reading.SUB_ACCOUNTS.call(), "page", Reading.SUB_ACCOUNT_PAGE, "subAccounts")));
        // The parameter names are the 2026 connectors' (startTimestamp, rows); the 2025 page called them startTime and had no rows.
        List<Window> windows = Window.cut(p2pFrom(now), now, P2P_WINDOW);
        for (int i = 0; i < windows.size(); i++) {
            paged.add(new Paged(Reading.P2P_ORDERS, i, windows.get(i).on(Reading.P2P_ORDERS.call(), "startTimestamp", "endTimestamp"),
                    "page", Reading.P2P_PAGE, "data"));
        }
        return paged;
    }

    /**
     * Every reading at once, but: P2P and the paged readings by their first pages, the plan types
     * one after another (Binance allows one plan list every 3 s), and margin orders later.
     */
    private List<Runnable> firstRound(List<Paged> paged, Answers answers) {
        List<Runnable> asks = new ArrayList<>();
        for (Paged p : paged) {
            asks.add(ask(answers, p.reading(), p.index(1), p.firstPage()));
        }
        for (Reading reading : Reading.values()) {
            switch (reading) {
                case FLEXIBLE_EARN, LOCKED_EARN, DUAL_INVESTMENT, SUB_ACCOUNTS, P2P_ORDERS, MARGIN_OPEN_ORDERS -> {
                    // Paged above; margin orders in the second round.
                }
                case AUTO_INVEST_PLANS -> asks.add(() -> plans(answers));
                default -> asks.add(ask(answers, reading, 1, reading.call()));
            }
        }
        return asks;
    }

    private void plans(Answers answers) {
        for (int i = 0; i < PLAN_TYPES.size() && !answers.failed(Reading.AUTO_INVEST_PLANS); i++) {
            ask(answers, Reading.AUTO_INVEST_PLANS, i, Reading.AUTO_INVEST_PLANS.call().with("planType", PLAN_TYPES.get(i))).run();
        }
    }

    /**
     * A reading Binance documents as needing a switch of the key, refused while the key's
     * permissions say that switch is off, is unknown for want of that switch, by its name. It is
     * asked all the same: where Binance no longer needs the switch (its 2026 SDK docs leave the
     * wallet totals' note out), the answer is used.
     */
    private void nameMissingSwitches(Answers answers) {
        for (Reading reading : Reading.values()) {
            ApiKey.Permission needs = reading.needs();
            boolean refusedKey = answers.failure(reading).filter(e -> e instanceof BinanceApiException b && b.refusesKey()).isPresent();
            if (needs != null && refusedKey && !switchOn(answers, needs).orElse(true)) {
                answers.replaceFailure(reading, new ExchangeException("binance.error.missingSwitch",
                        List.of(messages.get("binance.switch." + needs.name()), BinancePages.API_KEYS.toString()), null));
            }
        }
    }

    /** Whether a reading failed for want of a switch of the key (its name is then in the words). */
    static boolean missesSwitch(ExchangeException failure) {
        return failure.messageKey().equals("binance.error.missingSwitch");
    }

    /** Whether the key has the switch on; empty when its permissions are unread or do not say. */
    static Optional<Boolean> switchOn(Answers answers, ApiKey.Permission permission) {
        return answers.first(Reading.KEY_PERMISSIONS).map(a -> a.path(SWITCH_FIELDS.get(permission)))
                .filter(JsonNode::isBoolean).map(JsonNode::asBoolean);
    }

    /** The further pages of paged answers that say their total, and the margin orders where margin funds are locked. */
    private List<Runnable> secondRound(List<Paged> paged, Answers answers) {
        List<Runnable> asks = new ArrayList<>();
        for (Paged p : paged) {
            Optional<JsonNode> first = answers.page(p.reading(), p.index(1));
            if (first.isEmpty() || !first.get().hasNonNull("total")) {
                continue;
            }
            long pages;
            try {
                pages = pagesOf(first.get(), p);
            } catch (OddAnswer e) {
                answers.fail(p.reading(), OddAnswer.unreadable(p.firstPage(), e, messages));
                continue;
            }
            for (int page = 2; page <= pages; page++) {
                asks.add(ask(answers, p.reading(), p.index(page), p.page(page)));
            }
        }
        marginOrders(answers, asks);
        return asks;
    }

    /** How many pages the answer's total makes; a total no page count can hold is an odd answer. */
    private static long pagesOf(JsonNode first, Paged p) {
        BigDecimal total = Json.decimal(first, "total");
        if (total == null || total.signum() < 0 || total.scale() > 0 && total.stripTrailingZeros().scale() > 0) {
            throw new OddAnswer(OddAnswer.Kind.NOT_A_NUMBER, "total");
        }
        BigDecimal pages = total.add(BigDecimal.valueOf(p.pageSize() - 1L)).divideToIntegralValue(BigDecimal.valueOf(p.pageSize()));
        if (pages.compareTo(BigDecimal.valueOf(MOST_PAGES)) > 0) {
            throw new OddAnswer(OddAnswer.Kind.TOO_MANY, total.toPlainString(), String.valueOf((long) MOST_PAGES * p.pageSize()));
        }
        return pages.longValueExact();
    }

    private void marginOrders(Answers answers, List<Runnable> asks) {
        Call marginOrders = Reading.MARGIN_OPEN_ORDERS.call();
        boolean asked = false;
        try {
            Optional<JsonNode> cross = answers.first(Reading.CROSS_MARGIN);
            // An open margin order always locks funds; without the account's answer, ask anyway.
            if (answers.failed(Reading.CROSS_MARGIN) || cross.map(WalletMapper::crossMarginLocked).orElse(false)) {
                asks.add(ask(answers, Reading.MARGIN_OPEN_ORDERS, 0, marginOrders));
                asked = true;
            }
            List<String> pairs = answers.first(Reading.ISOLATED_MARGIN).map(WalletMapper::isolatedPairsLocked).orElse(List.of());
            for (int i = 0; i < pairs.size(); i++) {
                asks.add(ask(answers, Reading.MARGIN_OPEN_ORDERS, i + 1,
                        marginOrders.with("symbol", pairs.get(i)).with("isIsolated", "TRUE")));
                asked = true;
            }
        } catch (RuntimeException e) {
            // A margin account of another shape: whether orders lock its funds cannot be told.
            answers.fail(Reading.MARGIN_OPEN_ORDERS, OddAnswer.unreadable(Reading.ISOLATED_MARGIN.call(), e, messages));
            return;
        }
        if (!asked) {
            answers.failure(Reading.ISOLATED_MARGIN).ifPresentOrElse(
                    e -> answers.fail(Reading.MARGIN_OPEN_ORDERS, e), () -> answers.empty(Reading.MARGIN_OPEN_ORDERS));
        }
    }

    /**
     * Paged answers without a total (sub-accounts always; the others if Binance leaves it out) are
     * read on while the last page was full, never cut short at the first: up to {@link #MOST_PAGES},
     * and a page that repeats the one before it ends the reading as unknown.
     */
    private void readOnWithoutTotal(List<Paged> paged, Answers answers) {
        for (Paged p : paged) {
            List<JsonNode> pages = p.pages(answers);
            if (pages.isEmpty() || pages.get(0).hasNonNull("total")) {
                continue;
            }
            int page = pages.size();
            JsonNode last = pages.get(pages.size() - 1);
            while (p.full(last)) {
                if (page >= MOST_PAGES) {
                    answers.fail(p.reading(), OddAnswer.unreadable(p.firstPage(),
                            new OddAnswer(OddAnswer.Kind.ENDLESS, String.valueOf(MOST_PAGES)), messages));
                    break;
                }
                page++;
                JsonNode next;
                try {
                    next = client.send(p.page(page));
                } catch (ExchangeException e) {
                    answers.fail(p.reading(), e);
                    break;
                }
                if (next.equals(last)) {
                    answers.fail(p.reading(), OddAnswer.unreadable(p.firstPage(),
                            new OddAnswer(OddAnswer.Kind.SAME_PAGE, String.valueOf(page), String.valueOf(page - 1)), messages));
                    break;
                }
                answers.add(p.reading(), p.index(page), next);
                last = next;
            }
        }
    }

    /** A full page given again as the next one: a server that ignores the page asked would double every amount. */
    private void refuseRepeatedPages(List<Paged> paged, Answers answers) {
        for (Paged p : paged) {
            List<JsonNode> pages = p.pages(answers);
            for (int i = 1; i < pages.size(); i++) {
                if (p.full(pages.get(i)) && pages.get(i).equals(pages.get(i - 1))) {
                    answers.fail(p.reading(), OddAnswer.unreadable(p.firstPage(),
                            new OddAnswer(OddAnswer.Kind.SAME_PAGE, String.valueOf(i + 1), String.valueOf(i)), messages));
                    break;
                }
            }
        }
    }

    /** One request, its answer into {@code answers} at {@code index}; any failure is the reading's. */
    private Runnable ask(Answers answers, Reading reading, int index, Call call) {
        return () -> {
            try {
                answers.add(reading, index, client.send(call));
            } catch (ExchangeException e) {
                answers.fail(reading, e);
            } catch (RuntimeException e) {
                answers.fail(reading, OddAnswer.unreadable(call, e, messages));
            }
        };
    }

    private void runAll(List<Runnable> tasks) throws ExchangeException {
        List<Future<?>> running = new ArrayList<>();
        for (Runnable task : tasks) {
            running.add(pool.submit(task));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.forEach(r -> r.cancel(true));
                throw new ExchangeException("binance.error.interrupted", List.of(), e);
            } catch (ExecutionException e) {
                // Every task catches its own failures; only an Error gets here.
                throw new IllegalStateException("a reading failed outside its own handling", e.getCause());
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
            noneUnless(products, "isMarginEnabled", MARGIN, answers);
            noneUnless(products, "isFutureEnabled", FUTURES, answers);
            noneUnless(products, "isOptionsEnabled", OPTIONS, answers);
        });
    }

    /** Binance's refusals of a product the account never opened (its flag false, not just absent) mean none. */
    private static void noneUnless(JsonNode products, String flag, List<Reading> readings, Answers answers) {
        if (products.path(flag).isBoolean() && !products.path(flag).asBoolean()) {
            readings.stream().filter(r -> answers.failure(r).filter(e -> e instanceof BinanceApiException || missesSwitch(e))
                            .isPresent())
                    .forEach(answers::empty);
        }
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
