package dev.closeout.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.ui.DemoUi;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardViewModelTest {

    @TempDir
    Path dataDir;

    private DemoUi demo;
    private DashboardViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        demo = new DemoUi(dataDir);
        vm = new DashboardViewModel(demo.account);
        vm.refresh();
    }

    @Test
    void the_total_sums_every_priced_holding_in_USD_and_BTC() {
        BigDecimal total = vm.holdings().stream().map(HoldingRow::usdValue).filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals("\u2248 " + String.format(java.util.Locale.ENGLISH, "%,.2f", total) + " USD", vm.totalUsdProperty().get());
        assertTrue(vm.totalBtcProperty().get().matches("\u2248 0\\.\\d{8} BTC"), vm.totalBtcProperty().get());
        assertEquals("As of 2026-11-24 09:30:00 UTC", vm.asOfProperty().get());
    }

    @Test
    void the_total_is_what_the_account_is_worth_after_its_debts_and_the_debt_is_a_line_of_its_own() {
        HoldingRow owed = vm.holdings().stream().filter(r -> r.amount().signum() < 0).findFirst().orElseThrow();

        assertEquals("Cross Margin: owed", owed.place());
        assertEquals(0, new BigDecimal("-25.0125").compareTo(owed.amount()), "25 borrowed and 0.0125 interest");
        assertEquals("After 25.01 USD owed on loans, listed below zero among the holdings.", vm.owedProperty().get());
        assertTrue(vm.places().stream().allMatch(p -> p.usdValue().signum() >= 0), "a debt is no place money is held in");
    }

    @Test
    void every_wallet_Earn_staking_and_Launchpool_appears_in_the_chart() {
        List<String> places = vm.places().stream().map(PlaceValue::place).toList();
        assertTrue(places.containsAll(List.of("Spot", "Funding", "Cross Margin", "Isolated Margin", "USD\u24c8-M Futures",
                "COIN-M Futures", "Options", "Trading Bots", "Copy Trading", "Earn", "Staking", "Launchpool")), places.toString());
    }

    @Test
    void a_dust_balance_carries_the_dust_badge_and_BTC_in_Spot_does_not() {
        HoldingRow shib = row("SHIB", "Spot");
        assertTrue(shib.dust());
        assertFalse(row("BTC", "Spot").dust());
        assertEquals(new BigDecimal("120350.00"), shib.amount());
    }

    @Test
    void searching_filters_by_asset_or_wallet_and_dust_only_shows_only_dust() {
        vm.searchProperty().set("eth");
        assertTrue(vm.shownHoldings().stream().allMatch(r -> r.asset().contains("ETH") || r.place().toUpperCase().contains("ETH")));
        assertFalse(vm.shownHoldings().isEmpty());
        vm.searchProperty().set("");
        vm.placeProperty().set("Funding");
        assertTrue(vm.shownHoldings().stream().allMatch(r -> r.place().equals("Funding")));
        vm.placeProperty().set(DashboardViewModel.ALL_PLACES);
        vm.dustOnlyProperty().set(true);
        assertEquals(List.of("SHIB", "DOGE", "XRP", "ADA", "PEPE"), vm.shownHoldings().stream().map(HoldingRow::asset).toList());
    }

    @Test
    void locked_Earn_shows_its_maturity_days_left_and_early_redemption_penalty() {
        EarnRow locked = vm.earn().stream().filter(r -> r.asset().equals("ETH") && r.product().equals("Locked Earn")).findFirst().orElseThrow();
        assertEquals("2026-12-15 (in 21 days)", locked.maturity());
        assertEquals("Allowed; forfeits 0.0041 ETH", locked.penalty());
        assertEquals("3.10 %", locked.apr());
        EarnRow bnb = vm.earn().stream().filter(r -> r.asset().equals("BNB")).findFirst().orElseThrow();
        assertEquals("Not allowed", bnb.penalty());
    }

    @Test
    void the_readiness_meter_counts_conditions_met_and_rises_as_blockers_are_cleared() throws Exception {
        assertEquals(1, vm.conditionsMetProperty().get(), "only ACCOUNT_ACTIVE is met on the seeded account");
        demo.clearEverything();
        vm.refresh();
        assertEquals(7, vm.conditionsMetProperty().get());
        assertTrue(vm.holdings().isEmpty());
    }

    @Test
    void once_the_account_is_closing_the_meter_says_so_instead_of_counting_conditions() throws Exception {
        assertEquals("1 of 7 conditions for closing met", vm.readinessProperty().get());
        demo.clearEverything();
        demo.verifyEverything();
        assertTrue(demo.service.requestClosure().accepted());

        vm.refresh();

        assertEquals("The account is closing: nothing blocks it any more", vm.readinessProperty().get());
        assertTrue(vm.closingOrClosedProperty().get(), "no ring counting conditions while it closes");
    }

    @Test
    void the_ties_count_orders_P2P_sub_accounts_API_keys_and_plans() {
        assertEquals(new Counts(4, 2, 1, 2, 1, Set.of(), Set.of()), vm.countsProperty().get());
    }

    private HoldingRow row(String asset, String place) {
        return vm.holdings().stream().filter(r -> r.asset().equals(asset) && r.place().equals(place)).findFirst().orElseThrow();
    }
}
