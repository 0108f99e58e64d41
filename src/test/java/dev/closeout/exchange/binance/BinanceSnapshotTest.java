package dev.closeout.exchange.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.AccountStatus;
import dev.closeout.account.ApiKey;
import dev.closeout.account.Balance;
import dev.closeout.account.EarnPosition;
import dev.closeout.account.OpenOrder;
import dev.closeout.account.PendingTransfer;
import dev.closeout.account.Position;
import dev.closeout.account.RecurringPlan;
import dev.closeout.account.SnapshotSource;
import dev.closeout.account.StakingPosition;
import dev.closeout.account.SubAccount;
import dev.closeout.account.Wallet;
import dev.closeout.account.WalletTotal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every documented Binance answer lands in the snapshot where the spec says, amounts exact. */
class BinanceSnapshotTest {

    private FakeBinance binance;
    private AccountSnapshot snapshot;

    @BeforeEach
    void readTheAccountBuiltFromTheSamples() throws Exception {
        binance = FakeBinance.withSamples();
        snapshot = Binance.gateway(binance).snapshot();
    }

    @AfterEach
    void stop() {
        binance.close();
    }

    private Optional<Balance> balance(Wallet wallet, String asset) {
        return snapshot.balances().stream().filter(b -> b.wallet() == wallet && b.asset().equals(asset)).findFirst();
    }

    private OpenOrder order(String id) {
        return snapshot.openOrders().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void the_profile_is_the_spot_accounts_uid_active_because_Binance_says_Normal() {
        assertEquals(SnapshotSource.BINANCE, snapshot.source());
        assertEquals("354937868", snapshot.profile().accountId());
        assertEquals("UID 354937868", snapshot.profile().email());
        assertEquals(AccountStatus.ACTIVE, snapshot.profile().status());
        assertEquals(0, snapshot.profile().vipLevel());
    }

    @Test
    void spot_balances_keep_Binances_exact_amounts_and_count_frozen_funds_as_locked() {
        Balance btc = balance(Wallet.SPOT, "BTC").orElseThrow();
        assertEquals("4723846.89208129", btc.free().toPlainString());
        assertEquals(0, btc.locked().signum());
        // getUserAsset: BNB has 10.52 frozen; SHIB and the others have nothing beyond free, which /api/v3/account reports.
        assertEquals(d("10.52"), balance(Wallet.SPOT, "BNB").orElseThrow().locked());
        assertEquals(d("4763368.68006011"), balance(Wallet.SPOT, "LTC").orElseThrow().free());
    }

    @Test
    void funding_cross_and_isolated_margin_carry_what_is_borrowed_and_skip_empty_lines() {
        assertEquals(d("1"), balance(Wallet.FUNDING, "USDT").orElseThrow().free());
        Balance bnb = balance(Wallet.CROSS_MARGIN, "BNB").orElseThrow();
        assertEquals(d("2346.50000000"), bnb.free());
        assertEquals(d("201.66666672"), bnb.borrowed());
        assertEquals(d("0.00000000"), bnb.interest());
        assertTrue(balance(Wallet.CROSS_MARGIN, "BTC").isPresent());
        assertTrue(balance(Wallet.CROSS_MARGIN, "ETH").isEmpty(), "an all-zero line is not held");
        assertTrue(snapshot.balances().stream().noneMatch(b -> b.wallet() == Wallet.ISOLATED_MARGIN), "the isolated sample is all zero");
    }

    @Test
    void futures_wallets_hold_every_asset_and_the_open_positions() {
        assertEquals(d("23.72469206"), balance(Wallet.USDM_FUTURES, "USDT").orElseThrow().free());
        assertEquals(d("103.12345678"), balance(Wallet.USDM_FUTURES, "USDC").orElseThrow().free());
        assertEquals(d("0.00241969"), balance(Wallet.COINM_FUTURES, "BTC").orElseThrow().free());
        assertEquals(List.of(new Position(Wallet.USDM_FUTURES, "BTCUSDT", d("1.000"), null, d("0.00000000"))),
                snapshot.positions().stream().filter(p -> p.wallet() != Wallet.OPTIONS).toList(), "COIN-M's three positions are all zero");
    }

    @Test
    void every_kind_of_open_order_is_listed_once_with_an_id_that_says_where_it_lives() {
        assertEquals(List.of("1", "list-31", "usdm-1917641", "usdm-conditional-2148627", "coinm-1917641", "spot-algo-14517",
                "futures-algo-14517", "options-4611875134427365377", "convert-1150901289839"),
                snapshot.openOrders().stream().map(OpenOrder::id).toList());
        OpenOrder spot = order("1");
        assertEquals(new OpenOrder("1", Wallet.SPOT, "LTCBTC", OpenOrder.Type.LIMIT, dev.closeout.account.Side.BUY, d("0.1"),
                d("1.0"), d("0.0"), java.time.Instant.ofEpochMilli(1499827319559L)), spot);
        assertEquals(OpenOrder.Type.OCO, order("list-31").type());
        assertEquals(OpenOrder.Type.TRAILING_STOP_MARKET, order("usdm-1917641").type());
        assertEquals(Wallet.USDM_FUTURES, order("usdm-conditional-2148627").market());
        assertEquals(OpenOrder.Type.TAKE_PROFIT, order("usdm-conditional-2148627").type());
        assertEquals(d("0.01"), order("usdm-conditional-2148627").quantity());
        assertEquals(Wallet.COINM_FUTURES, order("coinm-1917641").market());
        assertEquals(OpenOrder.Type.TWAP, order("spot-algo-14517").type());
        assertEquals(OpenOrder.Type.VP, order("futures-algo-14517").type());
        assertEquals(d("5.000"), order("futures-algo-14517").quantity());
    }

    @Test
    void margin_open_orders_are_not_asked_when_no_margin_funds_are_locked() {
        assertEquals(List.of(), binance.requests("/sapi/v1/margin/openOrders"));
    }

    @Test
    void simple_earn_flexible_and_locked_Dual_Investment_and_ETH_and_SOL_staking_are_listed() {
        assertEquals(List.of(
                new EarnPosition("USDT001", EarnPosition.Product.FLEXIBLE, "USDT", d("75.46000000"), d("0.45459183"),
                        d("0.02599895"), null, null, null, null),
                new EarnPosition("123123", EarnPosition.Product.LOCKED, "AXS", d("122.09202928"), d("5.17181528"), d("0.2032"),
                        LocalDate.of(2022, 3, 2), LocalDate.of(2022, 5, 3), EarnPosition.EarlyRedemption.ALLOWED, null),
                new EarnPosition("dual-investment-10160533", EarnPosition.Product.LOCKED, "USDT", d("0.5"), null, d("0.0365"),
                        LocalDate.of(2024, 2, 18), LocalDate.of(2024, 2, 20), EarnPosition.EarlyRedemption.NOT_ALLOWED, null)),
                snapshot.earn());
        assertEquals(List.of(new StakingPosition("eth-staking", StakingPosition.Product.ETH_STAKING, "ETH", d("1.22330928"), null),
                new StakingPosition("sol-staking", StakingPosition.Product.SOL_STAKING, "SOL", d("1.22330928"), null)), snapshot.staking());
    }

    @Test
    void a_completed_P2P_order_is_not_open_and_both_sub_accounts_are() {
        assertEquals(List.of(), snapshot.p2pOrders());
        assertEquals(List.of("testsub@gmail.com", "virtual@oxebmvfonoemail.com"),
                snapshot.subAccounts().stream().map(SubAccount::email).toList());
        assertTrue(snapshot.subAccounts().stream().allMatch(s -> s.status() == SubAccount.Status.ACTIVE));
    }

    @Test
    void credited_deposits_are_done_and_spots_withdrawing_BNB_is_in_flight() {
        assertEquals(List.of(new PendingTransfer("withdrawing-SPOT-BNB", PendingTransfer.Direction.WITHDRAWAL, "BNB", d("0.1"),
                null, "WITHDRAWING")), snapshot.pendingTransfers());
    }

    @Test
    void wallet_totals_say_which_wallets_Closeout_cannot_list_item_by_item() {
        Map<Wallet, WalletTotal> totals = snapshot.walletTotals().stream().collect(Collectors.toMap(WalletTotal::wallet, t -> t));
        assertEquals(10, totals.size());
        assertEquals(d("0.71842752"), totals.get(Wallet.USDM_FUTURES).btcValue());
        assertFalse(totals.get(Wallet.USDM_FUTURES).itemized(),
                "the samples' futures assets are worth far less than the 0.71842752 BTC of Binance's sample total");
        assertTrue(totals.get(Wallet.SPOT).itemized());
        assertTrue(totals.get(Wallet.EARN).itemized());
        assertFalse(totals.get(Wallet.TRADING_BOT).itemized());
        assertFalse(totals.get(Wallet.COPY_TRADING).itemized());
        assertTrue(totals.get(Wallet.OPTIONS).itemized(), "the options account and positions are read");
    }

    @Test
    void the_keys_permissions_and_the_auto_invest_plans_are_in_the_snapshot() {
        ApiKey key = snapshot.apiKeys().get(0);
        assertEquals("API key vmPU…Eh8A", key.label());
        assertEquals(List.of(ApiKey.Permission.READ, ApiKey.Permission.FUTURES, ApiKey.Permission.UNIVERSAL_TRANSFER,
                ApiKey.Permission.OTHER), key.permissions());
        assertEquals(java.time.Instant.ofEpochMilli(1698645219000L), key.createdAt());
        assertEquals(List.of(
                new RecurringPlan("SINGLE-12345", RecurringPlan.Kind.AUTO_INVEST, "BUSD", d("0.1"), "WEEKLY", true),
                new RecurringPlan("INDEX-12345", RecurringPlan.Kind.AUTO_INVEST, "BUSD", d("0.1"), "DAILY", true)),
                snapshot.recurringPlans());
    }

    @Test
    void prices_are_USD_from_the_USDT_pairs_for_what_is_held_and_BTC() {
        assertEquals(BigDecimal.ONE, snapshot.prices().get("USDT"));
        assertEquals(d("91250.00"), snapshot.prices().get("BTC"));
        assertEquals(d("620.00"), snapshot.prices().get("BNB"));
        assertEquals(d("2.10"), snapshot.prices().get("AXS"));
        assertNull(snapshot.prices().get("WRZ"), "no USDT pair, no price");
        assertFalse(snapshot.prices().containsKey("ETHBTC"));
    }

    @Test
    void every_request_is_signed_and_sent_with_the_key_and_P2P_asks_six_months_in_30_day_windows() {
        List<FakeBinance.Request> signed = binance.requests().stream()
                .filter(r -> !r.path().equals("/api/v3/time") && !r.path().equals("/api/v3/ticker/price")).toList();
        assertTrue(signed.size() >= 27, signed.size() + " signed requests");
        assertTrue(signed.stream().allMatch(r -> r.param("signature") != null && FakeBinance.API_KEY.equals(r.apiKey())));
        List<long[]> windows = binance.requests(FakeBinance.P2P).stream()
                .map(r -> new long[] {Long.parseLong(r.param("startTimestamp")), Long.parseLong(r.param("endTimestamp"))})
                .sorted(java.util.Comparator.comparingLong(w -> w[0])).toList();
        assertTrue(windows.stream().allMatch(w -> w[1] - w[0] < 30 * 86_400_000L), "no window longer than Binance's 30 days");
        for (int i = 1; i < windows.size(); i++) {
            assertEquals(windows.get(i - 1)[1] + 1, windows.get(i)[0], "the windows follow one another without a gap");
        }
        long months = java.time.temporal.ChronoUnit.DAYS.between(java.time.Instant.ofEpochMilli(windows.get(0)[0]),
                java.time.Instant.ofEpochMilli(windows.get(windows.size() - 1)[1]));
        assertTrue(months >= 180, months + " days of P2P orders looked for: the six months Binance keeps");
        assertEquals(List.of("SINGLE", "PORTFOLIO", "INDEX"),
                binance.requests("/sapi/v1/lending/auto-invest/plan/list").stream().map(r -> r.param("planType")).sorted(
                        java.util.Comparator.comparing(List.of("SINGLE", "PORTFOLIO", "INDEX")::indexOf)).toList());
        assertEquals("true", binance.requests("/api/v3/account").get(0).param("omitZeroBalances"));
        assertEquals("200", binance.requests("/sapi/v1/sub-account/list").get(0).param("limit"));
    }
}
