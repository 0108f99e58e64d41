package dev.closeout.closure;

import static dev.closeout.Snapshots.report;
import static dev.closeout.closure.Findings.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Zero is zero however it is written; one unit in the ninth decimal place is not. */
class ZeroSpellingsTest {

    /** Every amount the rules look at, each written as {@code %1$s}. */
    private static final String EVERY_AMOUNT = """
            "balances": [ { "wallet": "SPOT", "asset": "BTC", "free": "%1$s", "locked": "%1$s", "borrowed": "%1$s",
                            "interest": "%1$s", "unrealizedPnl": "%1$s" },
                          { "wallet": "CROSS_MARGIN", "asset": "USDT", "free": "%1$s" } ],
            "positions": [ { "wallet": "USDM_FUTURES", "symbol": "BTCUSDT", "quantity": "%1$s", "unrealizedPnl": "%1$s" } ],
            "earn": [ { "id": "e", "product": "LOCKED", "asset": "ETH", "amount": "%1$s", "maturesOn": "2030-01-01" } ],
            "staking": [ { "id": "s", "product": "ETH_STAKING", "asset": "ETH", "amount": "%1$s", "releasesOn": "2030-01-01" } ],
            "launchpool": [ { "id": "lp", "project": "P", "asset": "BNB", "amount": "%1$s" } ],
            "launchpad": [ { "id": "ld", "project": "Q", "asset": "BNB", "amount": "%1$s" } ],
            "walletTotals": [ { "wallet": "TRADING_BOT", "btcValue": "%1$s", "itemized": false } ]
            """;

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0", "0.00000000", "-0.0", "0E-8", ".0", "+0", "0e5", "00.000"})
    void an_account_whose_every_amount_is_zero_however_spelled_is_eligible(String zero) {
        ReadinessReport report = report(EVERY_AMOUNT.formatted(zero));

        assertTrue(report.eligible(), () -> "\"" + zero + "\": " + report.blockers());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0.000000001", "-0.000000001", "1E-9"})
    void one_unit_in_the_ninth_decimal_place_is_not_zero(String notZero) {
        ReadinessReport report = report(EVERY_AMOUNT.formatted(notZero));

        assertFalse(report.eligible());
        assertFalse(report.result(Condition.ZERO_BALANCE).met());
    }

    /** Each field on its own, so that no field is overlooked. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "balance free           | \"balances\": [ { \"wallet\": \"SPOT\", \"asset\": \"BTC\", \"free\": \"0.000000001\" } ]",
            "balance locked         | \"balances\": [ { \"wallet\": \"SPOT\", \"asset\": \"BTC\", \"free\": \"0\", \"locked\": \"0.000000001\" } ]",
            "balance borrowed       | \"balances\": [ { \"wallet\": \"SPOT\", \"asset\": \"BTC\", \"free\": \"0\", \"borrowed\": \"0.000000001\" } ]",
            "balance interest       | \"balances\": [ { \"wallet\": \"SPOT\", \"asset\": \"BTC\", \"free\": \"0\", \"interest\": \"0.000000001\" } ]",
            "balance unrealizedPnl  | \"balances\": [ { \"wallet\": \"USDM_FUTURES\", \"asset\": \"USDT\", \"free\": \"0\", \"unrealizedPnl\": \"0.000000001\" } ]",
            "position quantity      | \"positions\": [ { \"wallet\": \"USDM_FUTURES\", \"symbol\": \"BTCUSDT\", \"quantity\": \"0.000000001\" } ]",
            "earn amount            | \"earn\": [ { \"id\": \"e\", \"product\": \"FLEXIBLE\", \"asset\": \"USDT\", \"amount\": \"0.000000001\" } ]",
            "staking amount         | \"staking\": [ { \"id\": \"s\", \"product\": \"ETH_STAKING\", \"asset\": \"ETH\", \"amount\": \"0.000000001\" } ]",
            "launchpool amount      | \"launchpool\": [ { \"id\": \"lp\", \"project\": \"P\", \"asset\": \"BNB\", \"amount\": \"0.000000001\" } ]",
            "launchpad amount       | \"launchpad\": [ { \"id\": \"ld\", \"project\": \"Q\", \"asset\": \"BNB\", \"amount\": \"0.000000001\" } ]",
            "wallet total btcValue  | \"walletTotals\": [ { \"wallet\": \"TRADING_BOT\", \"btcValue\": \"0.000000001\", \"itemized\": false } ]"})
    void a_single_non_zero_amount_in_any_field_keeps_ZERO_BALANCE_unmet_with_one_finding(String field, String parts) {
        ReadinessReport report = report(parts);

        only(report, Condition.ZERO_BALANCE);
        assertFalse(report.eligible(), field);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0", "0.00000000", "-0.0", "0E-8", ".0"})
    void a_balance_written_as_zero_with_borrowed_and_interest_as_zero_is_no_liability(String zero) {
        ReadinessReport report = report("""
                "balances": [ { "wallet": "CROSS_MARGIN", "asset": "USDT", "free": "12", "borrowed": "%1$s", "interest": "%1$s" } ]
                """.formatted(zero));

        assertEquals(Fix.WITHDRAW_OR_SELL, only(report, Condition.ZERO_BALANCE).fix());
    }
}
