package dev.closeout.closure.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.Condition;
import dev.closeout.closure.Eligibility;
import dev.closeout.closure.plan.Step.Action;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.DemoControls;
import dev.closeout.exchange.demo.DemoExchange;
import dev.closeout.exchange.demo.DemoSettings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit plan of the seeded demo account, and the same plan run step by step on the demo exchange. */
class DemoExitPlanTest {

    static final Instant START = Instant.parse("2026-11-24T09:30:00Z");
    private static final String EVM = "0xdAC17F958D2ee523a2206206994597C13D831ec7";
    static final Map<String, String> ADDRESSES = Map.of("BTC", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "ETH", EVM, "BSC", EVM,
            "ARBITRUM", EVM, "TRX", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");

    @TempDir
    Path folder;

    private DemoExchange exchange;
    private ClosureService service;
    private DemoControls demo;

    @BeforeEach
    void open() throws Exception {
        exchange = DemoExchange.open(folder, Clock.fixed(START, ZoneOffset.UTC), new SecureRandom(), DemoSettings.defaults());
        service = new ClosureService(exchange);
        demo = service.demoControls().orElseThrow();
    }

    @AfterEach
    void close() throws Exception {
        exchange.close();
    }

    @Test
    void the_seeded_account_leaves_with_measurably_more_than_each_asset_withdrawn_alone() throws Exception {
        ExitPlan plan = service.exitPlan(Choice.mostValue());

        Totals planned = plan.totals();
        Totals naive = plan.naive().totals();
        System.out.println("demo exit plan: " + planned + "; naive: " + naive + "; saving " + plan.savingUsd() + " USD ("
                + plan.savingPercent() + " %)");
        assertTrue(plan.savingUsd().compareTo(new BigDecimal("90")) > 0, () -> planned + " against " + naive);
        assertEquals(0, planned.valueNow().compareTo(planned.fees().add(planned.arriving()).add(planned.leftBehind())));
        assertEquals(0, planned.leftBehind().signum(), "the dust and CAKE, which no network takes, leave as BNB and USDT");
        assertTrue(naive.leftBehind().compareTo(new BigDecimal("96")) > 0, "alone, CAKE and the dust stay");
    }

    @Test
    void every_step_run_on_the_demo_in_turn_leaves_the_account_empty_with_what_the_plan_said_arrives() throws Exception {
        // What the snapshot cannot value yet comes in first: the sub-account's funds, the appeal, the deposit on its way.
        service.perform(new AccountAction.SweepSubAccount("alex.morgan+bots@example.com"));
        service.perform(new AccountAction.SettleP2pAppeal("30702"));
        demo.advance(Duration.ofHours(3));
        ExitPlan plan = service.exitPlan(Choice.mostValue());
        assertTrue(plan.steps().stream().noneMatch(s -> s.action() == Action.WAIT_FOR_DEPOSIT || s.action() == Action.SETTLE_APPEAL));

        BigDecimal arrived = runEveryStep();

        AccountSnapshot after = service.check().snapshot();
        assertTrue(Eligibility.evaluate(after).conditions().stream().filter(c -> c.condition() == Condition.ZERO_BALANCE)
                .allMatch(c -> c.met()), () -> "left in the account: " + after.balances());
        assertEquals(plan.totals().arriving(), Totals.round(arrived), "what the exchange sent, at the snapshot's prices");
    }

    /**
     * Runs the plan's next step, plans again from the fresh account, and so on; moves the demo's clock on
     * to the next step's time when nothing can run yet. What the exchange did not do at once (refused,
     * or under way) is not asked again. What arrived, by the exchange's own words, valued at the prices.
     */
    private BigDecimal runEveryStep() throws Exception {
        Set<AccountAction> asked = new HashSet<>();
        BigDecimal arrived = BigDecimal.ZERO;
        for (int round = 0; round < 200; round++) {
            ExitPlan plan = service.exitPlan(Choice.mostValue());
            Optional<Step> next = plan.next(demo.now(), s -> asked.contains(s.perform()));
            if (next.isEmpty()) {
                Optional<Instant> later = plan.steps().stream().filter(Step::runnable).filter(s -> !asked.contains(s.perform()))
                        .map(Step::notBefore).filter(Objects::nonNull).min(Instant::compareTo);
                if (later.isEmpty()) {
                    return arrived;
                }
                demo.advance(Duration.between(demo.now(), later.get()));
                continue;
            }
            Step step = next.get();
            AccountAction action = step.perform() instanceof AccountAction.Withdraw w
                    ? new AccountAction.Withdraw(w.asset(), w.network(), ADDRESSES.get(w.network()), w.amount()) : step.perform();
            ActionResult result = service.perform(action);
            assertTrue(result.accepted() || step.action() == Action.SWEEP_SUB_ACCOUNT, () -> step + " → " + result);
            if (result.outcome() != ActionResult.Outcome.DONE) {
                asked.add(step.perform());
            }
            if (step.action() == Action.WITHDRAW) {
                // "Withdrawal of {0} {1} sent: {2} {1} arrives …"
                BigDecimal price = service.check().snapshot().priceOf(step.asset()).orElseThrow();
                arrived = arrived.add(new BigDecimal(result.args().get(2)).multiply(price));
            }
        }
        throw new AssertionError("the plan did not end in 200 steps");
    }
}
