package dev.closeout.exchange.binance;

import dev.closeout.exchange.binance.FakeBinance.Answer;
import dev.closeout.exchange.binance.FakeBinance.Request;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Rules of Binance's that the local Binance keeps, so that an adapter that misreads one fails a
 * test instead of an export: the longest span between a history request's start and end.
 *
 * <p>The maxima, as Binance's documentation states them; read in the official Java connector's
 * docs (github.com/binance/binance-connector-java, 2026-08), with the endpoint's own notes:
 * <ul>
 * <li>deposits and withdrawals: "time between startTime and endTime must be less than 90 days"
 *     (clients/wallet/docs/CapitalApi.md);
 * <li>Convert: "The max interval between startTime and endTime is 30 days" (clients/convert/docs/TradeApi.md);
 * <li>the six Simple Earn histories: "cannot be longer than 30 days"
 *     (clients/simple-earn/docs/FlexibleLockedApi.md; three months until early 2026);
 * <li>P2P: "The max interval between startTimestamp and endTimestamp is 30 days" (clients/c2c/docs/DefaultApi.md);
 * <li>COIN-M income: "can not be longer than 1 year", here 365 days, the strict reading
 *     (clients/derivatives-trading-coin-futures, AccountApi.getIncomeHistory);
 * <li>spot trades: "can't be longer than 24 hours" (clients/spot, AccountApi.myTrades).
 * </ul>
 * Transfers between wallets, USDⓈ-M income and the dust log document how far back Binance keeps
 * them, not a longest span.
 *
 * <p>What Binance answers a span too long: HTTP 400 with code -1127, "More than %s hours between
 * startTime and endTime." (the spot API's errors.md, INVALID_INTERVAL).
 */
final class BinanceRules {

    /** One endpoint's longest span: the names of its two ends, and whether the span must be shorter than {@code longest}. */
    record Window(String path, String startName, String endName, Duration longest, boolean shorterThan) {

        boolean refuses(long startMillis, long endMillis) {
            long span = endMillis - startMillis;
            return shorterThan ? span >= longest.toMillis() : span > longest.toMillis();
        }
    }

    static final List<Window> WINDOWS = List.of(
            new Window("/sapi/v1/capital/deposit/hisrec", "startTime", "endTime", Duration.ofDays(90), true),
            new Window("/sapi/v1/capital/withdraw/history", "startTime", "endTime", Duration.ofDays(90), true),
            new Window("/sapi/v1/convert/tradeFlow", "startTime", "endTime", Duration.ofDays(30), false),
            earn("flexible/history/subscriptionRecord"), earn("flexible/history/redemptionRecord"),
            earn("flexible/history/rewardsRecord"), earn("locked/history/subscriptionRecord"),
            earn("locked/history/redemptionRecord"), earn("locked/history/rewardsRecord"),
            new Window("/sapi/v1/c2c/orderMatch/listUserOrderHistory", "startTimestamp", "endTimestamp", Duration.ofDays(30), false),
            new Window("/dapi/v1/income", "startTime", "endTime", Duration.ofDays(365), false),
            new Window("/api/v3/myTrades", "startTime", "endTime", Duration.ofHours(24), false));

    private BinanceRules() {
    }

    private static Window earn(String history) {
        return new Window("/sapi/v1/simple-earn/" + history, "startTime", "endTime", Duration.ofDays(30), false);
    }

    /** Binance's answer to a request that breaks one of these rules; empty when it keeps them all. */
    static Optional<Answer> refusal(Request request) {
        for (Window rule : WINDOWS) {
            String start = request.param(rule.startName());
            String end = request.param(rule.endName());
            if (rule.path().equals(request.path()) && start != null && end != null
                    && rule.refuses(Long.parseLong(start), Long.parseLong(end))) {
                return Optional.of(Answer.error(400, "{\"code\": -1127, \"msg\": \"More than " + rule.longest().toHours()
                        + " hours between startTime and endTime.\"}"));
            }
        }
        return Optional.empty();
    }
}
