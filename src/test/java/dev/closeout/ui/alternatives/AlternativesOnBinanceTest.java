package dev.closeout.ui.alternatives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.closure.WayOut;
import dev.closeout.exchange.binance.FakeBinance.Answer;
import dev.closeout.ui.BinanceUi;
import dev.closeout.ui.FakeDialogs;
import dev.closeout.ui.alternatives.disable.DisableFeaturesViewModel;
import dev.closeout.ui.alternatives.disable.FeatureRow.Feature;
import dev.closeout.ui.alternatives.disable.FeatureRow;
import dev.closeout.ui.alternatives.freeze.FreezeViewModel;
import dev.closeout.ui.alternatives.withdraw.AssetRow;
import dev.closeout.ui.alternatives.withdraw.TiedRow;
import dev.closeout.ui.alternatives.withdraw.WithdrawAllViewModel;
import dev.closeout.ui.account.Result;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pause alternatives on a Binance account: what Binance's API cannot do opens binance.com, and is never reported as done. */
class AlternativesOnBinanceTest {

    private final BinanceUi ui = new BinanceUi();

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void freezing_is_binances_disable_account_on_its_website_with_support_to_undo_it() {
        FreezeViewModel freeze = new FreezeViewModel(ui.account, Clock.systemUTC(), FakeDialogs.sayingYes());
        freeze.entered();
        assertTrue(freeze.onWebsite());

        freeze.openFreezePage();
        freeze.openSupport();

        assertEquals(List.of(URI.create("https://www.binance.com/en/my/security"), URI.create("https://www.binance.com/en/support")),
                ui.opened);
        assertEquals(List.of(), ui.binance.changesSent());
    }

    @Test
    void api_keys_and_recurring_plans_are_switched_off_on_binance_and_a_run_says_closeout_did_not_do_it() {
        ui.binance.keyMayTrade();
        DisableFeaturesViewModel disable = new DisableFeaturesViewModel(ui.account, FakeDialogs.sayingYes());
        disable.entered();
        FeatureRow keys = disable.row(Feature.API_KEYS);
        assertEquals(URI.create("https://www.binance.com/en/my/settings/api-management"), keys.pageProperty().get());
        assertEquals(URI.create("https://www.binance.com/en/auto-invest"), disable.row(Feature.RECURRING_PLANS).pageProperty().get());
        assertNull(disable.row(Feature.OPEN_ORDERS).pageProperty().get(), "a trading key cancels orders here");
        assertEquals(URI.create("https://www.binance.com/en/my/wallet/account/futures"), disable.row(Feature.FUTURES).pageProperty().get());

        assertTrue(keys.onlyOnWebsiteProperty().get(), "nothing of it runs here: no button to run it");
        assertFalse(disable.row(Feature.FUTURES).onlyOnWebsiteProperty().get(), "its orders are cancelled here, the account closed there");
        disable.rows().forEach(r -> r.selectedProperty().set(true));
        disable.runSelected();
        assertNull(keys.resultProperty().get(), "everything ticked leaves out what only Binance's website does");
        List<String> sent = ui.binance.changesSent();
        assertTrue(!sent.isEmpty() && sent.stream().allMatch(r -> (r.startsWith("DELETE ") || r.endsWith("/convert/limit/cancelOrder")) && r.contains("rder")), "only orders: " + sent);

        disable.run(keys);

        assertEquals("\u2717 Not done by Closeout: Binance allows it only on its website (\u201cOpen on Binance\u201d).",
                keys.resultProperty().get().text());
        assertEquals(Result.Outcome.REFUSED, keys.resultProperty().get().outcome());
        assertEquals(sent, ui.binance.changesSent(), "no key was deleted through the API");
        disable.openPage(keys);
        assertEquals(List.of(URI.create("https://www.binance.com/en/my/settings/api-management")), ui.opened);
    }

    @Test
    void with_a_key_that_may_only_read_even_open_orders_are_cancelled_on_binance() {
        DisableFeaturesViewModel disable = new DisableFeaturesViewModel(ui.account, FakeDialogs.sayingYes());
        disable.entered();

        assertEquals(URI.create("https://www.binance.com/en/my/orders/exchange/openorder"),
                disable.row(Feature.OPEN_ORDERS).pageProperty().get());
    }

    @Test
    void withdraw_all_never_withdraws_through_closeout_each_asset_opens_its_binance_withdrawal_page() {
        WithdrawAllViewModel withdraw = new WithdrawAllViewModel(ui.account, FakeDialogs.sayingYes());
        withdraw.entered();
        AssetRow btc = withdraw.assets().stream().filter(r -> r.asset().equals("BTC")).findFirst().orElseThrow();

        assertEquals(WayOut.ON_EXCHANGE, btc.way());
        assertFalse(btc.canWithdrawProperty().get());
        assertEquals("Withdraw BTC on Binance", withdraw.wayOutLabel(btc));
        assertTrue(btc.explanationProperty().get().startsWith("Binance withdraws only on its website, never through Closeout"));
        AssetRow usdt = withdraw.assets().stream().filter(r -> r.asset().equals("USDT")).findFirst().orElseThrow();
        assertEquals(WayOut.CONVERT, usdt.way(), "1 USDT is dust: it becomes BNB first");
        assertTrue(usdt.explanationProperty().get().startsWith("Cheapest way out: worth about 1.00 USD"),
                "nothing said about networks Closeout cannot see: " + usdt.explanationProperty().get());
        withdraw.wayOut(btc);
        withdraw.withdraw(btc);

        assertEquals(List.of(URI.create("https://www.binance.com/en/my/wallet/account/main/withdrawal/crypto/BTC")), ui.opened);
        assertEquals(List.of(), ui.binance.changesSent(), "no withdrawal, sale or transfer was sent");
    }

    @Test
    void moving_funds_to_spot_and_freeing_what_is_tied_up_open_binance_where_its_api_cannot() {
        WithdrawAllViewModel withdraw = new WithdrawAllViewModel(ui.account, FakeDialogs.sayingYes());
        withdraw.entered();
        TiedRow staking = withdraw.tied().stream().filter(r -> "eth-staking".equals(r.finding().id())).findFirst().orElseThrow();
        assertEquals("Open on Binance", staking.action());
        assertTrue(withdraw.movePageProperty().get() != null, "funds outside Spot move on Binance");
        assertEquals(URI.create("https://www.binance.com/en/my/wallet/account/main"), withdraw.dustPageProperty().get(),
                "a key that may only read converts no dust");

        withdraw.free(staking);
        withdraw.moveAllToSpot();
        withdraw.convertDust();

        assertEquals(List.of(URI.create("https://www.binance.com/en/eth2"), withdraw.movePageProperty().get(),
                URI.create("https://www.binance.com/en/my/wallet/account/main")), ui.opened);
        assertEquals(List.of(), ui.binance.changesSent());
        assertEquals(List.of(), withdraw.moveResults(), "opening a page is no result");
    }

    @Test
    void with_a_trading_key_freeing_orders_runs_here() {
        ui.binance.keyMayTrade();
        ui.binance.route("DELETE", "/api/v3/order", (request, call) -> Answer.ok("{\"status\": \"CANCELED\"}"));
        WithdrawAllViewModel withdraw = new WithdrawAllViewModel(ui.account, FakeDialogs.sayingYes());
        withdraw.entered();
        TiedRow order = withdraw.tied().stream().filter(r -> "1".equals(r.finding().id())).findFirst().orElseThrow();
        assertNull(order.page());

        withdraw.free(order);

        assertEquals(List.of("DELETE /api/v3/order"), ui.binance.changesSent());
        TiedRow answered = withdraw.tied().stream().filter(r -> "1".equals(r.finding().id())).findFirst().orElseThrow();
        assertEquals(new Result(Result.Outcome.ACCEPTED, "\u2713 Order 1 LTCBTC cancelled."), answered.result(), "the answer is at its row");
    }
}
