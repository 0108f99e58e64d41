package dev.closeout.closure;

import static dev.closeout.Snapshots.report;
import static dev.closeout.closure.Findings.only;
import static dev.closeout.closure.Findings.under;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** USD values at the snapshot's prices: where a price exists, and never a guess where none does. */
class UsdValuesTest {

    private static void assertUsd(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " USD, was " + actual);
    }

    @Test
    void a_balance_with_a_price_is_worth_its_held_amount_at_that_price() {
        Finding finding = only(report("""
                "prices": { "XRP": "2.21" },
                "balances": [ { "wallet": "SPOT", "asset": "XRP", "free": "0.40", "locked": "0.02" } ]
                """), Condition.ZERO_BALANCE);

        assertUsd("0.9282", finding.usdValue());
    }

    @Test
    void a_USD_value_is_kept_to_eight_decimals() {
        Finding finding = only(report("""
                "prices": { "SHIB": "0.0000094" },
                "balances": [ { "wallet": "SPOT", "asset": "SHIB", "free": "0.123" } ]
                """), Condition.ZERO_BALANCE);

        assertUsd("0.00000116", finding.usdValue());
    }

    @Test
    void a_balance_without_a_price_has_no_USD_value() {
        assertNull(only(report("""
                "prices": { "BTC": "91250" },
                "balances": [ { "wallet": "SPOT", "asset": "NEWCOIN", "free": "12" } ]
                """), Condition.ZERO_BALANCE).usdValue());
    }

    @Test
    void earn_staking_launchpool_launchpad_and_wallet_totals_are_valued_at_their_assets_price() {
        ReadinessReport report = report("""
                "prices": { "BTC": "100000", "ETH": "3000", "USDT": "1", "CAKE": "2.31", "BNB": "600" },
                "earn": [ { "id": "flex", "product": "FLEXIBLE", "asset": "USDT", "amount": "1000.00" } ],
                "staking": [ { "id": "eth2", "product": "ETH_STAKING", "asset": "ETH", "amount": "0.5" } ],
                "launchpool": [ { "id": "lp", "project": "P", "asset": "CAKE", "amount": "40" } ],
                "launchpad": [ { "id": "ld", "project": "Q", "asset": "BNB", "amount": "3" } ],
                "walletTotals": [ { "wallet": "COPY_TRADING", "btcValue": "0.001", "itemized": false } ]
                """);

        List<BigDecimal> values = under(report, Condition.ZERO_BALANCE).stream().map(Finding::usdValue).toList();
        assertEquals(5, values.size());
        assertUsd("1000", values.get(0));
        assertUsd("1500", values.get(1));
        assertUsd("92.40", values.get(2));
        assertUsd("1800", values.get(3));
        assertUsd("100", values.get(4));
        assertUsd("4492.40", report.usdValueHeld());
        assertEquals(0, report.unpricedHoldings());
    }

    @Test
    void a_futures_position_has_no_USD_value_of_its_own() {
        assertNull(only(report("""
                "prices": { "ETH": "3000" },
                "positions": [ { "wallet": "USDM_FUTURES", "symbol": "ETHUSDT", "quantity": "-0.25" } ]
                """), Condition.ZERO_BALANCE).usdValue());
    }

    @Test
    void the_USD_held_adds_every_priced_holding_once_and_counts_the_unpriced_ones_apart() {
        ReadinessReport report = report("""
                "prices": { "USDT": "1", "XRP": "2.21" },
                "balances": [ { "wallet": "SPOT", "asset": "XRP", "free": "0.42" },
                              { "wallet": "SPOT", "asset": "NEWCOIN", "free": "5" } ],
                "earn": [ { "id": "flex", "product": "FLEXIBLE", "asset": "USDT", "amount": "100" },
                          { "id": "locked", "product": "LOCKED", "asset": "DOT", "amount": "10", "earlyRedemption": "ALLOWED" } ],
                "pendingTransfers": [ { "id": "wd-1", "direction": "WITHDRAWAL", "asset": "USDT", "amount": "50" } ],
                "p2pOrders": [ { "id": "p-1", "asset": "USDT", "amount": "80", "status": "PAID" } ]
                """);

        // 0.9282 (XRP) + 100 (Earn, under two conditions, counted once); the transfer and P2P order are not held.
        assertUsd("100.9282", report.usdValueHeld());
        assertEquals(2, report.unpricedHoldings(), "NEWCOIN and the DOT Earn product");
    }

    @Test
    void an_account_with_nothing_held_holds_zero_USD() {
        ReadinessReport report = report("""
                "openOrders": [ { "id": "1", "market": "SPOT", "symbol": "BTCUSDT", "type": "LIMIT" } ]
                """);

        assertUsd("0", report.usdValueHeld());
        assertEquals(0, report.unpricedHoldings());
    }
}
