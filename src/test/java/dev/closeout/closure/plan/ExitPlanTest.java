package dev.closeout.closure.plan;

import static dev.closeout.closure.plan.Crafted.balances;
import static dev.closeout.closure.plan.Crafted.spot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.closure.plan.Step.Action;
import dev.closeout.closure.plan.Step.Reason;
import dev.closeout.closure.plan.Step.Untraded;
import dev.closeout.exchange.AccountAction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Plans worked out by hand for crafted accounts: BTC at 50,000 USD (a dust limit of 15 USD), BNB at 500. */
class ExitPlanTest {

    private static BigDecimal d(String amount) {
        return new BigDecimal(amount);
    }

    private static void assertTotals(Totals totals, String valueNow, String fees, String arriving, String leftBehind) {
        assertEquals(0, d(valueNow).compareTo(totals.valueNow()), () -> "value now " + totals);
        assertEquals(0, d(fees).compareTo(totals.fees()), () -> "fees " + totals);
        assertEquals(0, d(arriving).compareTo(totals.arriving()), () -> "arriving " + totals);
        assertEquals(0, d(leftBehind).compareTo(totals.leftBehind()), () -> "left behind " + totals);
    }

    private static List<Step> of(ExitPlan plan, Action action) {
        return plan.steps().stream().filter(s -> s.action() == action).toList();
    }

    private static Step only(ExitPlan plan, Action action) {
        List<Step> steps = of(plan, action);
        assertEquals(1, steps.size(), () -> action + " in " + plan.steps());
        return steps.get(0);
    }

    @Test
    void four_small_altcoins_become_bnb_in_one_conversion_and_leave_as_one_withdrawal() {
        Crafted account = new Crafted().net("ADA", "ADA", "2", "1").net("DOGE", "DOGE", "20", "4").net("XRP", "XRP", "20", "0.25")
                .net("DOT", "DOT", "1.5", "0.1");

        ExitPlan plan = account.plan(balances(spot("ADA", "8"), spot("DOGE", "30"), spot("XRP", "1.5"), spot("DOT", "0.5")),
                Choice.mostValue());

        // 12.50 USD of dust, less 2 %, is 0.0245 BNB; its withdrawal takes 0.0005 BNB (0.25 USD).
        assertTotals(plan.totals(), "12.5", "0.5", "12", "0");
        List<Step> dust = of(plan, Action.CONVERT_DUST);
        assertEquals(List.of("ADA", "DOGE", "DOT", "XRP"), dust.stream().map(Step::asset).toList());
        assertEquals(List.of(d("0.00784"), d("0.00588"), d("0.0049"), d("0.00588")), dust.stream().map(s -> s.amountOut().stripTrailingZeros()).toList());
        assertTrue(dust.stream().allMatch(s -> s.perform().equals(new AccountAction.ConvertDust(Set.of("ADA", "DOGE", "DOT", "XRP")))),
                "one conversion takes them all");
        Step bnb = only(plan, Action.WITHDRAW);
        assertEquals("BNB", bnb.asset());
        assertEquals(0, d("0.024").compareTo(bnb.amountOut()));
        // Alone, ADA and DOGE would each pay their own network's fee, and XRP and DOT stay under their minimums.
        assertTotals(plan.naive().totals(), "12.5", "0.9", "6.1", "5.5");
        assertEquals(0, d("5.9").compareTo(plan.savingUsd()));
        assertEquals(d("96.72"), plan.savingPercent());
    }

    @Test
    void an_asset_under_every_networks_minimum_and_too_small_to_sell_stays_and_the_plan_says_why() {
        Crafted account = new Crafted().net("ETH", "ETH", "0.0016", "0.0008").net("ETH", "ARBITRUM", "0.002", "0.0001");

        ExitPlan plan = account.plan(balances(spot("ETH", "0.001")), Choice.mostValue());

        // As dust it would become 0.00588 BNB, itself under BNB's minimum of 0.01: nothing is gained by converting it.
        Step stays = only(plan, Action.LEAVE);
        assertEquals("ETH", stays.asset());
        assertEquals(Reason.UNDER_MINIMUM, stays.reason());
        assertEquals(Untraded.NO_GAIN, stays.untraded());
        assertEquals("ETH", stays.network().network(), "the network with the smallest minimum");
        assertTotals(plan.totals(), "3", "0", "0", "3");
        assertNull(plan.savingPercent(), "nothing arrives either way");
    }

    @Test
    void dust_added_to_a_small_bnb_balance_lifts_it_over_bnbs_minimum() {
        Crafted account = new Crafted().net("ETH", "ETH", "0.0016", "0.0008").net("ETH", "ARBITRUM", "0.002", "0.0001");

        ExitPlan plan = account.plan(balances(spot("ETH", "0.001"), spot("BNB", "0.006")), Choice.mostValue());

        // 0.006 BNB and the ETH's 0.00588 BNB make 0.01188 BNB; 0.01138 BNB arrives (5.69 USD).
        assertEquals(List.of(Action.CONVERT_DUST, Action.WITHDRAW), plan.steps().stream().map(Step::action).toList());
        assertEquals(0, d("0.01188").compareTo(only(plan, Action.WITHDRAW).amount()));
        assertTotals(plan.totals(), "6", "0.31", "5.69", "0");
        assertTotals(plan.naive().totals(), "6", "0", "0", "6");
    }

    @Test
    void with_trades_declined_what_no_network_takes_stays_and_the_plan_says_the_person_chose_so() {
        Crafted account = new Crafted().net("ETH", "ETH", "0.0016", "0.0008");

        ExitPlan plan = account.plan(balances(spot("ETH", "0.001"), spot("BNB", "0.006")), new Choice(Destination.anywhere(), false));

        assertEquals(2, of(plan, Action.LEAVE).size());
        assertTrue(of(plan, Action.LEAVE).stream().allMatch(s -> s.untraded() == Untraded.DECLINED));
        assertTotals(plan.totals(), "6", "0", "0", "6");
    }

    @Test
    void dust_freed_within_six_hours_of_the_first_waits_to_be_converted_with_it_and_later_dust_six_hours_after() {
        Crafted account = new Crafted().none("SHIB").none("DOGE").none("XRP");
        String earn = "\"earn\": [ { \"id\": \"doge-1\", \"product\": \"LOCKED\", \"asset\": \"DOGE\", \"amount\": \"30\", \"maturesOn\": \"2026-11-25\" },"
                + " { \"id\": \"xrp-3\", \"product\": \"LOCKED\", \"asset\": \"XRP\", \"amount\": \"1\", \"maturesOn\": \"2026-11-27\" } ]";

        ExitPlan plan = account.plan("\"takenAt\": \"2026-11-24T21:00:00Z\", " + balances(spot("SHIB", "200000"), spot("BNB", "0.02")) + ", " + earn,
                Choice.mostValue());

        Instant midnight = Instant.parse("2026-11-25T00:00:00Z");
        Instant later = Instant.parse("2026-11-27T00:00:00Z");
        List<Step> dust = of(plan, Action.CONVERT_DUST);
        assertEquals(List.of("SHIB", "DOGE", "XRP"), dust.stream().map(Step::asset).toList());
        assertEquals(List.of(midnight, midnight, later), dust.stream().map(Step::notBefore).toList());
        assertEquals(new AccountAction.ConvertDust(Set.of("DOGE", "SHIB")), dust.get(0).perform());
        assertEquals(later, only(plan, Action.WITHDRAW).notBefore(), "BNB leaves once, after the last conversion");
        // 5 USD then 2 USD of dust, less 2 %, beside 0.02 BNB: 0.03372 BNB, of which 0.03322 arrives.
        assertTotals(plan.totals(), "17", "0.39", "16.61", "0");
    }

    @Test
    void locked_earn_is_waited_for_not_redeemed_early_and_leaves_with_the_rest_of_its_asset_on_the_cheapest_network() {
        Crafted account = new Crafted().net("ETH", "ETH", "0.0016", "0.0008").net("ETH", "ARBITRUM", "0.0004", "0.0001");
        String earn = "\"earn\": [ { \"id\": \"eth-90\", \"product\": \"LOCKED\", \"asset\": \"ETH\", \"amount\": \"1.0\", \"accruedRewards\": \"0.01\","
                + " \"maturesOn\": \"2026-12-04\", \"earlyRedemption\": \"ALLOWED\", \"earlyRedemptionPenalty\": \"0.005\" } ]";

        ExitPlan plan = account.plan(balances(spot("ETH", "0.5")) + ", " + earn, Choice.mostValue());

        Instant maturity = Instant.parse("2026-12-04T00:00:00Z");
        Step redeem = only(plan, Action.REDEEM_EARN);
        assertEquals(maturity, redeem.notBefore());
        assertEquals(0, d("1.01").compareTo(redeem.amountOut()), "at maturity it pays its rewards");
        Step withdraw = only(plan, Action.WITHDRAW);
        assertEquals(maturity, withdraw.notBefore());
        assertEquals("ARBITRUM", withdraw.network().network());
        assertEquals(0, d("1.51").compareTo(withdraw.amount()), "one withdrawal for all of it");
        assertTotals(plan.totals(), "4530", "0.3", "4529.7", "0");
        assertTotals(plan.naive().totals(), "4530", "2.4", "4527.6", "0");
    }

    @Test
    void a_balance_under_the_smallest_sale_is_converted_as_dust_never_sold_and_the_bnb_sold_where_that_costs_less_than_its_fee() {
        Crafted account = new Crafted().none("CAKE");

        ExitPlan plan = account.plan(balances(spot("CAKE", "1.5"), spot("BNB", "0.02"), spot("USDT", "200")), Choice.mostValue());

        // CAKE (3.465 USD) becomes 0.0067914 BNB; 0.0267914 BNB sells for 13.3823043 USDT (0.1 %), less than BNB's 0.25 USD fee.
        assertFalse(plan.steps().stream().anyMatch(s -> s.action() == Action.SELL && s.asset().equals("CAKE")));
        assertEquals(0, d("0.0067914").compareTo(only(plan, Action.CONVERT_DUST).amountOut()));
        assertEquals("BNB", only(plan, Action.SELL).asset());
        Step usdt = only(plan, Action.WITHDRAW);
        assertEquals("BSC", usdt.network().network());
        assertEquals(0, d("213.0923043").compareTo(usdt.amountOut()));
        assertTotals(plan.totals(), "213.465", "0.3726957", "213.0923043", "0");
        assertTotals(plan.naive().totals(), "213.465", "1.25", "208.75", "3.465");
    }

    @Test
    void a_balance_worth_at_least_the_smallest_sale_is_sold_into_the_usdt_that_leaves_anyway() {
        Crafted account = new Crafted().none("CAKE");

        ExitPlan plan = account.plan(balances(spot("CAKE", "3"), spot("USDT", "200")), Choice.mostValue());

        Step sale = only(plan, Action.SELL);
        assertEquals(0, d("6.92307").compareTo(sale.amountOut()), "6.93 USD less 0.1 %");
        assertEquals(0, d("206.63307").compareTo(only(plan, Action.WITHDRAW).amountOut()));
        assertTotals(plan.totals(), "206.93", "0.29693", "206.63307", "0");
    }

    @Test
    void where_the_chosen_destination_brings_less_than_each_asset_withdrawn_alone_the_naive_way_is_recommended() {
        Crafted account = new Crafted();

        ExitPlan plan = account.plan(balances(spot("USDT", "100")), new Choice(Destination.to("BTC", "BTC"), true));

        // Bought with 100 USDT, 0.001998 BTC less its 0.00003 BTC fee is 98.40 USD; alone, USDT on Tron brings 99.
        assertTotals(plan.planned().totals(), "100", "1.6", "98.4", "0");
        assertTrue(plan.naiveRecommended());
        assertTotals(plan.totals(), "100", "1", "99", "0");
        assertEquals("TRX", only(plan, Action.WITHDRAW).network().network());
        assertEquals(0, BigDecimal.ZERO.compareTo(plan.savingUsd()));
    }
}
