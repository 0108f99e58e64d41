package dev.closeout.ui.alternatives.disable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.AccountStatus;
import dev.closeout.account.OpenOrder;
import dev.closeout.account.Wallet;
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
        assertTrue(vm.rows().stream().allMatch(r -> r.selectedProperty().get()), "every line is ticked to begin with");
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
        assertEquals(List.of(), yes.questions(), "deleting keys asks nothing");

        vm.run(keys);
        assertEquals("\u2713 No API keys.", keys.resultProperty().get().text(), "run again, there is nothing left to do");
    }

    @Test
    void everything_ticked_is_switched_off_at_once_after_asking_before_closing_positions() throws Exception {
        DemoUi ui = new DemoUi(dataDir);
        FakeDialogs yes = FakeDialogs.sayingYes();
        DisableFeaturesViewModel vm = open(ui, yes);

        vm.runSelected();

        assertEquals(1, yes.questions().size());
        assertTrue(yes.questions().get(0).startsWith("Close the open futures position at the market price first?"), yes.questions().toString());
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
    void without_a_yes_to_closing_positions_the_futures_account_stays_and_the_line_says_why() throws Exception {
        DemoUi ui = new DemoUi(dataDir);
        DisableFeaturesViewModel vm = open(ui, FakeDialogs.sayingNo());

        vm.run(vm.row(Feature.FUTURES));

        FeatureRow futures = vm.row(Feature.FUTURES);
        assertEquals(Result.Outcome.REFUSED, futures.resultProperty().get().outcome());
        assertTrue(futures.resultProperty().get().text().contains(
                "\u2717 The futures account cannot close while positions or orders are open."), futures.resultProperty().get()::toString);
        assertEquals(1, ui.service.check().snapshot().positions().size());
        assertTrue(ui.service.check().snapshot().openOrders().stream().noneMatch(o -> o.market() == Wallet.USDM_FUTURES),
                "its own orders are cancelled even so");
    }

    @Test
    void only_the_ticked_lines_run() throws Exception {
        DemoUi ui = new DemoUi(dataDir);
        DisableFeaturesViewModel vm = open(ui, FakeDialogs.sayingYes());
        vm.row(Feature.API_KEYS).selectedProperty().set(false);
        vm.row(Feature.FUTURES).selectedProperty().set(false);

        vm.runSelected();

        AccountSnapshot after = ui.service.check().snapshot();
        assertEquals(2, after.apiKeys().size());
        assertEquals(List.of(), after.recurringPlans());
        assertEquals(List.of(), after.openOrders().stream().filter(o -> o.type() != OpenOrder.Type.GRID).toList());
        assertEquals(1, after.positions().size());
        assertNull(vm.row(Feature.API_KEYS).resultProperty().get());
    }
}
