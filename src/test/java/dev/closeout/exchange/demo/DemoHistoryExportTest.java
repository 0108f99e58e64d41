package dev.closeout.exchange.demo;

import static dev.closeout.exchange.demo.DemoFixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.EarnPosition;
import dev.closeout.account.P2pOrder;
import dev.closeout.account.Side;
import dev.closeout.account.Wallet;
import dev.closeout.account.history.AccountHistory;
import dev.closeout.account.history.Deposit;
import dev.closeout.account.history.DustConversion;
import dev.closeout.account.history.EarnEvent;
import dev.closeout.account.history.FuturesIncome;
import dev.closeout.account.history.HistoryPart;
import dev.closeout.account.history.P2pTrade;
import dev.closeout.account.history.Trade;
import dev.closeout.account.history.WalletTransfer;
import dev.closeout.account.history.Withdrawal;
import dev.closeout.exchange.AccountAction;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo account's history for export: a believable year before seeding, the same every time, and what the user did since. */
class DemoHistoryExportTest {

    @TempDir
    Path folder;

    private static AccountHistory history(DemoExchange exchange) throws Exception {
        return exchange.history((part, records) -> { }).orElseThrow();
    }

    @Test
    void the_year_before_seeding_has_every_kind_of_record_oldest_first_within_its_period() throws Exception {
        AccountHistory h = history(DemoFixtures.open(folder));

        assertEquals(START.minus(Duration.ofDays(365)), h.from());
        assertEquals(START, h.to());
        for (HistoryPart part : HistoryPart.values()) {
            assertFalse(h.records(part).isEmpty(), part.name());
        }
        assertTrue(h.size() > 2_000, "about two thousand records in the year: " + h.size());
        assertOldestFirstWithin(h, h.trades().stream().map(Trade::at).toList());
        assertOldestFirstWithin(h, h.earn().stream().map(EarnEvent::at).toList());
        assertOldestFirstWithin(h, h.futuresIncome().stream().map(FuturesIncome::at).toList());
        assertOldestFirstWithin(h, h.transfers().stream().map(WalletTransfer::at).toList());
    }

    private static void assertOldestFirstWithin(AccountHistory h, List<Instant> moments) {
        List<Instant> sorted = new ArrayList<>(moments);
        sorted.sort(null);
        assertEquals(sorted, moments);
        assertFalse(moments.get(0).isBefore(h.from()));
        assertFalse(moments.get(moments.size() - 1).isAfter(h.to()));
    }

    @Test
    void the_account_traded_every_asset_it_holds_and_filled_every_wallet_it_uses_by_transfer() throws Exception {
        DemoExchange exchange = DemoFixtures.open(folder);
        AccountHistory h = history(exchange);

        Set<String> traded = h.trades().stream().map(Trade::symbol).collect(Collectors.toSet());
        for (String asset : List.of("BTC", "ETH", "BNB", "XRP", "DOGE", "ADA", "SHIB", "PEPE", "CAKE")) {
            assertTrue(traded.contains(asset + "USDT"), asset);
        }
        Set<Wallet> filled = h.transfers().stream().map(WalletTransfer::to).collect(Collectors.toSet());
        Set<Wallet> used = exchange.snapshot().balances().stream().map(b -> b.wallet()).filter(w -> w != Wallet.SPOT)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Wallet.class)));
        assertTrue(filled.containsAll(used), "filled " + filled + ", used " + used);
        assertTrue(h.trades().stream().anyMatch(t -> t.wallet() == Wallet.TRADING_BOT && t.symbol().equals("BNBUSDT")), "the grid bot");
    }

    @Test
    void each_seeded_earn_and_staking_position_was_subscribed_on_its_date_and_paid_a_reward_every_day_since() throws Exception {
        DemoExchange exchange = DemoFixtures.open(folder);
        AccountHistory h = history(exchange);
        LocalDate today = LocalDate.ofInstant(START, ZoneOffset.UTC);

        for (EarnPosition e : exchange.snapshot().earn()) {
            List<EarnEvent> events = h.earn().stream().filter(ev -> ev.productId().equals(e.id())).toList();
            assertEquals(EarnEvent.Kind.SUBSCRIPTION, events.get(0).kind(), e.id());
            assertEquals(e.subscribedOn(), LocalDate.ofInstant(events.get(0).at(), ZoneOffset.UTC), e.id());
            assertEquals(e.amount(), events.get(0).amount(), e.id());
            long rewards = events.stream().filter(ev -> ev.kind() == EarnEvent.Kind.REWARD).count();
            assertEquals(java.time.temporal.ChronoUnit.DAYS.between(e.subscribedOn(), today) - 1, rewards, e.id());
        }
        assertTrue(h.earn().stream().anyMatch(ev -> ev.product() == EarnEvent.Product.STAKING && ev.productId().equals("eth2")));
    }

    @Test
    void the_seeded_p2p_orders_are_there_as_they_stand_after_the_older_ones() throws Exception {
        AccountHistory h = history(DemoFixtures.open(folder));

        Map<String, P2pOrder.Status> statuses = h.p2pOrders().stream().collect(Collectors.toMap(P2pTrade::id, P2pTrade::status));
        assertEquals(P2pOrder.Status.PENDING_PAYMENT, statuses.get("30771"));
        assertEquals(P2pOrder.Status.APPEALING, statuses.get("30702"));
        assertEquals(P2pOrder.Status.COMPLETED, statuses.get("29810"));
        assertTrue(h.p2pOrders().size() > 10);
        assertEquals(new BigDecimal("74.40"), h.p2pOrders().stream().filter(p -> p.id().equals("30771")).findFirst().orElseThrow().fiatAmount());
    }

    @Test
    void the_futures_wallet_realised_profits_and_losses_and_paid_trading_and_funding_fees() throws Exception {
        AccountHistory h = history(DemoFixtures.open(folder));

        assertEquals(EnumSet.allOf(FuturesIncome.Kind.class), h.futuresIncome().stream().map(FuturesIncome::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FuturesIncome.Kind.class))));
        assertTrue(h.futuresIncome().stream().filter(f -> f.kind() == FuturesIncome.Kind.COMMISSION).allMatch(f -> f.amount().signum() < 0));
    }

    @Test
    void the_same_moment_of_seeding_gives_the_same_year_and_reopening_keeps_it() throws Exception {
        DemoExchange a = DemoFixtures.open(folder.resolve("a"));
        AccountHistory first = history(a);
        AccountHistory second = history(DemoFixtures.open(folder.resolve("b")));
        AccountHistory reopened = history(DemoFixtures.reopen(a, folder.resolve("a")));

        assertEquals(first, second);
        assertEquals(first, reopened);
    }

    @Test
    void what_the_user_sells_converts_transfers_withdraws_redeems_and_closes_joins_the_history() throws Exception {
        DemoExchange exchange = DemoFixtures.open(folder);
        AccountHistory before = history(exchange);
        BigDecimal bnbBefore = DemoFixtures.free(exchange.snapshot(), Wallet.SPOT, "BNB");

        assertTrue(exchange.perform(new AccountAction.SellToUsdt(Wallet.SPOT, "BTC")).accepted());
        assertTrue(exchange.perform(new AccountAction.ConvertDust(Set.of())).accepted());
        assertTrue(exchange.perform(new AccountAction.Transfer("USDT", Wallet.SPOT, Wallet.FUNDING, new BigDecimal("10"))).accepted());
        assertTrue(exchange.perform(new AccountAction.Withdraw("USDT", "TRX", DemoFixtures.TRON_ADDRESS, new BigDecimal("50"))).accepted());
        assertTrue(exchange.perform(new AccountAction.RedeemEarn("flex-usdt")).accepted());
        assertTrue(exchange.perform(new AccountAction.ClosePosition(Wallet.USDM_FUTURES, "ETHUSDT")).accepted());
        AccountHistory after = history(exchange);

        Trade sale = last(after.trades());
        assertEquals(List.of(START, Wallet.SPOT, "BTCUSDT", Side.SELL, new BigDecimal("0.01520000"), "USDT"),
                List.of(sale.at(), sale.wallet(), sale.symbol(), sale.side(), sale.quantity(), sale.feeAsset()));
        List<DustConversion> dust = after.dustConversions().subList(before.dustConversions().size(), after.dustConversions().size());
        assertEquals(List.of("SHIB", "DOGE", "XRP", "ADA", "PEPE"), dust.stream().map(DustConversion::asset).toList());
        assertEquals(DemoFixtures.free(exchange.snapshot(), Wallet.SPOT, "BNB").subtract(bnbBefore),
                dust.stream().map(DustConversion::toAmount).reduce(BigDecimal.ZERO, BigDecimal::add), "the shares add up to the BNB credited");
        WalletTransfer moved = last(after.transfers());
        assertEquals(List.of("USDT", new BigDecimal("10"), Wallet.SPOT, Wallet.FUNDING),
                List.of(moved.asset(), moved.amount(), moved.from(), moved.to()));
        Withdrawal sent = last(after.withdrawals());
        assertEquals(List.of(new BigDecimal("50"), new BigDecimal("1"), DemoFixtures.TRON_ADDRESS, Withdrawal.Status.PROCESSING),
                List.of(sent.amount(), sent.fee(), sent.address(), sent.status()));
        EarnEvent redeemed = last(after.earn());
        assertEquals(List.of(EarnEvent.Kind.REDEMPTION, "flex-usdt", new BigDecimal("1001.37")),
                List.of(redeemed.kind(), redeemed.productId(), redeemed.amount()));
        assertTrue(after.futuresIncome().stream().anyMatch(f -> f.at().equals(START) && f.kind() == FuturesIncome.Kind.REALIZED_PNL
                && f.amount().compareTo(new BigDecimal("-12.40")) == 0));
    }

    @Test
    void a_withdrawal_and_the_seeded_deposit_show_as_completed_once_they_are_and_after_reopening() throws Exception {
        DemoExchange exchange = DemoFixtures.open(folder);
        assertEquals(Deposit.Status.PROCESSING, deposit(history(exchange)).status());
        exchange.perform(new AccountAction.Withdraw("USDT", "TRX", DemoFixtures.TRON_ADDRESS, new BigDecimal("50")));

        exchange.advance(Duration.ofHours(1));

        AccountHistory reopened = history(DemoFixtures.reopen(exchange, folder));
        assertEquals(Deposit.Status.COMPLETED, deposit(reopened).status());
        assertEquals(Withdrawal.Status.COMPLETED, last(reopened.withdrawals()).status());
        assertEquals(START.plus(Duration.ofHours(1)), reopened.to());
    }

    private static Deposit deposit(AccountHistory h) {
        return h.deposits().stream().filter(d -> d.id().equals(DemoSeed.DEPOSIT_ID)).findFirst().orElseThrow();
    }

    private static <T> T last(List<T> records) {
        return records.get(records.size() - 1);
    }
}
