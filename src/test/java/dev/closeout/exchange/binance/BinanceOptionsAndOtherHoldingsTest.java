package dev.closeout.exchange.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Balance;
import dev.closeout.account.OpenOrder;
import dev.closeout.account.Position;
import dev.closeout.account.Side;
import dev.closeout.account.UnknownPart;
import dev.closeout.account.Wallet;
import dev.closeout.account.WalletTotal;
import dev.closeout.closure.Condition;
import dev.closeout.closure.Eligibility;
import dev.closeout.closure.Finding;
import dev.closeout.closure.FindingKind;
import dev.closeout.closure.Fix;
import dev.closeout.exchange.binance.FakeBinance.Answer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Options, Convert limit orders, Dual Investment, On-chain Yields and the dust Binance would
 * convert: each lands where the spec has room for it, or is something to check on Binance, and
 * a reading that fails is unknown, never zero.
 */
class BinanceOptionsAndOtherHoldingsTest {

    private static final String KEY_REFUSED = "error_-2015_rejected_mbx_key.json";

    private final FakeBinance binance = FakeBinance.withSamples();

    @AfterEach
    void stop() {
        binance.close();
    }

    private AccountSnapshot snapshot() throws Exception {
        return Binance.gateway(binance).snapshot();
    }

    private static List<Finding> findings(AccountSnapshot snapshot, Condition condition) {
        return Eligibility.evaluate(snapshot).result(condition).findings();
    }

    private static Optional<Finding> finding(AccountSnapshot snapshot, Condition condition, FindingKind kind, String idOrAsset) {
        return findings(snapshot, condition).stream()
                .filter(f -> f.kind() == kind && (idOrAsset.equals(f.id()) || idOrAsset.equals(f.asset()) || idOrAsset.equals(f.symbol())))
                .findFirst();
    }

    private static WalletTotal total(AccountSnapshot snapshot, Wallet wallet) {
        return snapshot.walletTotals().stream().filter(t -> t.wallet() == wallet).findFirst().orElseThrow();
    }

    private static List<String> unknown(AccountSnapshot snapshot) {
        return snapshot.unknown().stream().map(u -> u.part().key() + ": " + u.reason()).toList();
    }

    private void onchainYieldsEmpty() {
        binance.route("GET", "/sapi/v1/onchain-yields/account", (request, call) -> Answer.ok(
                "{\"totalAmountInBTC\": \"0.00000000\", \"totalAmountInUSDT\": \"0.00000000\"}"));
    }

    /** The samples' account with one reading failing, On-chain Yields empty so that the failure is the only unknown part. */
    private AccountSnapshot snapshotFailing(String method, String path, Answer failure) throws Exception {
        onchainYieldsEmpty();
        binance.route(method, path, (request, call) -> failure);
        return snapshot();
    }

    @Test
    void the_options_wallet_is_listed_item_by_item_and_a_short_call_must_be_closed() throws Exception {
        AccountSnapshot snapshot = snapshot();

        assertEquals(List.of(new Balance(Wallet.OPTIONS, "USDT", new BigDecimal("10099.448"), null, null, null,
                new BigDecimal("-5.00138"), null)), snapshot.balances().stream().filter(b -> b.wallet() == Wallet.OPTIONS).toList());
        assertEquals(List.of(new Position(Wallet.OPTIONS, "BTC-200730-9000-C", new BigDecimal("-0.1"), new BigDecimal("1000"),
                new BigDecimal("-5.00138"))), snapshot.positions().stream().filter(p -> p.wallet() == Wallet.OPTIONS).toList());
        assertTrue(total(snapshot, Wallet.OPTIONS).itemized());
        assertEquals(Fix.CLOSE_POSITION, finding(snapshot, Condition.ZERO_BALANCE, FindingKind.POSITION, "BTC-200730-9000-C")
                .orElseThrow().fix());
        assertEquals(List.of(Fix.CLOSE_POSITION), findings(snapshot, Condition.ZERO_BALANCE).stream()
                .filter(f -> f.kind() == FindingKind.BALANCE && f.wallet() == Wallet.OPTIONS).map(Finding::fix).toList(),
                "an unrealised loss goes with the position");
    }

    @Test
    void an_open_options_order_is_an_order_to_cancel() throws Exception {
        AccountSnapshot snapshot = snapshot();

        assertEquals(new OpenOrder("options-4611875134427365377", Wallet.OPTIONS, "BTC-200730-9000-C", OpenOrder.Type.LIMIT, Side.BUY,
                new BigDecimal("100"), new BigDecimal("1"), new BigDecimal("0"), Instant.ofEpochMilli(1592465880683L)),
                snapshot.openOrders().stream().filter(o -> o.market() == Wallet.OPTIONS).findFirst().orElseThrow());
        assertEquals(Fix.CANCEL_ORDER, finding(snapshot, Condition.NO_OPEN_ORDERS, FindingKind.ORDER, "options-4611875134427365377")
                .orElseThrow().fix());
    }

    @Test
    void options_positions_that_cannot_be_read_are_unknown_and_the_options_wallet_is_no_longer_itemized() throws Exception {
        AccountSnapshot snapshot = snapshotFailing("GET", "/eapi/v1/position", Answer.error(401, FakeBinance.sample(KEY_REFUSED)));

        assertEquals(List.of("positions: Options positions: Binance refused the API key: the key is wrong, this computer's IP address"
                + " is not on the key's whitelist, or the key lacks the permission this needs."), unknown(snapshot));
        assertFalse(total(snapshot, Wallet.OPTIONS).itemized());
        assertFalse(Eligibility.evaluate(snapshot).eligible());
    }

    @Test
    void an_options_balance_Binance_leaves_out_is_unknown_not_an_empty_options_wallet() throws Exception {
        AccountSnapshot snapshot = snapshotFailing("GET", "/eapi/v1/marginAccount", Answer.ok(
                FakeBinance.sample("eapi_v1_marginAccount.json").replace("\"marginBalance\": \"10099.448\",", "")));

        assertEquals(List.of("balances"), snapshot.unknown().stream().map(u -> u.part().key()).toList());
        assertTrue(snapshot.unknown().get(0).reason().contains("there is no \"marginBalance\""), snapshot.unknown().get(0).reason());
        assertTrue(snapshot.balances().stream().noneMatch(b -> b.wallet() == Wallet.OPTIONS));
        assertFalse(total(snapshot, Wallet.OPTIONS).itemized());
    }

    @Test
    void options_refused_on_an_account_that_never_opened_options_means_none() throws Exception {
        onchainYieldsEmpty();
        binance.route("GET", "/sapi/v1/account/info", (request, call) -> Answer.ok(
                FakeBinance.sample("sapi_v1_account_info.json").replace("\"isOptionsEnabled\": true", "\"isOptionsEnabled\": false")));
        for (String path : List.of("/eapi/v1/marginAccount", "/eapi/v1/position", "/eapi/v1/openOrders")) {
            binance.route("GET", path, (request, call) -> Answer.error(401, FakeBinance.sample(KEY_REFUSED)));
        }

        AccountSnapshot snapshot = snapshot();

        assertEquals(List.of(), snapshot.unknown());
        assertTrue(snapshot.positions().stream().noneMatch(p -> p.wallet() == Wallet.OPTIONS));
    }

    @Test
    void a_Convert_limit_order_is_a_spot_limit_sell_of_its_pair_to_cancel() throws Exception {
        AccountSnapshot snapshot = snapshot();

        assertEquals(new OpenOrder("convert-1150901289839", Wallet.SPOT, "BNBUSDT", OpenOrder.Type.LIMIT, Side.SELL,
                new BigDecimal("231.789"), new BigDecimal("10"), null, Instant.ofEpochMilli(1614089498000L)),
                snapshot.openOrders().stream().filter(o -> o.id().startsWith("convert-")).findFirst().orElseThrow());
        assertEquals(Fix.CANCEL_ORDER, finding(snapshot, Condition.NO_OPEN_ORDERS, FindingKind.ORDER, "convert-1150901289839")
                .orElseThrow().fix());
    }

    @Test
    void Convert_orders_that_cannot_be_read_leave_open_orders_unknown() throws Exception {
        AccountSnapshot snapshot = snapshotFailing("GET", "/sapi/v1/convert/limit/queryOpenOrders", Answer.error(503, ""));

        assertEquals(List.of("openOrders: Convert limit orders: Binance had a problem of its own (HTTP 503); try again later."),
                unknown(snapshot));
        assertEquals(Fix.CHECK_ON_EXCHANGE, finding(snapshot, Condition.NO_OPEN_ORDERS, FindingKind.UNKNOWN, "openOrders")
                .orElseThrow().fix());
    }

    @Test
    void a_Dual_Investment_subscription_waits_for_its_settlement_date() throws Exception {
        binance.route("GET", "/sapi/v1/dci/product/positions", (request, call) -> Answer.ok(
                FakeBinance.sample("sapi_v1_dci_product_positions.json").replace("1708416000000", "4102444800000")));

        AccountSnapshot snapshot = snapshot();

        Finding earn = finding(snapshot, Condition.NO_ACTIVE_EARN, FindingKind.EARN, "dual-investment-10160533").orElseThrow();
        assertEquals(Fix.WAIT_FOR_MATURITY, earn.fix(), "Binance's API has no way to redeem Dual Investment early");
        assertEquals(new BigDecimal("0.5"), earn.amount());
        assertEquals("USDT", earn.asset());
        assertEquals(LocalDate.of(2100, 1, 1), earn.date());
    }

    @Test
    void Dual_Investment_that_cannot_be_read_makes_Earn_unknown_and_the_Earn_total_not_itemized() throws Exception {
        AccountSnapshot snapshot = snapshotFailing("GET", "/sapi/v1/dci/product/positions", Answer.error(500, ""));

        assertEquals(List.of("earn: Dual Investment positions: Binance had a problem of its own (HTTP 500); try again later."),
                unknown(snapshot));
        assertFalse(total(snapshot, Wallet.EARN).itemized());
        assertTrue(snapshot.earn().stream().noneMatch(e -> e.id().startsWith("dual-investment-")));
    }

    @Test
    void a_Dual_Investment_subscription_without_its_amount_makes_Earn_unknown_never_a_zero_position() throws Exception {
        AccountSnapshot snapshot = snapshotFailing("GET", "/sapi/v1/dci/product/positions", Answer.ok(
                FakeBinance.sample("sapi_v1_dci_product_positions.json").replace("\"subscriptionAmount\": \"0.5\",", "")));

        assertEquals(List.of("earn"), snapshot.unknown().stream().map(u -> u.part().key()).toList());
        assertTrue(snapshot.earn().stream().noneMatch(e -> e.id().startsWith("dual-investment-")));
        assertFalse(Eligibility.evaluate(snapshot).result(Condition.NO_ACTIVE_EARN).met());
    }

    @Test
    void On_chain_Yields_without_its_USDT_total_is_unknown_Earn_not_zero_USDT() throws Exception {
        binance.route("GET", "/sapi/v1/onchain-yields/account", (request, call) -> Answer.ok(
                FakeBinance.sample("sapi_v1_onchain-yields_account.json").replace("\"totalAmountInUSDT\": \"77.13289230\",", "")));

        AccountSnapshot snapshot = snapshot();

        assertEquals(List.of("earn"), snapshot.unknown().stream().map(u -> u.part().key()).toList());
        assertTrue(snapshot.unknown().get(0).reason().contains("there is no \"totalAmountInUSDT\""), snapshot.unknown().get(0).reason());
        assertFalse(Eligibility.evaluate(snapshot).result(Condition.NO_ACTIVE_EARN).met());
    }

    @Test
    void On_chain_Yields_holding_something_is_Earn_to_check_on_Binance_with_its_value() throws Exception {
        AccountSnapshot snapshot = snapshot();

        assertEquals(List.of(new UnknownPart(UnknownPart.Part.EARN,
                "On-chain Yields holds about 0.01067982 BTC (77.13289230 USDT), and Closeout cannot list its positions one by one")),
                snapshot.unknown());
        assertEquals(Fix.CHECK_ON_EXCHANGE, finding(snapshot, Condition.NO_ACTIVE_EARN, FindingKind.UNKNOWN, "earn").orElseThrow().fix());
        assertFalse(Eligibility.evaluate(snapshot).result(Condition.ZERO_BALANCE).met());
    }

    @Test
    void an_empty_On_chain_Yields_account_hides_nothing() throws Exception {
        onchainYieldsEmpty();

        assertEquals(List.of(), snapshot().unknown());
    }

    @Test
    void a_small_coin_without_a_USDT_pair_is_dust_by_Binances_own_valuation() throws Exception {
        binance.route("GET", "/api/v3/account", (request, call) -> Answer.ok(FakeBinance.sample("api_v3_account.json")
                .replace("\"asset\": \"LTC\"", "\"asset\": \"ADA\"").replace("4763368.68006011", "6.21")));

        AccountSnapshot snapshot = snapshot();

        // 0.00016848 BTC for 6.21 ADA, at 91250 USD per BTC: 2.4757 USD per ADA, 15.37 USD in all, under the 0.0003 BTC dust limit.
        assertEquals(new BigDecimal("2.4757"), snapshot.prices().get("ADA").setScale(4, RoundingMode.HALF_UP));
        assertEquals(Fix.CONVERT_DUST, finding(snapshot, Condition.ZERO_BALANCE, FindingKind.BALANCE, "ADA").orElseThrow().fix());
    }

    @Test
    void without_Binances_dust_list_such_a_coin_has_no_price_and_is_to_withdraw_or_sell_nothing_unknown() throws Exception {
        binance.route("GET", "/api/v3/account", (request, call) -> Answer.ok(FakeBinance.sample("api_v3_account.json")
                .replace("\"asset\": \"LTC\"", "\"asset\": \"ADA\"").replace("4763368.68006011", "6.21")));

        AccountSnapshot snapshot = snapshotFailing("POST", "/sapi/v1/asset/dust-btc", Answer.error(500, ""));

        assertFalse(snapshot.prices().containsKey("ADA"));
        assertEquals(Fix.WITHDRAW_OR_SELL, finding(snapshot, Condition.ZERO_BALANCE, FindingKind.BALANCE, "ADA").orElseThrow().fix());
        assertEquals(List.of(), snapshot.unknown(), "the dust list only prices; the balance itself was read");
    }
}
