package dev.closeout.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.closure.AccountCheck;
import dev.closeout.closure.Condition;
import dev.closeout.closure.Review;
import dev.closeout.closure.plan.Step;
import dev.closeout.exchange.AccountAction;
import dev.closeout.ui.DemoUi;
import dev.closeout.ui.FakeDialogs;
import dev.closeout.ui.account.UiExecutors;
import dev.closeout.ui.plan.ExitPlanViewModel.Where;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit plan's page on the seeded demo account, run in place without a toolkit. */
class ExitPlanViewModelTest {

    private static final String EVM = "0xdAC17F958D2ee523a2206206994597C13D831ec7";
    private static final Map<String, String> ADDRESSES = Map.of("BTC", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "ETH", EVM,
            "BSC", EVM, "ARBITRUM", EVM, "TRX", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");

    @TempDir
    Path dataDir;

    private ExitPlanViewModel open(DemoUi ui, FakeDialogs dialogs) {
        ExitPlanViewModel vm = new ExitPlanViewModel(ui.account, dialogs, ui.clock());
        vm.entered();
        return vm;
    }

    /** Runs the next step until the next is {@code action}, typing each withdrawal's address. */
    private static void runUntil(ExitPlanViewModel vm, Step.Action action) {
        for (int i = 0; i < 60 && vm.nextStepProperty().get() != null && vm.nextStepProperty().get().action() != action; i++) {
            runOne(vm);
        }
        assertEquals(action, vm.nextStepProperty().get().action(), vm.nextProperty().get());
    }

    private static void runOne(ExitPlanViewModel vm) {
        Step next = vm.nextStepProperty().get();
        if (next.action() == Step.Action.WITHDRAW) {
            vm.addressProperty().set(ADDRESSES.get(next.network().network()));
        }
        vm.runNext();
    }

    @Test
    void opened_on_the_seeded_account_it_shows_every_step_the_totals_beside_the_naive_way_and_the_saving() throws Exception {
        ExitPlanViewModel vm = open(new DemoUi(dataDir), FakeDialogs.sayingYes());

        assertEquals("This plan brings 99.79 USD more (1.09%).", vm.savingProperty().get());
        assertEquals("Value now 9,270.37 USD: fees 3.35 USD, arriving 9,267.02 USD, left behind 0.00 USD.", vm.summaryProperty().get());
        assertTrue(vm.naiveSummaryProperty().get().contains("arriving 9,167.23 USD, left behind 96.21 USD"), vm.naiveSummaryProperty().get());
        assertEquals(33, vm.steps().size());
        assertEquals("Next: Cancel order 884120 (BTCUSDT) in Spot", vm.nextProperty().get());
        assertTrue(vm.steps().get(0).next());
        assertTrue(vm.canRunProperty().get());
        assertEquals("Run the next step", vm.runLabelProperty().get());
        assertTrue(vm.pricesProperty().get().startsWith("Prices as of 2026-11-24 09:30:00 UTC"), vm.pricesProperty().get());
        assertTrue(vm.rulesProperty().get().contains("Typical, not published"));
        assertEquals(0, vm.totalsProperty().get().valueNow().compareTo(new BigDecimal("9270.37153625")));
    }

    @Test
    void a_step_that_only_frees_funds_runs_unasked_and_the_plan_is_made_again_from_the_fresh_account() throws Exception {
        FakeDialogs dialogs = FakeDialogs.sayingYes();
        ExitPlanViewModel vm = open(new DemoUi(dataDir), dialogs);

        vm.runNext();

        assertEquals("\u2713 Order 884120 BTCUSDT cancelled.", vm.resultProperty().get().text());
        assertEquals(0, dialogs.asked().size());
        assertEquals(32, vm.steps().size(), "the cancelled order's step is gone");
        assertEquals("Next: Cancel order 884121 (ETHBTC) in Spot", vm.nextProperty().get());
    }

    @Test
    void a_step_that_moves_money_is_asked_first_with_its_fee_and_nothing_runs_on_a_no() throws Exception {
        FakeDialogs no = FakeDialogs.sayingNo();
        DemoUi ui = new DemoUi(dataDir);
        ExitPlanViewModel vm = open(ui, no);
        runUntil(vm, Step.Action.CLOSE_POSITION);

        vm.runNext();

        assertEquals(1, no.reviews().size());
        Review review = no.reviews().get(0);
        assertEquals(Review.Kind.CLOSE_POSITION, review.kind());
        assertEquals("ETHUSDT", review.subject());
        assertTrue(review.irreversible());
        assertEquals(new BigDecimal("0.39"), review.fee().amount().setScale(2, RoundingMode.HALF_UP), "the fee the plan counted");
        assertEquals(Step.Action.CLOSE_POSITION, vm.nextStepProperty().get().action(), "still the next step");
        assertFalse(ui.service.check().snapshot().positions().isEmpty());
    }

    @Test
    void a_withdrawal_needs_its_address_and_a_wrong_one_is_refused_before_the_exchange_is_asked() throws Exception {
        FakeDialogs yes = FakeDialogs.sayingYes();
        ExitPlanViewModel vm = open(new DemoUi(dataDir), yes);
        runUntil(vm, Step.Action.WITHDRAW);
        assertTrue(vm.needsAddressProperty().get());

        vm.runNext();
        assertEquals("Enter the address the USDT goes to on BNB Smart Chain (BEP20).", vm.resultProperty().get().text());

        int asked = yes.questions().size();
        vm.addressProperty().set("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
        vm.runNext();
        assertTrue(vm.resultProperty().get().text().startsWith("\u2717"), vm.resultProperty().get().text());
        assertEquals(asked, yes.questions().size(), "a wrong address is refused before anything is asked");
        assertEquals(Step.Action.WITHDRAW, vm.nextStepProperty().get().action(), "and the withdrawal is still the next step");

        vm.addressProperty().set(EVM);
        vm.runNext();
        Review sent = yes.reviews().get(yes.reviews().size() - 1);
        assertEquals(Review.Kind.WITHDRAW, sent.kind());
        assertEquals(EVM, sent.destination().address());
        assertEquals("BNB Smart Chain (BEP20)", sent.destination().network());
        assertEquals(0, sent.fee().amount().compareTo(new BigDecimal("0.29")), sent.fee().toString());
        assertTrue(vm.resultProperty().get().text().startsWith("\u2713 Sent "), vm.resultProperty().get().text());
        assertEquals("", vm.addressProperty().get());
    }

    @Test
    void everything_as_usdt_on_tron_makes_the_usdt_the_only_withdrawal_on_tron() throws Exception {
        ExitPlanViewModel vm = open(new DemoUi(dataDir), FakeDialogs.sayingYes());
        assertFalse(vm.targets().isEmpty());

        vm.targetProperty().set(vm.targets().stream().filter(n -> n.asset().equals("USDT") && n.network().equals("TRX")).findFirst().orElseThrow());
        vm.whereProperty().set(Where.ALL_AS_ONE);

        assertEquals(1, vm.steps().stream().filter(r -> r.what().startsWith("Withdraw ")).count(), vm.steps().toString());
        assertTrue(vm.steps().stream().anyMatch(r -> r.what().startsWith("Withdraw ") && r.what().contains("USDT on Tron (TRC20)")));
        assertTrue(vm.steps().stream().anyMatch(r -> r.what().startsWith("Sell 1.5252 ETH")));
    }

    @Test
    void every_step_run_from_the_page_in_turn_empties_the_account_with_what_the_plan_said_arrives() throws Exception {
        DemoUi ui = new DemoUi(dataDir);
        // What the plan cannot value yet comes in first: the sub-account's funds, the appeal, the deposit on its way.
        ui.service.perform(new AccountAction.SweepSubAccount("alex.morgan+bots@example.com"));
        ui.service.perform(new AccountAction.SettleP2pAppeal("30702"));
        ui.demo.advance(Duration.ofHours(3));
        ExitPlanViewModel vm = open(ui, FakeDialogs.sayingYes());
        BigDecimal planned = vm.totalsProperty().get().arriving();

        BigDecimal sent = BigDecimal.ZERO;
        for (int day = 0; day < 70; ) {
            Step next = vm.nextStepProperty().get();
            if (next == null) {
                ui.demo.advance(Duration.ofDays(1));
                ui.account.refresh();
                day++;
                continue;
            }
            runOne(vm);
            assertTrue(vm.resultProperty().get().accepted() || next.action() == Step.Action.SWEEP_SUB_ACCOUNT, vm.resultProperty().get().text());
            if (next.action() == Step.Action.WITHDRAW) {
                sent = sent.add(next.arrivingUsd());
            }
        }

        assertEquals(planned, sent);
        AccountCheck after = ui.service.check();
        assertTrue(after.report().conditions().stream().filter(c -> c.condition() == Condition.ZERO_BALANCE).allMatch(c -> c.met()),
                () -> after.snapshot().balances().toString());
        assertEquals("Nothing left to run.", vm.nextProperty().get());
    }

    @Test
    void a_step_the_exchange_has_the_person_do_on_its_website_opens_that_page_and_the_plan_is_read_again_on_return() throws Exception {
        DemoUi ui = new DemoUi(dataDir, OnTheWebsite::new, UiExecutors.direct());
        ExitPlanViewModel vm = open(ui, FakeDialogs.sayingYes());
        assertEquals("Open on Demo exchange", vm.runLabelProperty().get());
        String before = vm.pricesProperty().get();

        vm.runNext();
        ui.demo.advance(Duration.ofMinutes(30));
        ui.account.handOff().back();

        assertEquals(URI.create("https://exchange.example/CancelOrder"), ui.opened.get(0));
        assertEquals("Next: Cancel order 884120 (BTCUSDT) in Spot", vm.nextProperty().get(), "nothing was done here");
        assertNotEquals(before, vm.pricesProperty().get(), "planned again from the account as read on return");
    }
}
