package dev.closeout.ui.alternatives.disable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.AccountStatus;
import dev.closeout.account.OpenOrder;
import dev.closeout.account.Wallet;
import dev.closeout.closure.Review;
import dev.closeout.exchange.AccountAction;
import dev.closeout.ui.DemoUi;
import dev.closeout.ui.FakeDialogs;
import dev.closeout.ui.alternatives.disable.FeatureRow.Feature;
import dev.closeout.ui.account.Result;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checklist of features to switch off, on the seeded demo account, without a toolkit. */
class DisableFeaturesViewModelTest {

    @TempDir
    Path dataDir;

    private DisableFeaturesViewModel open(DemoUi ui, FakeDialogs dialogs) {
        DisableFeaturesViewModel vm = new DisableFeaturesViewModel(ui.account, dialogs);
        vm.entered();
        return vm;
    }

    @Test
    void each_line_says_what_the_account_has_of_the_feature_now() throws Exception {
        DisableFeaturesViewModel vm = open(new DemoUi(dataDir), FakeDialogs.sayingYes());

        assertEquals(List.of(Feature.API_KEYS, Feature.RECURRING_PLANS, Feature.OPEN_ORDERS, Feature.FUTURES),
                vm.rows().stream().map(FeatureRow::feature).toList());
        assertEquals("2 API keys: tax-tool, trading-bot. Apps and bots that use them lose access at once.",
                vm.row(Feature.API_KEYS).detailProperty().get());
        assertEquals("1 recurring plan: ai-1 (BTC).", vm.row(Feature.RECURRING_PLANS).detailProperty().get());
        assertEquals("3 open orders, 1 grid bot. Funds they hold return to your wallets.", vm.row(Feature.OPEN_ORDERS).detailProperty().get());
        assertEquals("1 open position, 1 open order, 2 balances in the futures wallets. Closing moves the balances to Spot.",
                vm.row(Feature.FUTURES).detailProperty().get());
        assertTrue(vm.rows().stream().noneMatch(r -> r.selectedProperty().get()), "nothing is ticked until the person ticks it");
        assertTrue(vm.rows().stream().allMatch(r -> r.resultProperty().get() == null));
    }

    @Test
    void one_line_runs_alone_and_the_others_are_untouched() throws Exception {
        DemoUi ui = new DemoUi(dataDir);
        FakeDialogs yes = FakeDialogs.sayingYes();
        DisableFeaturesViewModel vm = open(ui, yes);

        vm.run(vm.row(Feature.API_KEYS));

        FeatureRow keys = vm.row(Feature.API_KEYS);
        assertEquals("\u2713 API key \"tax-tool\" deleted.\n\u2713 API key \"trading-bot\" deleted.", keys.resultProperty().get().text());
        assertEquals(Result.Outcome.ACCEPTED, keys.resultProperty().get().outcome());
        assertEquals("No API keys.", keys.detailProperty().get());
        AccountSnapshot after = ui.service.check().snapshot();
        assertEquals(List.of(), after.apiKeys());
        assertEquals(1, after.recurringPlans().size());
        assertEquals(4, after.openOrders().size());
        assertNull(vm.row(Feature.FUTURES).resultProperty().get());
        assertEquals(1, yes.reviews().size(), "deleting keys is reviewed first");
        Review review = yes.reviews().get(0);
        assertEquals(List.of(new AccountAction.DeleteApiKey("tax-tool"), new AccountAction.DeleteApiKey("trading-bot")),
                review.parts().stream().map(Review.Part::action).toList());
        assertTrue(review.irreversible(), "a deleted key cannot be restored");

        vm.run(keys);
        assertEquals("\u2713 No API keys.", keys.resultProperty().get().text(), "run again, there is nothing left to do");
    }

    @Test
    void everything_ticked_is_switched_off_at_once_after_one_review_that_lists_closing_the_position() throws Exception {
        DemoUi ui = new DemoUi(dataDir);
        FakeDialogs yes = FakeDialogs.sayingYes();
        DisableFeaturesViewModel vm = open(ui, yes);
        vm.rows().forEach(r -> r.selectedProperty().set(true));

        vm.runSelected();

        assertEquals(1, yes.reviews().size());
        Review review = yes.reviews().get(0);
        assertTrue(review.has(Review.Notice.POSITIONS_CLOSED), review::toString);
        assertTrue(review.parts().stream().anyMatch(p -> p.action() instanceof AccountAction.ClosePosition), review::toString);
        for (FeatureRow row : vm.rows()) {
            assertEquals(Result.Outcome.ACCEPTED, row.resultProperty().get().outcome(), row.feature() + ": " + row.resultProperty().get());
        }
        assertTrue(vm.row(Feature.OPEN_ORDERS).resultProperty().get().text().startsWith("\u2713 3 open orders cancelled.\n\u2713 Grid bot grid-17"),
                vm.row(Feature.OPEN_ORDERS).resultProperty().get()::toString);
        assertTrue(vm.row(Feature.FUTURES).resultProperty().get().text().endsWith("\u2713 Futures account closed; its balances moved to Spot."),
                vm.row(Feature.FUTURES).resultProperty().get()::toString);
        AccountSnapshot after = ui.service.check().snapshot();
        assertEquals(List.of(), after.apiKeys());
        assertEquals(List.of(), after.recurringPlans());
        assertEquals(List.of(), after.openOrders());
        assertEquals(List.of(), after.positions());
        assertTrue(after.balances().stream().noneMatch(b -> b.wallet() == Wallet.USDM_FUTURES || b.wallet() == Wallet.COINM_FUTURES));
        assertEquals(AccountStatus.ACTIVE, after.profile().status());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void a_review_answered_no_switches_nothing_off() throws Exception {
        DemoUi ui = new DemoUi(dataDir);
        AccountSnapshot before = ui.service.check().snapshot();
        DisableFeaturesViewModel vm = open(ui, FakeDialogs.sayingNo());

        vm.run(vm.row(Feature.FUTURES));

        assertNull(vm.row(Feature.FUTURES).resultProperty().get());
        assertEquals(before, ui.service.check().snapshot());
    }

    @Test
    void only_the_ticked_lines_run() throws Exception {
        DemoUi ui = new DemoUi(dataDir);
        DisableFeaturesViewModel vm = open(ui, FakeDialogs.sayingYes());
        vm.row(Feature.RECURRING_PLANS).selectedProperty().set(true);
        vm.row(Feature.OPEN_ORDERS).selectedProperty().set(true);

        vm.runSelected();

        AccountSnapshot after = ui.service.check().snapshot();
        assertEquals(2, after.apiKeys().size());
        assertEquals(List.of(), after.recurringPlans());
        assertEquals(List.of(), after.openOrders().stream().filter(o -> o.type() != OpenOrder.Type.GRID).toList());
        assertEquals(1, after.positions().size());
        assertNull(vm.row(Feature.API_KEYS).resultProperty().get());
    }
}
