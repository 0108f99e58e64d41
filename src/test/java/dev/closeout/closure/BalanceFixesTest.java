package dev.closeout.closure;

import static dev.closeout.Snapshots.report;
import static dev.closeout.closure.Findings.fixes;
import static dev.closeout.closure.Findings.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.closeout.account.Wallet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Balance lines: CONVERT_DUST, WITHDRAW_OR_SELL, REPAY_LIABILITY, CLOSE_POSITION, and which
 * one wins when a line has several problems. BTC at 100000 USD puts the dust limit at
 * 0.0003 BTC = 30 USD.
 */
class BalanceFixesTest {

    private static final String PRICES = """
            "prices": { "BTC": "100000", "XRP": "2", "BNB": "600", "USDT": "1" }""";

    private static Finding onlyBalance(String balances) {
        return only(report(PRICES + ",\n\"balances\": [" + balances + "]"), Condition.ZERO_BALANCE);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", was " + actual);
    }

    @Test
    void a_0_00000001_BTC_dust_balance_blocks_closure_and_suggests_conversion_to_BNB() {
        Finding finding = onlyBalance("""
                { "wallet": "SPOT", "asset": "BTC", "free": "0.00000001" }""");

        assertEquals(FindingKind.BALANCE, finding.kind());
        assertEquals(Fix.CONVERT_DUST, finding.fix());
        assertEquals(Wallet.SPOT, finding.wallet());
        assertAmount("0.00000001", finding.amount());
        assertAmount("0.001", finding.usdValue());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Wallet.class, names = {"SPOT", "FUNDING", "CROSS_MARGIN"})
    void dust_in_Spot_Funding_and_Cross_Margin_can_be_converted_to_BNB(Wallet wallet) {
        Finding finding = onlyBalance("""
                { "wallet": "%s", "asset": "XRP", "free": "0.42" }""".formatted(wallet));

        assertEquals(Fix.CONVERT_DUST, finding.fix());
        assertEquals(wallet, finding.wallet());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Wallet.class, names = {"ISOLATED_MARGIN", "USDM_FUTURES", "COINM_FUTURES", "OPTIONS",
            "TRADING_BOT", "COPY_TRADING"})
    void a_small_balance_in_any_other_wallet_must_be_withdrawn_or_sold_not_converted(Wallet wallet) {
        Finding finding = onlyBalance("""
                { "wallet": "%s", "asset": "USDT", "free": "0.42" }""".formatted(wallet));

        assertEquals(Fix.WITHDRAW_OR_SELL, finding.fix());
        assertEquals(wallet, finding.wallet());
    }

    @ParameterizedTest(name = "{0} XRP at 2 USD with the limit at 30 USD: {1}")
    @CsvSource({
            "14.99, CONVERT_DUST",
            "14.999999, CONVERT_DUST",
            "15, WITHDRAW_OR_SELL",
            "15.00000001, WITHDRAW_OR_SELL",
            "250, WITHDRAW_OR_SELL"})
    void the_dust_limit_is_0_0003_BTC_at_the_snapshots_prices_and_a_balance_must_be_under_it(String xrp, Fix fix) {
        assertEquals(fix, onlyBalance("""
                { "wallet": "SPOT", "asset": "XRP", "free": "%s" }""".formatted(xrp)).fix());
    }

    @ParameterizedTest(name = "{0} BTC: {1}")
    @CsvSource({"0.00029999, CONVERT_DUST", "0.0003, WITHDRAW_OR_SELL"})
    void BTC_itself_is_dust_below_0_0003_BTC(String btc, Fix fix) {
        assertEquals(fix, onlyBalance("""
                { "wallet": "FUNDING", "asset": "BTC", "free": "%s" }""".formatted(btc)).fix());
    }

    @Test
    void free_and_locked_together_decide_whether_a_balance_is_dust() {
        Finding finding = onlyBalance("""
                { "wallet": "SPOT", "asset": "XRP", "free": "10", "locked": "5" }""");

        assertEquals(Fix.WITHDRAW_OR_SELL, finding.fix());
        assertAmount("15", finding.amount());
    }

    @ParameterizedTest(name = "{0} XRP at 2 USD without a BTC price: {1}")
    @CsvSource({"4.99, CONVERT_DUST", "5, WITHDRAW_OR_SELL"})
    void without_a_BTC_price_the_dust_limit_is_10_USD(String xrp, Fix fix) {
        Finding finding = only(report("""
                "prices": { "XRP": "2" },
                "balances": [ { "wallet": "SPOT", "asset": "XRP", "free": "%s" } ]
                """.formatted(xrp)), Condition.ZERO_BALANCE);

        assertEquals(fix, finding.fix());
    }

    @Test
    void a_tiny_BNB_balance_is_never_dust_it_is_withdrawn_or_sold() {
        Finding finding = onlyBalance("""
                { "wallet": "SPOT", "asset": "BNB", "free": "0.0001" }""");

        assertEquals(Fix.WITHDRAW_OR_SELL, finding.fix());
        assertAmount("0.06", finding.usdValue());
    }

    @Test
    void a_tiny_balance_of_an_asset_without_a_price_is_withdrawn_or_sold_and_has_no_USD_value() {
        Finding finding = onlyBalance("""
                { "wallet": "SPOT", "asset": "NOPRICE", "free": "0.0001" }""");

        assertEquals(Fix.WITHDRAW_OR_SELL, finding.fix());
        assertNull(finding.usdValue());
    }

    @Test
    void a_large_Funding_balance_is_withdrawn_or_sold() {
        Finding finding = onlyBalance("""
                { "wallet": "FUNDING", "asset": "USDT", "free": "250.00" }""");

        assertEquals(Fix.WITHDRAW_OR_SELL, finding.fix());
        assertAmount("250", finding.amount());
        assertAmount("250", finding.usdValue());
        assertNull(finding.owed());
    }

    @Test
    void funds_locked_in_an_order_with_nothing_free_still_block_closure() {
        Finding finding = onlyBalance("""
                { "wallet": "SPOT", "asset": "USDT", "free": "0", "locked": "98" }""");

        assertEquals(Fix.WITHDRAW_OR_SELL, finding.fix());
        assertAmount("98", finding.amount());
    }

    @Test
    void a_margin_loan_is_repaid_first_and_the_finding_says_how_much_is_owed() {
        Finding finding = onlyBalance("""
                { "wallet": "CROSS_MARGIN", "asset": "USDT", "free": "40", "borrowed": "25", "interest": "0.0125" }""");

        assertEquals(Fix.REPAY_LIABILITY, finding.fix());
        assertAmount("40", finding.amount());
        assertAmount("25.0125", finding.owed());
    }

    @Test
    void interest_alone_is_a_liability_to_repay() {
        Finding finding = onlyBalance("""
                { "wallet": "ISOLATED_MARGIN", "asset": "BTC", "free": "0", "interest": "0.00000020",
                  "isolatedSymbol": "BTCUSDT" }""");

        assertEquals(Fix.REPAY_LIABILITY, finding.fix());
        assertAmount("0.0000002", finding.owed());
        assertEquals("BTCUSDT", finding.symbol());
    }

    @Test
    void a_negative_free_balance_is_a_liability_to_repay() {
        Finding finding = onlyBalance("""
                { "wallet": "USDM_FUTURES", "asset": "USDT", "free": "-3.2" }""");

        assertEquals(Fix.REPAY_LIABILITY, finding.fix());
        assertAmount("-3.2", finding.amount());
    }

    @Test
    void a_negative_locked_amount_is_a_liability_to_repay_even_when_free_is_positive() {
        assertEquals(Fix.REPAY_LIABILITY, onlyBalance("""
                { "wallet": "SPOT", "asset": "USDT", "free": "5", "locked": "-1" }""").fix());
    }

    @Test
    void an_open_futures_position_is_closed() {
        ReadinessReport report = report("""
                "positions": [ { "wallet": "USDM_FUTURES", "symbol": "ETHUSDT", "quantity": "-0.25",
                                 "entryPrice": "3071.00" } ]
                """);

        Finding finding = only(report, Condition.ZERO_BALANCE);
        assertEquals(FindingKind.POSITION, finding.kind());
        assertEquals(Fix.CLOSE_POSITION, finding.fix());
        assertEquals(Wallet.USDM_FUTURES, finding.wallet());
        assertEquals("ETHUSDT", finding.symbol());
        assertAmount("-0.25", finding.amount());
    }

    @Test
    void a_position_and_its_wallets_open_profit_or_loss_are_one_step_closing_the_position() {
        ReadinessReport report = report("""
                "balances": [ { "wallet": "USDM_FUTURES", "asset": "USDT", "free": "0", "unrealizedPnl": "-12.40" } ],
                "positions": [ { "wallet": "USDM_FUTURES", "symbol": "ETHUSDT", "quantity": "-0.25",
                                 "entryPrice": "3071.00" } ]
                """);

        assertEquals(2, report.blockers().stream().filter(f -> f.fix() == Fix.CLOSE_POSITION).count(), "both are findings");
        assertEquals(1L, report.nextSteps().get(Fix.CLOSE_POSITION), "one thing to do");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"COINM_FUTURES, 3", "OPTIONS, 0.1"})
    void long_COIN_M_and_options_positions_are_closed_too(Wallet wallet, String quantity) {
        Finding finding = only(report("""
                "positions": [ { "wallet": "%s", "symbol": "BTC-X", "quantity": "%s" } ]
                """.formatted(wallet, quantity)), Condition.ZERO_BALANCE);

        assertEquals(Fix.CLOSE_POSITION, finding.fix());
        assertEquals(wallet, finding.wallet());
    }

    @Test
    void a_closed_position_with_quantity_zero_does_not_block() {
        ReadinessReport report = report("""
                "positions": [ { "wallet": "USDM_FUTURES", "symbol": "BTCUSDT", "quantity": "0.000", "unrealizedPnl": "0" } ]
                """);

        assertEquals(List.of(), Findings.under(report, Condition.ZERO_BALANCE));
    }

    @Test
    void unrealized_PnL_on_a_futures_balance_means_closing_its_positions() {
        Finding finding = onlyBalance("""
                { "wallet": "USDM_FUTURES", "asset": "USDT", "free": "180.5", "unrealizedPnl": "-12.40" }""");

        assertEquals(Fix.CLOSE_POSITION, finding.fix());
        assertAmount("180.5", finding.amount());
    }

    @Test
    void unrealized_PnL_blocks_even_when_nothing_is_held() {
        assertEquals(Fix.CLOSE_POSITION, onlyBalance("""
                { "wallet": "USDM_FUTURES", "asset": "USDT", "free": "0", "unrealizedPnl": "0.01" }""").fix());
    }

    // Precedence on one line: REPAY_LIABILITY, CLOSE_POSITION, CONVERT_DUST, WITHDRAW_OR_SELL; one finding per line.

    @Test
    void a_dust_line_with_a_loan_and_open_PnL_gets_one_finding_repay_first() {
        Finding finding = onlyBalance("""
                { "wallet": "CROSS_MARGIN", "asset": "XRP", "free": "0.42", "borrowed": "1", "unrealizedPnl": "0.3" }""");

        assertEquals(Fix.REPAY_LIABILITY, finding.fix());
    }

    @Test
    void a_large_line_with_interest_and_open_PnL_gets_one_finding_repay_first() {
        assertEquals(Fix.REPAY_LIABILITY, onlyBalance("""
                { "wallet": "USDM_FUTURES", "asset": "USDT", "free": "500", "interest": "0.5", "unrealizedPnl": "7" }""")
                .fix());
    }

    @Test
    void a_dust_line_with_open_PnL_gets_one_finding_close_position_before_convert() {
        assertEquals(Fix.CLOSE_POSITION, onlyBalance("""
                { "wallet": "CROSS_MARGIN", "asset": "XRP", "free": "0.42", "unrealizedPnl": "0.01" }""").fix());
    }

    @Test
    void a_large_line_with_open_PnL_gets_one_finding_close_position_before_withdraw() {
        assertEquals(Fix.CLOSE_POSITION, onlyBalance("""
                { "wallet": "SPOT", "asset": "USDT", "free": "500", "unrealizedPnl": "1" }""").fix());
    }

    @Test
    void a_Spot_dust_line_is_converted_rather_than_withdrawn() {
        assertEquals(Fix.CONVERT_DUST, onlyBalance("""
                { "wallet": "SPOT", "asset": "XRP", "free": "1", "locked": "0.5" }""").fix());
    }

    @Test
    void every_balance_line_gets_exactly_one_finding_with_its_own_fix() {
        ReadinessReport report = report(PRICES + """
                ,
                "balances": [
                  { "wallet": "CROSS_MARGIN", "asset": "USDT", "free": "40", "borrowed": "25", "unrealizedPnl": "2" },
                  { "wallet": "USDM_FUTURES", "asset": "USDT", "free": "180.5", "unrealizedPnl": "-12.40" },
                  { "wallet": "SPOT", "asset": "XRP", "free": "0.42" },
                  { "wallet": "SPOT", "asset": "BTC", "free": "0.02" },
                  { "wallet": "SPOT", "asset": "BNB", "free": "0" }
                ]
                """);

        assertEquals(List.of(Fix.REPAY_LIABILITY, Fix.CLOSE_POSITION, Fix.CONVERT_DUST, Fix.WITHDRAW_OR_SELL),
                fixes(report, Condition.ZERO_BALANCE));
        assertEquals(4, report.blockers().size());
    }
}
