package dev.closeout.exchange.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.UnknownPart;
import dev.closeout.account.Wallet;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.WebPage;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which binance.com page takes over what Binance's API does not let Closeout do, for the account built from the samples. */
class BinancePagesTest {

    private final FakeBinance binance = FakeBinance.withSamples();
    private final BinanceGateway gateway = Binance.gateway(binance);

    @AfterEach
    void stop() {
        binance.close();
    }

    private Optional<String> page(AccountAction action) {
        return gateway.pageFor(new WebPage.ForAction(action)).map(URI::toString);
    }

    @Test
    void withdrawing_selling_and_moving_funds_always_open_binance_com_never_closeout() throws Exception {
        binance.keyMayTrade();
        gateway.snapshot();

        assertEquals(Optional.of("https://www.binance.com/en/my/wallet/account/main/withdrawal/crypto/BTC"),
                page(new AccountAction.Withdraw("BTC", "BTC", "bc1qexample", BigDecimal.ONE)));
        assertEquals(Optional.of("https://www.binance.com/en/trade/LTC_USDT?type=spot"),
                page(new AccountAction.SellToUsdt(Wallet.SPOT, "LTC")));
        assertEquals(Optional.of("https://www.binance.com/en/trade/BTC_USDT?type=spot"),
                page(new AccountAction.BuyWithUsdt("BTC", BigDecimal.TEN)), "buying an asset with USDT: the same market");
        assertEquals(Optional.of("https://www.binance.com/en/my/wallet/account/margin/cross"),
                page(new AccountAction.Transfer("BTC", Wallet.CROSS_MARGIN, Wallet.SPOT, BigDecimal.ONE)));
        assertEquals(Optional.of("https://www.binance.com/en/my/wallet/account/margin/cross"),
                page(new AccountAction.RepayMargin(Wallet.CROSS_MARGIN, "BNB")));
        assertEquals(Optional.of("https://www.binance.com/en/futures/BTCUSDT"),
                page(new AccountAction.ClosePosition(Wallet.USDM_FUTURES, "BTCUSDT")));
    }

    @Test
    void a_trading_key_cancels_orders_converts_dust_and_redeems_flexible_earn_here_but_locked_earn_and_staking_go_to_binance()
            throws Exception {
        binance.keyMayTrade();
        gateway.snapshot();

        assertEquals(Optional.empty(), page(new AccountAction.CancelOrder("1")));
        assertEquals(Optional.empty(), page(new AccountAction.CancelOrder("usdm-1917641")));
        assertEquals(Optional.empty(), page(new AccountAction.CancelAllOrders()));
        assertEquals(Optional.empty(), page(new AccountAction.ConvertDust(Set.of())));
        assertEquals(Optional.empty(), page(new AccountAction.RedeemEarn("USDT001")));
        assertEquals(Optional.of("https://www.binance.com/en/my/wallet/account/saving"), page(new AccountAction.RedeemEarn("123123")));
        assertEquals(Optional.of("https://www.binance.com/en/eth2"), page(new AccountAction.Unstake("eth-staking")));
        assertEquals(Optional.of("https://www.binance.com/en/sol-staking"), page(new AccountAction.Unstake("sol-staking")));
    }

    @Test
    void with_the_samples_read_only_key_even_cancelling_an_order_opens_its_order_page() throws Exception {
        binance.keySwitches(false);
        gateway.snapshot();

        assertEquals(Optional.of("https://www.binance.com/en/my/orders/exchange/openorder"), page(new AccountAction.CancelOrder("1")));
        assertEquals(Optional.of("https://www.binance.com/en/my/orders/exchange/openorder"), page(new AccountAction.CancelOrder("list-31")));
        assertEquals(Optional.of("https://www.binance.com/en/my/orders/futures/openorder"),
                page(new AccountAction.CancelOrder("coinm-1917641")));
        assertEquals(Optional.of("https://www.binance.com/en/my/wallet/account/main"), page(new AccountAction.ConvertDust(Set.of())));
        assertEquals(Optional.of("https://www.binance.com/en/my/wallet/account/saving"), page(new AccountAction.RedeemEarn("USDT001")));
    }

    @Test
    void every_action_Closeout_knows_is_either_done_here_or_has_a_binance_com_page() throws Exception {
        List<AccountAction> every = List.of(new AccountAction.CancelOrder("1"), new AccountAction.CancelAllOrders(),
                new AccountAction.StopBot("grid-1"), new AccountAction.Transfer("BTC", Wallet.FUNDING, Wallet.SPOT, BigDecimal.ONE),
                new AccountAction.ClosePosition(Wallet.COINM_FUTURES, null), new AccountAction.RepayMargin(Wallet.ISOLATED_MARGIN, "BTC"),
                new AccountAction.RedeemEarn("123123"), new AccountAction.Unstake("eth-staking"), new AccountAction.RedeemLaunchpool("lp-1"),
                new AccountAction.ConvertDust(Set.of()), new AccountAction.SellToUsdt(Wallet.SPOT, "BNB"),
                new AccountAction.BuyWithUsdt("BTC", BigDecimal.TEN),
                new AccountAction.Withdraw("BNB", null, null, BigDecimal.ONE), new AccountAction.CancelP2pOrder("20219644646554779648"),
                new AccountAction.ReleaseP2pOrder("1"), new AccountAction.SettleP2pAppeal("1"),
                new AccountAction.SweepSubAccount("testsub@gmail.com"), new AccountAction.CloseSubAccount("testsub@gmail.com"),
                new AccountAction.DeleteApiKey("key"), new AccountAction.CancelRecurringPlan("plan"), new AccountAction.CloseFuturesAccount());
        assertEquals(Arrays.stream(AccountAction.class.getPermittedSubclasses()).collect(Collectors.toSet()),
                every.stream().map(Object::getClass).collect(Collectors.toSet()), "a new action needs its page here");
        gateway.snapshot();

        for (AccountAction action : every) {
            assertTrue(page(action).map(p -> p.startsWith("https://www.binance.com/en/") || p.startsWith("https://p2p.binance.com/en/"))
                    .orElse(false), action + " → " + page(action));
        }
        assertEquals(Optional.of("https://p2p.binance.com/en/fiatOrderDetail?orderNo=20219644646554779648"),
                page(new AccountAction.CancelP2pOrder("20219644646554779648")));
        assertEquals(Optional.of("https://www.binance.com/en/my/settings/api-management"), page(new AccountAction.DeleteApiKey("key")));
        assertEquals(Optional.of("https://www.binance.com/en/auto-invest"), page(new AccountAction.CancelRecurringPlan("plan")));
    }

    @Test
    void a_name_that_is_not_an_asset_never_goes_into_an_address() {
        assertEquals(Optional.of("https://www.binance.com/en/my/wallet/account/main"),
                page(new AccountAction.Withdraw("BTC/../../x", null, null, BigDecimal.ONE)));
        assertEquals(Optional.of("https://p2p.binance.com/en/fiatOrder"), page(new AccountAction.CancelP2pOrder("1&x=2")));
    }

    @Test
    void what_closeout_cannot_list_or_read_and_closing_itself_have_pages_too() {
        for (Wallet wallet : Wallet.values()) {
            assertTrue(gateway.pageFor(new WebPage.ForWallet(wallet)).isPresent(), wallet.name());
        }
        for (UnknownPart.Part part : UnknownPart.Part.values()) {
            assertTrue(gateway.pageFor(new WebPage.ForPart(part)).isPresent(), part.name());
        }
        assertEquals(Optional.of(URI.create("https://www.binance.com/en/trading-bots")), gateway.pageFor(new WebPage.ForWallet(Wallet.TRADING_BOT)));
        assertEquals(Optional.of(URI.create("https://p2p.binance.com/en/fiatOrder")), gateway.pageFor(new WebPage.ForPart(UnknownPart.Part.P2P_ORDERS)));
        assertEquals(Optional.of(URI.create("https://www.binance.com/en/my/security")), gateway.pageFor(WebPage.Account.CLOSE));
        assertEquals(Optional.of(URI.create("https://www.binance.com/en/my/security")), gateway.pageFor(WebPage.Account.FREEZE));
        assertEquals(Optional.of(URI.create("https://www.binance.com/en/support")), gateway.pageFor(WebPage.Account.SUPPORT));
    }
}
