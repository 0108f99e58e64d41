package dev.closeout.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.UnknownPart;
import dev.closeout.exchange.binance.FakeBinance.Answer;
import dev.closeout.ui.BinanceUi;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard on a Binance account: a wallet Binance gives only a total of, and a part it could
 * not read, are shown as "check on Binance" with the page to check them on; never as zero.
 */
class DashboardOnBinanceTest {

    private static final String ON_CHAIN_YIELDS_EMPTY = "{\"totalAmountInBTC\": \"0\", \"totalAmountInUSDT\": \"0\"}";

    private final BinanceUi ui = new BinanceUi();

    @AfterEach
    void stop() {
        ui.close();
    }

    /**
     * The samples, with 0.0015 BTC in Trading Bots (which Binance does not itemise), the open orders and
     * flexible Earn unreadable, and nothing in On-chain Yields (known only by its total).
     */
    private DashboardViewModel dashboard() {
        ui.binance.route("GET", "/sapi/v1/onchain-yields/account", (request, call) -> Answer.ok(ON_CHAIN_YIELDS_EMPTY));
        ui.binance.walletHolds("Trading Bots", "0.0015");
        ui.binance.route("GET", "/api/v3/openOrders", (request, call) -> Answer.error(500, ""));
        ui.binance.route("GET", "/sapi/v1/simple-earn/flexible/position", (request, call) -> Answer.error(500, ""));
        DashboardViewModel vm = new DashboardViewModel(ui.account);
        vm.refresh();
        return vm;
    }

    @Test
    void a_wallet_known_only_by_its_total_is_a_holding_marked_to_check_on_binance() {
        DashboardViewModel vm = dashboard();

        HoldingRow bots = vm.holdings().stream().filter(r -> r.place().equals("Trading Bots")).findFirst().orElseThrow();
        assertTrue(bots.totalOnly());
        assertEquals(0, new BigDecimal("0.0015").compareTo(bots.amount()));
        assertEquals("total only: check on Binance", vm.totalOnlyBadge());
        assertTrue(vm.places().stream().anyMatch(p -> p.place().equals("Trading Bots") && p.usdValue().signum() > 0));
    }

    @Test
    void what_could_not_be_read_is_listed_with_its_binance_page_and_the_total_says_it_is_not_in_it() {
        DashboardViewModel vm = dashboard();

        assertEquals(List.of(URI.create("https://www.binance.com/en/my/wallet/account/futures"), URI.create("https://www.binance.com/en/trading-bots"),
                URI.create("https://www.binance.com/en/my/wallet/account/saving"), URI.create("https://www.binance.com/en/my/orders/exchange/openorder")),
                vm.checks().stream().map(CheckRow::page).toList());
        assertEquals("Binance counts 0.71842752 BTC in USD\u24c8-M Futures; Closeout sees items worth 0.00139023 BTC there",
                vm.checks().get(0).text(), "the samples' futures assets fall short of the samples' USDⓈ-M total");
        assertTrue(vm.checks().get(1).text().startsWith("Trading Bots wallet holds 0.0015 BTC; its items cannot be listed"),
                vm.checks().get(1).text());
        assertTrue(vm.checks().get(2).text().startsWith("Could not read the Earn products: "), vm.checks().get(2).text());
        assertTrue(vm.checks().get(3).text().startsWith("Could not read the open orders: "), vm.checks().get(3).text());
        assertTrue(vm.totalUsdProperty().get().endsWith(" USD, not counting what could not be read"), vm.totalUsdProperty().get());
        Counts counts = vm.countsProperty().get();
        assertEquals("Could not read the open orders: check on Binance \u2192", vm.tile(counts, UnknownPart.Part.OPEN_ORDERS, "0 open orders"));
        assertEquals("Could not read the Earn products: check on Binance.", vm.earnEmptyProperty().get());

        vm.open(vm.checks().get(2));
        assertEquals(List.of(URI.create("https://www.binance.com/en/my/wallet/account/saving")), ui.opened);
    }

    @Test
    void the_samples_leave_their_USDM_total_and_on_chain_yields_to_check_and_the_total_says_it_is_not_in_it() {
        DashboardViewModel vm = new DashboardViewModel(ui.account);
        vm.refresh();

        assertEquals(2, vm.checks().size(), vm.checks().toString());
        assertTrue(vm.checks().get(0).text().startsWith("Binance counts 0.71842752 BTC in USD\u24c8-M Futures"), vm.checks().get(0).text());
        assertTrue(vm.checks().get(1).text().startsWith("Could not read the Earn products: On-chain Yields holds about 0.01067982 BTC"),
                vm.checks().get(1).text());
        assertEquals(URI.create("https://www.binance.com/en/my/wallet/account/saving"), vm.checks().get(1).page());
        assertEquals(List.of("USD\u24c8-M Futures"), vm.holdings().stream().filter(HoldingRow::totalOnly).map(HoldingRow::place).toList());
        assertTrue(vm.totalUsdProperty().get().endsWith(" USD, not counting what could not be read"), vm.totalUsdProperty().get());
        assertEquals(9, vm.countsProperty().get().openOrders(), "spot, futures, algo, options and Convert");
        assertEquals("9 open orders", vm.tile(vm.countsProperty().get(), UnknownPart.Part.OPEN_ORDERS, "9 open orders"));
    }
}
