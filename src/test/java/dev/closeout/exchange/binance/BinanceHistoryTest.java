package dev.closeout.exchange.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.P2pOrder;
import dev.closeout.account.Side;
import dev.closeout.account.Wallet;
import dev.closeout.account.history.AccountHistory;
import dev.closeout.account.history.AccountHistory.NotIncluded;
import dev.closeout.account.history.Deposit;
import dev.closeout.account.history.DustConversion;
import dev.closeout.account.history.FuturesIncome;
import dev.closeout.account.history.P2pTrade;
import dev.closeout.account.history.Trade;
import dev.closeout.account.history.WalletTransfer;
import dev.closeout.account.history.Withdrawal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every history endpoint's documented answer, as the export's records: what a person would find in each file. */
class BinanceHistoryTest {

    @RegisterExtension
    final Histories histories = Histories.onSamples();
    private final FakeBinance binance = histories.binance();

    private AccountHistory lastYear() throws Exception {
        return histories.lastYear();
    }

    @Test
    void deposits_and_withdrawals_keep_binances_ids_amounts_fees_networks_and_statuses() throws Exception {
        AccountHistory history = lastYear();

        assertEquals(List.of(
                new Deposit("769754833590042625", Instant.ofEpochMilli(1599620082000L), "IOTA", new BigDecimal("0.50000000"), "IOTA",
                        "SIZ9VLMHWATXKV99LH99CIGFJFUMLEHGWVZVNNZXRJJVWBPHYWPPBOSDORZ9EQSHCZAMPVAPGFYQAUUV9DROOXJLNW",
                        "ESBFVQUTPIWQNJSPXFNHNYHSQNTGKRVKPRABQWTAXCDWOAKDKYWPTVG9BGXNVNKTLEJGESAVXIKIZ9999", Deposit.Status.COMPLETED),
                new Deposit("769800519366885376", Instant.ofEpochMilli(1661493146000L), "BNB", new BigDecimal("0.001"), "BNB",
                        "bnb136ns6lfw4zs5hg4n85vdthaad7hq5m4gtkgf23",
                        "98A3EA560C6B3336D348B6C83F0F95ECE4F1F5919E94BD006E5BF3BF264FACFC", Deposit.Status.COMPLETED)),
                history.deposits(), "oldest first, each once although every window was answered with both");
        assertEquals(List.of(
                new Withdrawal("156ec387f49b41df8724fa744fa82719", Instant.parse("2019-09-24T12:43:45Z"), "BTC",
                        new BigDecimal("0.00150000"), new BigDecimal("0.004"), "BTC", "1FZdVHtiBqMrWdjPyRPULCUceZPJ2WLCsB",
                        "60fd9007ebfddc753455f95fafa808c4302c836e4d1eebc5a132c36c1d8ac354", Withdrawal.Status.COMPLETED),
                new Withdrawal("b6ae22b3aa844210a7041aee7589627c", Instant.parse("2019-10-12T11:12:02Z"), "USDT",
                        new BigDecimal("8.91000000"), new BigDecimal("0.004"), "ETH", "0x94df8b352de7f46f64b01d3666bf6e936e44ce60",
                        "0xb5ef8c13b968a406cc62a93a8bd80f9e9a906ef1b3fcf20a2e48573c17659268", Withdrawal.Status.COMPLETED)),
                history.withdrawals());
    }

    @Test
    void deposits_and_withdrawals_that_never_arrived_or_left_say_so() throws Exception {
        binance.route("GET", "/sapi/v1/capital/deposit/hisrec", (request, call) -> FakeBinance.Answer.ok(
                FakeBinance.sample("sapi_v1_capital_deposit_hisrec.json").replace("\"status\": 1,\n    \"address\": \"bnb", "\"status\": 7,\n    \"address\": \"bnb")
                        .replace("\"status\": 1,", "\"status\": 0,")));
        binance.route("GET", "/sapi/v1/capital/withdraw/history", (request, call) -> FakeBinance.Answer.ok(
                FakeBinance.sample("sapi_v1_capital_withdraw_history.json").replaceFirst("\"status\": 6", "\"status\": 3")
                        .replaceFirst("\"status\": 6", "\"status\": 4")));

        AccountHistory history = lastYear();

        assertEquals(List.of("IOTA PROCESSING", "BNB FAILED"), history.deposits().stream().map(d -> d.asset() + " " + d.status()).toList());
        assertEquals(List.of("BTC PROCESSING", "USDT FAILED"),
                history.withdrawals().stream().map(w -> w.asset() + " " + w.status()).toList());
    }

    @Test
    void spot_trades_and_convert_trades_are_both_trades() throws Exception {
        AccountHistory history = lastYear();

        assertEquals(List.of(
                new Trade("BNBBTC-28457", Instant.ofEpochMilli(1499865549590L), Wallet.SPOT, "BNBBTC", "BNB", Side.BUY,
                        new BigDecimal("4.00000100"), new BigDecimal("12.00000000"), new BigDecimal("48.000012"),
                        new BigDecimal("10.10000000"), "BNB"),
                new Trade("convert-940708407462087195", Instant.ofEpochMilli(1624248872184L), Wallet.SPOT, "BNBUSDT", "BNB", Side.BUY,
                        new BigDecimal("324.99"), new BigDecimal("0.06154036"), new BigDecimal("20"), null, null)),
                history.trades());
    }

    @Test
    void transfers_between_wallets_name_both_wallets() throws Exception {
        AccountHistory history = lastYear();

        assertEquals(List.of(
                new WalletTransfer("11366865406", Instant.ofEpochMilli(1544433328000L), "USDT", new BigDecimal("2"), Wallet.SPOT,
                        Wallet.USDM_FUTURES),
                new WalletTransfer("11415955596", Instant.ofEpochMilli(1544433328000L), "USDT", new BigDecimal("1"), Wallet.SPOT,
                        Wallet.USDM_FUTURES)), history.transfers(), "two of one moment, by id");
        assertEquals(FundsHistoryMapper.TRANSFER_TYPES.size(), binance.requests("/sapi/v1/asset/transfer").size(),
                "each of the 26 directions between two wallets once: six months in one window");
    }

    @Test
    void simple_earn_subscriptions_redemptions_and_rewards_of_both_kinds_are_earn_events_those_of_one_moment_by_id() throws Exception {
        List<String> earn = lastYear().earn().stream()
                .map(e -> e.kind() + " " + e.product() + " " + e.productId() + " " + e.amount() + " " + e.asset()).toList();

        assertEquals(List.of(
                "SUBSCRIPTION FLEXIBLE USDT001 100.00000000 USDT",
                "REDEMPTION LOCKED 123123 21312.23223 BNB",
                "REWARD LOCKED 123123 1.23223 BNB",
                "REWARD LOCKED 123123 21312.23223 BNB",
                "SUBSCRIPTION LOCKED 123123 21312.23223 BNB",
                "REWARD FLEXIBLE USDT001 0.00687654 USDT",
                "REWARD FLEXIBLE USDT001 0.00006408 BUSD",
                "REDEMPTION FLEXIBLE USDT001 10.54000000 USDT"), earn);
    }

    @Test
    void each_asset_of_a_dust_conversion_shares_the_conversions_id_and_an_answer_without_a_target_went_to_bnb() throws Exception {
        assertEquals(List.of(
                new DustConversion("45178372831", Instant.ofEpochMilli(1615985535000L), "ETH", new BigDecimal("0.0009"), "BNB",
                        new BigDecimal("0.00088156"), new BigDecimal("0.00001799")),
                new DustConversion("45178372831", Instant.ofEpochMilli(1615985535000L), "USDT", new BigDecimal("0.0009"), "BNB",
                        new BigDecimal("0.000441"), new BigDecimal("0.000009")),
                new DustConversion("4357015", Instant.ofEpochMilli(1616203180000L), "ETH", new BigDecimal("0.0001"), "BNB",
                        new BigDecimal("0.00009795"), new BigDecimal("0.000002")),
                new DustConversion("4357015", Instant.ofEpochMilli(1616203180000L), "USDT", new BigDecimal("0.001"), "BNB",
                        new BigDecimal("0.00049"), new BigDecimal("0.00001"))), lastYear().dustConversions());
    }

    @Test
    void dust_converted_to_another_asset_than_bnb_keeps_that_asset_and_its_pairs_are_asked_for_trades() throws Exception {
        binance.route("GET", "/sapi/v1/asset/dribblet", (request, call) -> FakeBinance.Answer.ok("""
                {"total": 1, "userAssetDribblets": [{"operateTime": 1780000000000, "totalTransferedAmount": "0.0123",
                  "totalServiceChargeAmount": "0.0002", "transId": 777, "userAssetDribbletDetails": [
                    {"transId": 777, "serviceChargeAmount": "0.0002", "amount": "3.5", "operateTime": 1780000000000,
                     "transferedAmount": "0.0123", "fromAsset": "XRP", "targetAsset": "FDUSD"}]}]}"""));
        binance.route("GET", "/api/v3/exchangeInfo", (request, call) -> FakeBinance.Answer.ok("{\"symbols\": ["
                + "{\"symbol\": \"FDUSDQQQ\", \"baseAsset\": \"FDUSD\", \"quoteAsset\": \"QQQ\"}]}"));

        AccountHistory history = lastYear();

        assertEquals(List.of(new DustConversion("777", Instant.ofEpochMilli(1780000000000L), "XRP", new BigDecimal("3.5"), "FDUSD",
                new BigDecimal("0.0123"), new BigDecimal("0.0002"))), history.dustConversions());
        assertTrue(binance.requests("/api/v3/myTrades").stream().anyMatch(r -> r.param("symbol").equals("FDUSDQQQ")),
                "FDUSD came in by the dust conversion and nothing else, so its pairs are asked for trades");
    }

    @Test
    void a_p2p_order_keeps_its_price_fiat_amount_and_what_became_of_it() throws Exception {
        assertEquals(List.of(new P2pTrade("20219644646554779648", Instant.ofEpochMilli(1619361369000L), Side.SELL, "BUSD",
                new BigDecimal("5000.00000000"), "CNY", new BigDecimal("6.68"), new BigDecimal("33400.00000000"),
                P2pOrder.Status.COMPLETED)), lastYear().p2pOrders());
    }

    @Test
    void futures_profit_fees_and_funding_are_kept_and_income_of_other_kinds_is_named_as_not_included() throws Exception {
        AccountHistory history = lastYear();

        assertEquals(List.of(
                "COINM_FUTURES COMMISSION BTCUSD_200925 -0.01000000 BTC",
                "USDM_FUTURES COMMISSION BTCUSDT -0.01000000 USDT",
                "USDM_FUTURES REALIZED_PNL BTCUSDT 12.50000000 USDT",
                "USDM_FUTURES FUNDING_FEE BTCUSDT -0.02310000 USDT"),
                history.futuresIncome().stream().map(i -> i.wallet() + " " + i.kind() + " " + i.symbol() + " " + i.amount() + " "
                        + i.asset()).toList());
        assertEquals(List.of("coinm-COMMISSION-9689322392", "usdm-COMMISSION-9689322392", "usdm-REALIZED_PNL-9689322393",
                "usdm-FUNDING_FEE-9689322394"), history.futuresIncome().stream().map(FuturesIncome::id).toList());
        NotIncluded other = history.notIncluded().stream().filter(n -> n.what().startsWith("Futures income of other kinds"))
                .findFirst().orElseThrow();
        assertEquals("Futures income of other kinds: TRANSFER (2)", other.what());
    }

    @Test
    void what_the_api_never_gives_is_listed_with_the_binance_page_that_has_it() throws Exception {
        List<NotIncluded> missing = lastYear().notIncluded();

        NotIncluded untraced = missing.stream().filter(n -> n.what().startsWith("Spot trades in assets with no other trace"))
                .findFirst().orElseThrow();
        assertEquals("https://www.binance.com/en/my/orders/exchange/usertrade", untraced.whereToGetIt());
        for (String what : List.of("Margin trades, loans and interest", "Each futures trade and order", "The sub-accounts' own history")) {
            assertTrue(missing.stream().anyMatch(n -> n.what().equals(what) && n.whereToGetIt().startsWith("https://www.binance.com/")),
                    what + " in " + missing);
        }
        assertTrue(missing.stream().allMatch(n -> !n.reason().isBlank() && n.whereToGetIt().startsWith("https://www.binance.com/")),
                missing.toString());
    }

    @Test
    void every_record_of_a_history_is_of_the_period_asked_or_older_than_binance_keeps_is_said() throws Exception {
        AccountHistory history = lastYear();

        assertEquals(histories.since(), history.from());
        assertTrue(history.notIncluded().stream().anyMatch(n -> n.what().startsWith("P2P orders before ")), history.notIncluded().toString());
        assertTrue(history.notIncluded().stream().anyMatch(n -> n.what().startsWith("Transfers between wallets before ")));
        assertTrue(history.notIncluded().stream().noneMatch(n -> n.what().startsWith("Dust conversions before ")),
                "a year ago the dust log was already kept: " + history.notIncluded());
    }
}
