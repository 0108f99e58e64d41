package dev.closeout.exchange.binance;

import static dev.closeout.exchange.binance.Json.date;
import static dev.closeout.exchange.binance.Json.decimal;
import static dev.closeout.exchange.binance.Json.items;
import static dev.closeout.exchange.binance.Json.required;
import static dev.closeout.exchange.binance.Json.requiredDecimal;
import static dev.closeout.exchange.binance.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.closeout.account.EarnPosition;
import dev.closeout.account.RecurringPlan;
import dev.closeout.account.StakingPosition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Simple Earn, ETH and SOL staking, and auto-invest plans. */
final class EarnMapper {

    /** Dual Investment statuses whose money is back or never left. */
    private static final Set<String> DUAL_INVESTMENT_OVER = Set.of("SETTLED", "REFUND_SUCCESS", "PURCHASE_FAIL");

    private EarnMapper() {
    }

    /**
     * /sapi/v1/simple-earn/flexible/position, every page. The id is the product's: flexible
     * Earn is redeemed by product. {@code collateralAmount} (pledged for a loan) is part of
     * {@code totalAmount} and cannot be told apart here.
     */
    static void flexible(List<JsonNode> pages, Draft draft) {
        for (JsonNode page : pages) {
            for (JsonNode row : Json.rows(page, "rows")) {
                draft.earn.add(new EarnPosition(required(row, "productId"), EarnPosition.Product.FLEXIBLE, required(row, "asset"),
                        Json.requiredDecimal(row, "totalAmount"), decimal(row, "cumulativeTotalRewards"),
                        decimal(row, "latestAnnualPercentageRate"), null, null, null, null));
            }
        }
    }

    /**
     * /sapi/v1/simple-earn/locked/position, every page. The position matures when its amount is
     * delivered back ({@code deliverDate}); {@code redeemAmountEarly} is what an early
     * redemption would return, not the penalty, so the penalty stays unsaid.
     */
    static void locked(List<JsonNode> pages, Draft draft) {
        for (JsonNode page : pages) {
            for (JsonNode row : Json.rows(page, "rows")) {
                boolean early = row.path("canRedeemEarly").asBoolean(false);
                draft.earn.add(new EarnPosition(required(row, "positionId"), EarnPosition.Product.LOCKED, required(row, "asset"),
                        Json.requiredDecimal(row, "amount"), decimal(row, "rewardAmt"), decimal(row, "APY"),
                        date(row, "purchaseTime"), date(row, "deliverDate"),
                        early ? EarnPosition.EarlyRedemption.ALLOWED : EarnPosition.EarlyRedemption.NOT_ALLOWED, null));
            }
        }
    }

    /**
     * /sapi/v1/dci/product/positions, every page: the Dual Investment subscriptions still running.
     * The spec's Earn knows only flexible and locked products; Dual Investment is closest to
     * locked Earn without early redemption (Binance's API has no way to redeem it): the amount
     * comes back, in one coin or the other, when it settles. The id says where it lives. A status
     * Binance adds later counts as running, so it blocks rather than hides; so does a missing
     * amount, which makes the answer unreadable rather than a zero.
     */
    static void dualInvestment(List<JsonNode> pages, Draft draft) {
        for (JsonNode page : pages) {
            for (JsonNode row : Json.rows(page, "list")) {
                if (DUAL_INVESTMENT_OVER.contains(text(row, "purchaseStatus"))) {
                    continue;
                }
                draft.earn.add(new EarnPosition("dual-investment-" + required(row, "id"), EarnPosition.Product.LOCKED,
                        required(row, "investCoin"), requiredDecimal(row, "subscriptionAmount"), null, decimal(row, "apr"),
                        date(row, "subscriptionTime"), date(row, "settleDate"), EarnPosition.EarlyRedemption.NOT_ALLOWED, null));
            }
        }
    }

    /**
     * /sapi/v1/onchain-yields/account: what On-chain Yields holds, in BTC and USDT, without its
     * positions. Both totals are required: a missing one would read as an empty account.
     */
    static void onchainYields(JsonNode account, Draft draft) {
        BigDecimal btc = requiredDecimal(account, "totalAmountInBTC");
        BigDecimal usdt = requiredDecimal(account, "totalAmountInUSDT");
        draft.onchainYieldsBtc = btc;
        draft.onchainYieldsUsdt = usdt;
    }


    /**
     * /sapi/v2/eth-staking/account: ETH staked, in ETH. Its WBETH and BETH tokens also sit in
     * Spot; the user may unstake or sell them, so both findings stand.
     */
    static void ethStaking(JsonNode account, Draft draft) {
        staking(requiredDecimal(account, "holdingInETH"), "eth-staking", StakingPosition.Product.ETH_STAKING, "ETH", draft);
    }

    /** /sapi/v1/sol-staking/account: SOL staked (as BNSOL in Spot), in SOL. */
    static void solStaking(JsonNode account, Draft draft) {
        staking(requiredDecimal(account, "holdingInSOL"), "sol-staking", StakingPosition.Product.SOL_STAKING, "SOL", draft);
    }

    private static void staking(BigDecimal amount, String id, StakingPosition.Product product, String asset, Draft draft) {
        if (!Json.isZero(amount)) {
            // Binance redeems liquid staking at once (a day at most): nothing to wait for.
            draft.staking.add(new StakingPosition(id, product, asset, amount, null));
        }
    }

    /**
     * /sapi/v1/lending/auto-invest/plan/list, one answer per plan type. A plan spends
     * {@code subscriptionAmount} of its source asset every {@code subscriptionCycle}.
     */
    static void plans(List<JsonNode> answers, Draft draft) {
        for (JsonNode answer : answers) {
            for (JsonNode plan : items(answer, "plans")) {
                String id = text(plan, "planType") + "-" + required(plan, "planId");
                draft.plans.putIfAbsent(id, new RecurringPlan(id, RecurringPlan.Kind.AUTO_INVEST, text(plan, "sourceAsset"),
                        decimal(plan, "subscriptionAmount"), text(plan, "subscriptionCycle"), "ONGOING".equals(text(plan, "status"))));
            }
        }
    }
}
