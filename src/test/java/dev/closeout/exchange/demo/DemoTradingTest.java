package dev.closeout.exchange.demo;

import static dev.closeout.exchange.demo.DemoFixtures.START;
import static dev.closeout.exchange.demo.DemoFixtures.assertAmount;
import static dev.closeout.exchange.demo.DemoFixtures.assertRefusedAndNothingChanged;
import static dev.closeout.exchange.demo.DemoFixtures.assertResult;
import static dev.closeout.exchange.demo.DemoFixtures.free;
import static dev.closeout.exchange.demo.DemoFixtures.line;
import static dev.closeout.exchange.demo.DemoFixtures.locked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.OpenOrder;
import dev.closeout.account.Wallet;
import dev.closeout.exchange.AccountAction.CancelAllOrders;
import dev.closeout.exchange.AccountAction.CancelOrder;
import dev.closeout.exchange.AccountAction.CloseFuturesAccount;
import dev.closeout.exchange.AccountAction.ClosePosition;
import dev.closeout.exchange.AccountAction.ConvertDust;
import dev.closeout.exchange.AccountAction.RepayMargin;
import dev.closeout.exchange.AccountAction.BuyWithUsdt;
import dev.closeout.exchange.AccountAction.SellToUsdt;
import dev.closeout.exchange.AccountAction.StopBot;
import dev.closeout.exchange.ActionResult.Outcome;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Orders, the grid bot, the futures position and account, the margin loan, dust and small sales on the seeded account. */
class DemoTradingTest {

    @TempDir
    Path dataDir;

    DemoExchange exchange;

    @BeforeEach
    void openTheSeededAccount() throws Exception {
        exchange = DemoFixtures.open(dataDir);
    }

    private List<String> orderIds() throws Exception {
        return exchange.snapshot().openOrders().stream().map(OpenOrder::id).toList();
    }

    // Orders and the grid bot

    @Test
    void cancelling_one_order_releases_its_locked_funds_to_free() throws Exception {
        AccountSnapshot before = exchange.snapshot();
        assertAmount("0.01520000", free(before, Wallet.SPOT, "BTC"), "free BTC before");
        assertAmount("0.005", locked(before, Wallet.SPOT, "BTC"), "BTC locked in the sell order");

        assertResult(Outcome.DONE, "action.order.cancelled", List.of("884120", "BTCUSDT"), exchange.perform(new CancelOrder("884120")));

        AccountSnapshot after = exchange.snapshot();
        assertAmount("0.0202", free(after, Wallet.SPOT, "BTC"), "free BTC after");
        assertAmount("0", locked(after, Wallet.SPOT, "BTC"), "locked BTC after");
        assertEquals(List.of("884121", "7710092", "grid-17"), orderIds());
        assertEquals(before.balances().size(), after.balances().size());
    }

    @Test
    void cancelling_all_orders_releases_their_funds_and_leaves_the_grid_bot_running() throws Exception {
        AccountSnapshot before = exchange.snapshot();

        assertResult(Outcome.DONE, "action.order.cancelledAll", List.of("3"), exchange.perform(new CancelAllOrders()));

        AccountSnapshot after = exchange.snapshot();
        assertEquals(List.of("grid-17"), orderIds(), "the grid bot keeps running");
        assertAmount("0", locked(after, Wallet.SPOT, "BTC"), "BTC of the limit sell");
        assertAmount("0.22", free(after, Wallet.SPOT, "ETH"), "ETH of the OCO sell");
        assertEquals(line(before, Wallet.TRADING_BOT, "USDT"), line(after, Wallet.TRADING_BOT, "USDT"), "the bot keeps its funds");
        assertEquals(line(before, Wallet.TRADING_BOT, "BNB"), line(after, Wallet.TRADING_BOT, "BNB"), "the bot keeps its funds");
    }

    @Test
    void a_grid_bot_cannot_be_cancelled_as_an_order() throws Exception {
        assertRefusedAndNothingChanged(exchange, new CancelOrder("grid-17"), "action.order.isBot", "grid-17");
    }

    @Test
    void stopping_the_grid_bot_returns_its_funds_to_spot() throws Exception {
        assertResult(Outcome.DONE, "action.bot.stoppedReturned", List.of("grid-17", "150 USDT, 0.1 BNB"),
                exchange.perform(new StopBot("grid-17")));

        AccountSnapshot after = exchange.snapshot();
        assertFalse(orderIds().contains("grid-17"));
        assertAmount("0", free(after, Wallet.TRADING_BOT, "USDT"), "bot USDT");
        assertAmount("0", free(after, Wallet.TRADING_BOT, "BNB"), "bot BNB");
        assertAmount("562.37", free(after, Wallet.SPOT, "USDT"), "Spot USDT: 412.37 + 150");
        assertAmount("0.1031", free(after, Wallet.SPOT, "BNB"), "Spot BNB: 0.0031 + 0.1");
    }

    @Test
    void an_order_that_is_not_there_cannot_be_cancelled() throws Exception {
        assertRefusedAndNothingChanged(exchange, new CancelOrder("999"), "action.order.notFound", "999");
        assertRefusedAndNothingChanged(exchange, new StopBot("884120"), "action.bot.notFound", "884120");
    }

    // The futures position, the margin loan, the futures account

    @Test
    void closing_the_futures_position_realises_its_pnl_at_the_mark_price_minus_the_fee() throws Exception {
        // Short 0.25 ETH, PnL -12.40; fee 0.05 % of 0.25 x 3120.55 (the ETH mark price) = 0.39006875.
        assertResult(Outcome.DONE, "action.position.closed", List.of("1", "-12.79006875", "USDT"),
                exchange.perform(new ClosePosition(Wallet.USDM_FUTURES, "ETHUSDT")));

        AccountSnapshot after = exchange.snapshot();
        assertTrue(after.positions().isEmpty());
        assertAmount("167.70993125", free(after, Wallet.USDM_FUTURES, "USDT"), "180.5 - 12.40 - 0.39006875");
        assertEquals(null, line(after, Wallet.USDM_FUTURES, "USDT").orElseThrow().unrealizedPnl(), "no PnL left open");
    }

    @Test
    void a_position_that_is_not_open_cannot_be_closed() throws Exception {
        assertRefusedAndNothingChanged(exchange, new ClosePosition(Wallet.USDM_FUTURES, "BTCUSDT"), "action.position.notFound", "BTCUSDT");
        assertRefusedAndNothingChanged(exchange, new ClosePosition(Wallet.OPTIONS, null), "action.position.notFound", "OPTIONS");
    }

    @Test
    void repaying_the_margin_loan_takes_loan_and_interest_from_the_wallet() throws Exception {
        assertResult(Outcome.DONE, "action.repay.done", List.of("25.0125", "USDT"),
                exchange.perform(new RepayMargin(Wallet.CROSS_MARGIN, "USDT")));

        var margin = line(exchange.snapshot(), Wallet.CROSS_MARGIN, "USDT").orElseThrow();
        assertAmount("14.9875", margin.free(), "40 - 25 - 0.0125");
        assertAmount("0", margin.owed(), "owed after repaying");
        assertRefusedAndNothingChanged(exchange, new RepayMargin(Wallet.CROSS_MARGIN, "USDT"), "action.repay.nothingOwed",
                "USDT", "CROSS_MARGIN");
    }

    @Test
    void a_repayment_the_wallet_cannot_cover_is_refused_with_the_shortfall() throws Exception {
        // The loan cannot grow through the demo's API: the saved account gets a bigger one (60 USDT borrowed, 40 free).
        ObjectNode state = DemoFixtures.readState(dataDir);
        DemoFixtures.savedLine(state, Wallet.CROSS_MARGIN, "USDT").put("borrowed", "60");
        DemoFixtures.writeState(dataDir, state);
        exchange = DemoFixtures.reopen(exchange, dataDir);

        assertRefusedAndNothingChanged(exchange, new RepayMargin(Wallet.CROSS_MARGIN, "USDT"), "action.repay.shortfall",
                "60.0125", "USDT", "40", "20.0125");
    }

    @Test
    void the_futures_account_cannot_close_while_a_position_or_an_order_is_open_and_closes_after() throws Exception {
        assertRefusedAndNothingChanged(exchange, new CloseFuturesAccount(), "action.futures.open");
        assertTrue(exchange.perform(new ClosePosition(Wallet.USDM_FUTURES, null)).accepted());
        assertRefusedAndNothingChanged(exchange, new CloseFuturesAccount(), "action.futures.open"); // the stop order 7710092
        assertTrue(exchange.perform(new CancelOrder("7710092")).accepted());

        assertResult(Outcome.DONE, "action.futures.closed", List.of(), exchange.perform(new CloseFuturesAccount()));

        AccountSnapshot after = exchange.snapshot();
        assertTrue(after.balances().stream().noneMatch(b -> b.wallet() == Wallet.USDM_FUTURES || b.wallet() == Wallet.COINM_FUTURES));
        assertAmount("580.07993125", free(after, Wallet.SPOT, "USDT"), "412.37 + 167.70993125 from USD-M futures");
        assertAmount("0.0156", free(after, Wallet.SPOT, "BTC"), "0.0152 + 0.0004 from COIN-M futures");
        assertRefusedAndNothingChanged(exchange, new CloseFuturesAccount(), "action.futures.alreadyClosed");
    }

    // Dust to BNB: limit 0.0003 BTC = 27.375 USD at the seeded BTC price, shown as 27.38

    @Test
    void converting_dust_takes_only_balances_under_the_dust_limit() throws Exception {
        AccountSnapshot before = exchange.snapshot();

        // SHIB 1.13129 + DOGE 0.5022 + XRP 0.9282 + ADA 1.156 (Spot) + PEPE 0.08900625 (Funding) = 3.80669625 USD,
        // less 2 % = 3.730562325 USD, at 612.40 USD a BNB: 0.00609170 BNB (rounded down).
        assertResult(Outcome.DONE, "action.dust.done", List.of("SHIB, DOGE, XRP, ADA, PEPE", "0.00609170"),
                exchange.perform(new ConvertDust(Set.of())));

        AccountSnapshot after = exchange.snapshot();
        for (String dust : List.of("SHIB", "DOGE", "XRP", "ADA")) {
            assertAmount("0", free(after, Wallet.SPOT, dust), dust);
        }
        assertAmount("0", free(after, Wallet.FUNDING, "PEPE"), "PEPE");
        assertAmount("0.00919170", free(after, Wallet.SPOT, "BNB"), "0.0031 + 0.00609170");
        for (var wallet : List.of(Wallet.SPOT, Wallet.FUNDING, Wallet.CROSS_MARGIN)) {
            for (String kept : List.of("BTC", "ETH", "USDT")) {
                assertEquals(line(before, wallet, kept), line(after, wallet, kept), () -> kept + " in " + wallet + " is not dust");
            }
        }
    }

    @Test
    void converting_one_dust_asset_credits_its_value_in_bnb_minus_the_two_percent_fee() throws Exception {
        // 3.1 DOGE x 0.162 = 0.5022 USD; x 0.98 = 0.492156 USD; / 612.40 = 0.00080365 BNB.
        assertResult(Outcome.DONE, "action.dust.done", List.of("DOGE", "0.00080365"),
                exchange.perform(new ConvertDust(Set.of("DOGE"))));

        AccountSnapshot after = exchange.snapshot();
        assertAmount("0", free(after, Wallet.SPOT, "DOGE"), "DOGE");
        assertAmount("0.00390365", free(after, Wallet.SPOT, "BNB"), "0.0031 + 0.00080365");
        assertAmount("120350.00", free(after, Wallet.SPOT, "SHIB"), "SHIB was not asked for");
    }

    @Test
    void bnb_itself_is_not_converted() throws Exception {
        assertRefusedAndNothingChanged(exchange, new ConvertDust(Set.of("BNB")), "action.dust.notBnb", "BNB", "27.38");
    }

    @Test
    void a_balance_worth_more_than_the_dust_limit_is_not_converted() throws Exception {
        assertRefusedAndNothingChanged(exchange, new ConvertDust(Set.of("USDT")), "action.dust.notDust", "USDT", "27.38");
        assertRefusedAndNothingChanged(exchange, new ConvertDust(Set.of("DOGE", "BTC")), "action.dust.notDust", "BTC", "27.38");
    }

    @Test
    void a_delisted_asset_is_not_converted_and_not_sold() throws Exception {
        // Delisting is the exchange's decision, not the user's: the saved state marks SHIB delisted.
        ObjectNode state = DemoFixtures.readState(dataDir);
        state.withArray("/demo/delisted").add("SHIB");
        DemoFixtures.writeState(dataDir, state);
        exchange = DemoFixtures.reopen(exchange, dataDir);

        assertRefusedAndNothingChanged(exchange, new ConvertDust(Set.of("SHIB")), "action.dust.delisted", "SHIB", "27.38");
        assertRefusedAndNothingChanged(exchange, new SellToUsdt(Wallet.SPOT, "SHIB"), "action.sell.notTraded", "SHIB");
        assertResult(Outcome.DONE, "action.dust.done", List.of("DOGE, XRP, ADA, PEPE", "0.00428134"),
                exchange.perform(new ConvertDust(Set.of())));
        assertAmount("120350.00", free(exchange.snapshot(), Wallet.SPOT, "SHIB"), "delisted SHIB stays");
    }

    @Test
    void a_dust_conversion_within_six_hours_is_refused_with_the_next_possible_time() throws Exception {
        assertTrue(exchange.perform(new ConvertDust(Set.of("DOGE"))).accepted());
        exchange.advance(Duration.ofHours(5).plusMinutes(59));

        assertRefusedAndNothingChanged(exchange, new ConvertDust(Set.of("XRP")), "action.dust.tooSoon",
                Times.at(START.plus(Duration.ofHours(6))));
    }

    @Test
    void a_dust_conversion_is_allowed_again_after_six_hours() throws Exception {
        assertTrue(exchange.perform(new ConvertDust(Set.of("DOGE"))).accepted());
        exchange.advance(Duration.ofHours(6));

        // 0.42 XRP x 2.21 = 0.9282 USD; x 0.98 / 612.40 = 0.00148536 BNB.
        assertResult(Outcome.DONE, "action.dust.done", List.of("XRP", "0.00148536"), exchange.perform(new ConvertDust(Set.of("XRP"))));
    }

    // Selling to USDT

    @Test
    void a_balance_worth_under_five_usdt_is_refused_with_convert_to_bnb_instead() throws Exception {
        assertRefusedAndNothingChanged(exchange, new SellToUsdt(Wallet.SPOT, "DOGE"), "action.sell.belowMinimum", "3.1", "DOGE", "0.50", "5");
    }

    @Test
    void a_sale_credits_its_usdt_value_minus_the_tenth_of_a_percent_fee() throws Exception {
        // The free 0.0152 BTC at 91250 = 1387 USDT, less 0.1 % = 1385.613; the 0.005 BTC in the sell order stays.
        assertResult(Outcome.DONE, "action.sell.done", List.of("0.01520000", "BTC", "1385.61300000"),
                exchange.perform(new SellToUsdt(Wallet.SPOT, "BTC")));

        AccountSnapshot after = exchange.snapshot();
        assertAmount("0", free(after, Wallet.SPOT, "BTC"), "free BTC");
        assertAmount("0.005", locked(after, Wallet.SPOT, "BTC"), "BTC in the open order");
        assertAmount("1797.983", free(after, Wallet.SPOT, "USDT"), "412.37 + 1385.613");
    }

    @Test
    void spending_usdt_on_an_asset_credits_it_less_the_tenth_of_a_percent_fee_rounded_down() throws Exception {
        // 100 USDT less 0.1 % is 99.9 USDT: at 612.40 a BNB, 0.16312867 BNB once rounded down to 8 places.
        assertResult(Outcome.DONE, "action.buy.done", List.of("100", "0.16312867", "BNB"),
                exchange.perform(new BuyWithUsdt("BNB", new BigDecimal("100"))));

        AccountSnapshot after = exchange.snapshot();
        assertAmount("312.37", free(after, Wallet.SPOT, "USDT"), "412.37 - 100");
        assertAmount("0.16622867", free(after, Wallet.SPOT, "BNB"), "0.0031 + 0.16312867");
    }

    @Test
    void a_purchase_under_five_usdt_beyond_what_spot_holds_or_of_usdt_itself_is_refused() throws Exception {
        assertRefusedAndNothingChanged(exchange, new BuyWithUsdt("BNB", new BigDecimal("4.99")), "action.buy.belowMinimum", "4.99", "5");
        assertRefusedAndNothingChanged(exchange, new BuyWithUsdt("BNB", new BigDecimal("500")), "action.buy.insufficient", "412.37");
        assertRefusedAndNothingChanged(exchange, new BuyWithUsdt("USDT", BigDecimal.TEN), "action.buy.notTraded", "USDT");
    }

    @Test
    void only_spot_balances_are_sold() throws Exception {
        assertRefusedAndNothingChanged(exchange, new SellToUsdt(Wallet.FUNDING, "PEPE"), "action.sell.spotOnly", "PEPE", "FUNDING");
        assertRefusedAndNothingChanged(exchange, new SellToUsdt(Wallet.SPOT, "USDT"), "action.sell.alreadyUsdt");
        assertRefusedAndNothingChanged(exchange, new SellToUsdt(Wallet.SPOT, "SOL"), "action.sell.nothing", "SOL");
    }
}
