package dev.closeout.ui.alternatives.withdraw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.AccountStatus;
import dev.closeout.closure.Review;
import dev.closeout.closure.WayOut;
import dev.closeout.closure.Withdrawals;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.ui.DemoUi;
import dev.closeout.ui.FakeDialogs;
import dev.closeout.ui.GatewayDouble;
import dev.closeout.ui.account.UiExecutors;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Withdraw everything and keep the account, on the seeded demo account, without a toolkit. */
class WithdrawAllViewModelTest {

    static final String BTC_ADDRESS = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
    static final String EVM_ADDRESS = "0xdAC17F958D2ee523a2206206994597C13D831ec7";
    static final String TRON_ADDRESS = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";
    /** An address for each network the demo withdraws on. */
    static final Map<String, String> ADDRESSES = Map.of("BTC", BTC_ADDRESS, "ETH", EVM_ADDRESS, "BSC", EVM_ADDRESS,
            "ARBITRUM", EVM_ADDRESS, "TRX", TRON_ADDRESS);

    @TempDir
    Path dataDir;

    GatewayDouble gateway;

    private WithdrawAllViewModel open(DemoUi ui, FakeDialogs dialogs) {
        WithdrawAllViewModel vm = new WithdrawAllViewModel(ui.account, dialogs);
        vm.entered();
        return vm;
    }

    /** The flow opened on the seeded demo account, every question answered yes. */
    private WithdrawAllViewModel onTheSeededAccount() throws Exception {
        return open(new DemoUi(dataDir), FakeDialogs.sayingYes());
    }

    /** The person chooses the first network that takes the whole amount: none is chosen for them. */
    static void choose(AssetRow row) {
        row.form().networkProperty().set(row.form().networks().stream()
                .filter(n -> Withdrawals.takesWhole(n, row.form().amount())).findFirst().orElseThrow());
    }

    private static AssetRow row(WithdrawAllViewModel vm, String asset) {
        return vm.assets().stream().filter(r -> r.asset().equals(asset)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + asset + " in " + vm.assets().stream().map(AssetRow::asset).toList()));
    }

    @Test
    void what_an_order_holds_beside_what_can_move_is_said_where_the_amounts_differ_from_the_dashboard() throws Exception {
        WithdrawAllViewModel vm = onTheSeededAccount();

        assertTrue(vm.outsideSpot().contains("250 USDT in Funding; 80 USDT is held by P2P order 30771: cancel or complete it first."),
                vm.outsideSpot().toString());
        assertTrue(row(vm, "BTC").explanationProperty().get().contains("0.005 BTC is held by open order 884120: cancel it first."),
                row(vm, "BTC").explanationProperty().get());
    }

    @Test
    void everything_leaves_the_seeded_account_which_stays_active_with_every_balance_at_zero() throws Exception {
        DemoUi ui = new DemoUi(dataDir);
        FakeDialogs yes = FakeDialogs.sayingYes();
        WithdrawAllViewModel vm = open(ui, yes);
        assertFalse(vm.tied().isEmpty(), "orders, positions, loans and Earn hold funds");
        assertFalse(vm.outsideSpot().isEmpty());

        vm.freeEverythingSafe();
        assertEquals(1, yes.checklists().size(), "what frees funds is listed before it runs");
        assertTrue(vm.tied().stream().anyMatch(r -> r.result() != null && r.result().accepted() && r.result().text().startsWith("\u2713")),
                "each answer is at its row: " + vm.tied());
        for (TiedRow row : List.copyOf(vm.tied())) {
            if (row.actionable()) {
                vm.free(row);
            }
        }
        // What only time frees: unbonding, the appeal, the deposit, the locked products.
        ui.demo.advance(Duration.ofDays(90));
        vm.checkAgain();
        assertEquals(List.of(), vm.tied().stream().filter(r -> !r.finding().fix().name().equals("CLOSE_SUB_ACCOUNT")).toList());

        vm.moveAllToSpot();
        assertTrue(vm.moveResults().stream().allMatch(r -> r.accepted() && r.text().startsWith("\u2713")), vm.moveResults().toString());
        assertEquals(List.of(), vm.outsideSpot());

        assertFalse(vm.dust().isEmpty());
        vm.convertDust();
        assertTrue(vm.dustResults().get(0).text().startsWith("\u2713 Converted"), vm.dustResults().toString());
        assertEquals(List.of(), vm.dust());

        for (int round = 0; round < 3 && !vm.assets().isEmpty(); round++) {
            for (AssetRow row : List.copyOf(vm.assets())) {
                if (row.way() == WayOut.WITHDRAW) {
                    choose(row);
                    row.form().addressProperty().set(ADDRESSES.get(row.form().networkProperty().get().network()));
                    assertTrue(row.canWithdrawProperty().get(), row.asset() + ": " + row.form().addressCheckProperty().get());
                    vm.withdraw(row);
                } else {
                    vm.wayOut(row);
                }
            }
        }

        AccountSnapshot after = ui.service.check().snapshot();
        assertEquals(List.of(), after.balances().stream().filter(b -> b.held().signum() != 0).toList());
        assertEquals(AccountStatus.ACTIVE, after.profile().status());
        assertTrue(vm.assets().stream().allMatch(r -> r.hasLeft() && r.resultProperty().get().accepted()),
                "each card that left shows what was done with it");
        assertTrue(vm.allOutProperty().get());
        assertEquals("Every balance is zero.", vm.summaryProperty().get());
        assertTrue(vm.sent().size() >= 4, vm.sent().toString());
        assertTrue(vm.sent().stream().allMatch(s -> s.startsWith("Sent ") && s.contains(" \u00b7 transaction ")), vm.sent().toString());
        assertEquals("", vm.errorProperty().get());
    }

    @Test
    void the_address_is_checked_as_it_is_typed_and_the_fee_minimum_and_arriving_amount_are_shown() throws Exception {
        WithdrawAllViewModel vm = onTheSeededAccount();
        AssetRow btc = row(vm, "BTC");

        assertEquals(WayOut.WITHDRAW, btc.way());
        assertNull(btc.form().networkProperty().get(), "the person chooses the network");
        choose(btc);
        assertEquals("Fee 0.00003 BTC \u00b7 minimum 0.0002 BTC \u00b7 0.01517 BTC arrives", btc.form().feeProperty().get(),
                "the free 0.0152 BTC, not the 0.005 an open order holds");
        assertEquals("", btc.form().addressCheckProperty().get(), "nothing said while nothing is typed");
        assertFalse(btc.canWithdrawProperty().get());

        btc.form().addressProperty().set("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5");
        assertEquals("\u2717 This Bitcoin address has a typing error: its checksum does not match.", btc.form().addressCheckProperty().get());
        assertFalse(btc.canWithdrawProperty().get());
        btc.form().addressProperty().set(TRON_ADDRESS);
        assertEquals("\u2717 This address belongs to another network, not Bitcoin.", btc.form().addressCheckProperty().get());
        btc.form().addressProperty().set("  " + BTC_ADDRESS + " ");
        assertEquals("\u2713 A valid Bitcoin address", btc.form().addressCheckProperty().get(), "pasted white space is trimmed");
        assertTrue(btc.canWithdrawProperty().get());
    }

    @Test
    void no_network_is_chosen_for_the_person_and_the_address_is_checked_again_for_another() throws Exception {
        WithdrawAllViewModel vm = onTheSeededAccount();
        AssetRow usdt = row(vm, "USDT");

        assertNull(usdt.form().networkProperty().get(), "no network is pre-selected");
        assertFalse(usdt.canWithdrawProperty().get());
        usdt.form().networkProperty().set(usdt.form().networks().stream().filter(n -> n.network().equals("BSC")).findFirst().orElseThrow());
        usdt.form().addressProperty().set(TRON_ADDRESS);
        assertEquals("\u2717 This address belongs to another network, not BNB Smart Chain (BEP20).", usdt.form().addressCheckProperty().get());
        WithdrawalNetwork tron = usdt.form().networks().stream().filter(n -> n.network().equals("TRX")).findFirst().orElseThrow();
        usdt.form().networkProperty().set(tron);
        assertEquals("\u2713 A valid Tron (TRC20) address", usdt.form().addressCheckProperty().get(), "the address is checked again for the new network");
        assertTrue(usdt.form().feeProperty().get().startsWith("Fee 1 USDT \u00b7 minimum 10 USDT"), usdt.form().feeProperty().get());
    }

    @Test
    void what_cannot_leave_is_explained_with_the_cheapest_way_out() throws Exception {
        WithdrawAllViewModel vm = onTheSeededAccount();

        AssetRow shib = row(vm, "SHIB");
        assertEquals(WayOut.CONVERT, shib.way());
        assertEquals("SHIB cannot be withdrawn from this exchange. Cheapest way out: worth about 1.13 USD, under the typical 5 USDT"
                + " minimum order, so convert it to BNB with the other small balances (typically a 2% fee, step 3), then withdraw the BNB.",
                shib.explanationProperty().get());
        assertEquals("Convert every small balance to BNB", vm.wayOutLabel(shib), "never one alone: the next conversion is hours away");
        AssetRow bnb = row(vm, "BNB");
        assertEquals(WayOut.STAYS, bnb.way(), "0.0031 BNB: under the 0.01 minimum, worth 1.90 USD, and BNB is what dust becomes");
        assertTrue(bnb.explanationProperty().get().startsWith("0.0031 BNB is under the smallest withdrawal minimum, 0.01 BNB on"
                + " BNB Smart Chain (BEP20). It cannot be sold"), bnb.explanationProperty().get());
        assertTrue(bnb.explanationProperty().get().endsWith("Converting the small balances (step 3) adds to it and may bring it over"
                + " the minimum."), bnb.explanationProperty().get());
        assertEquals("", vm.wayOutLabel(bnb));
        assertEquals(List.of("120350 SHIB, about 1.13 USD", "3.1 DOGE, about 0.50 USD", "0.42 XRP, about 0.93 USD",
                "1.7 ADA, about 1.16 USD", "8812.5 PEPE, about 0.09 USD"), vm.dust());

        vm.freeEverythingSafe();
        AssetRow cake = row(vm, "CAKE");
        assertEquals(WayOut.SELL, cake.way(), "40 CAKE from the Launchpool, worth 92.40 USD, has no network");
        assertEquals("Sell for USDT", vm.wayOutLabel(cake));
        vm.wayOut(cake);
        assertTrue(cake.hasLeft(), "CAKE is sold: its card stays where it was, showing the sale");
        assertTrue(cake.resultProperty().get().text().startsWith("\u2713 Sold 40 CAKE"), cake.resultProperty().get()::toString);
    }

    @Test
    void a_withdrawal_waits_for_the_persons_yes_and_a_no_sends_nothing() throws Exception {
        DemoUi ui = new DemoUi(dataDir, g -> gateway = new GatewayDouble(g), UiExecutors.direct());
        FakeDialogs no = FakeDialogs.sayingNo();
        WithdrawAllViewModel vm = open(ui, no);
        AssetRow btc = row(vm, "BTC");
        choose(btc);
        btc.form().addressProperty().set(BTC_ADDRESS);
        int before = gateway.calls("perform");

        vm.withdraw(btc);

        assertEquals(List.of("Withdraw 0.0152 BTC on Bitcoin?"), no.questions());
        Review review = no.reviews().get(0);
        assertEquals(BTC_ADDRESS, review.destination().address());
        assertEquals(0, new BigDecimal("0.01517").compareTo(review.arrives().amount()), "0.01517 BTC arrives after the 0.00003 BTC fee");
        assertEquals(0, new BigDecimal("1387").compareTo(review.usdValue()), "worth 1,387 USD");
        assertEquals(before, gateway.calls("perform"));
        assertEquals(List.of(), vm.sent());
        assertEquals(0, ui.service.check().snapshot().pendingTransfers().stream()
                .filter(t -> t.direction().name().equals("WITHDRAWAL")).count());
    }

    @Test
    void moving_to_spot_tells_each_transfer_and_what_the_exchange_refused() throws Exception {
        WithdrawAllViewModel vm = onTheSeededAccount();

        vm.moveAllToSpot();

        assertTrue(vm.moveResults().stream().anyMatch(r -> !r.accepted() && r.text().startsWith("\u2717") && r.text().contains("Cross Margin")),
                "a loan keeps Cross Margin's funds in place: " + vm.moveResults());
        assertTrue(vm.moveResults().stream().anyMatch(r -> r.accepted() && r.text().startsWith("\u2713")), vm.moveResults().toString());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void a_failure_of_the_exchange_is_said_in_words_and_the_page_is_usable_again() throws Exception {
        DemoUi ui = new DemoUi(dataDir, g -> gateway = new GatewayDouble(g), UiExecutors.direct());
        WithdrawAllViewModel vm = open(ui, FakeDialogs.sayingYes());
        gateway.goDown(new ExchangeException("demo.error.disk", List.of("/data/demo", "No space left on device"), null));

        vm.moveAllToSpot();

        assertEquals("The demo exchange cannot save in /data/demo: No space left on device", vm.errorProperty().get());
        assertFalse(vm.busyProperty().get());
    }
}
