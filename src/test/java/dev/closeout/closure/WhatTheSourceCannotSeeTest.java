package dev.closeout.closure;

import static dev.closeout.Snapshots.report;
import static dev.closeout.closure.Findings.only;
import static dev.closeout.closure.Findings.unmet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.UnknownPart;
import dev.closeout.account.Wallet;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CHECK_ON_EXCHANGE: wallets whose items cannot be listed, and parts the source could not read. */
class WhatTheSourceCannotSeeTest {

    @Test
    void a_non_zero_total_of_a_wallet_that_is_not_itemised_must_be_checked_on_the_exchange() {
        ReadinessReport report = report("""
                "prices": { "BTC": "91250.00" },
                "walletTotals": [ { "wallet": "TRADING_BOT", "btcValue": "0.0015", "itemized": false } ]
                """);

        assertEquals(List.of(Condition.ZERO_BALANCE), unmet(report));
        Finding finding = only(report, Condition.ZERO_BALANCE);
        assertEquals(FindingKind.WALLET_TOTAL, finding.kind());
        assertEquals(Fix.CHECK_ON_EXCHANGE, finding.fix());
        assertEquals(Wallet.TRADING_BOT, finding.wallet());
        assertEquals(0, new BigDecimal("0.0015").compareTo(finding.amount()));
        assertEquals(0, new BigDecimal("136.875").compareTo(finding.usdValue()));
    }

    @Test
    void a_zero_total_of_a_wallet_that_is_not_itemised_does_not_block() {
        ReadinessReport report = report("""
                "walletTotals": [ { "wallet": "COPY_TRADING", "btcValue": "0.00000000", "itemized": false } ]
                """);

        assertTrue(report.eligible());
    }

    @Test
    void totals_of_itemised_wallets_are_shown_not_judged_the_items_decide() {
        ReadinessReport report = report("""
                "walletTotals": [ { "wallet": "SPOT", "btcValue": "0.5", "itemized": true },
                                  { "wallet": "EARN", "btcValue": "2", "itemized": true } ]
                """);

        assertTrue(report.eligible(), "an itemised total says nothing the (empty) items do not");
    }

    @Test
    void an_itemised_total_does_not_add_a_second_finding_to_its_items() {
        ReadinessReport report = report("""
                "balances": [ { "wallet": "SPOT", "asset": "BTC", "free": "0.5" } ],
                "walletTotals": [ { "wallet": "SPOT", "btcValue": "0.5", "itemized": true } ]
                """);

        assertEquals(FindingKind.BALANCE, only(report, Condition.ZERO_BALANCE).kind());
    }

    @Test
    void a_wallet_total_without_a_BTC_price_has_no_USD_value_and_counts_as_unpriced() {
        ReadinessReport report = report("""
                "walletTotals": [ { "wallet": "COPY_TRADING", "btcValue": "0.01", "itemized": false } ]
                """);

        assertNull(only(report, Condition.ZERO_BALANCE).usdValue());
        assertEquals(1, report.unpricedHoldings());
    }

    /** The spec's table, written out: which conditions each unreadable part feeds. */
    @ParameterizedTest(name = "unknown {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "balances         | ZERO_BALANCE",
            "positions        | ZERO_BALANCE",
            "launchpool       | ZERO_BALANCE",
            "launchpad        | ZERO_BALANCE",
            "earn             | ZERO_BALANCE NO_ACTIVE_EARN",
            "staking          | ZERO_BALANCE NO_ACTIVE_EARN",
            "openOrders       | NO_OPEN_ORDERS",
            "p2pOrders        | NO_OPEN_P2P",
            "subAccounts      | NO_SUB_ACCOUNTS",
            "pendingTransfers | NO_PENDING_TRANSFERS",
            "profile          | ACCOUNT_ACTIVE"})
    void a_part_the_source_could_not_read_makes_exactly_the_conditions_it_feeds_unmet(String part, String fed) {
        ReadinessReport report = report("""
                "unknown": [ { "part": "%s", "reason": "the exchange answered HTTP 500" } ]
                """.formatted(part));

        List<Condition> expected = Arrays.stream(fed.split(" ")).map(Condition::valueOf).toList();
        assertEquals(expected, unmet(report));
        for (Condition condition : expected) {
            Finding finding = only(report, condition);
            assertEquals(FindingKind.UNKNOWN, finding.kind());
            assertEquals(Fix.CHECK_ON_EXCHANGE, finding.fix());
            assertEquals(part, finding.id());
            assertEquals("the exchange answered HTTP 500", finding.reason());
        }
        assertEquals(1, report.blockers().size(), "one thing to check, however many conditions it feeds");
        assertFalse(report.eligible());
    }

    @Test
    void the_table_above_names_every_part_the_format_knows() {
        String tested = "balances positions launchpool launchpad earn staking openOrders p2pOrders subAccounts "
                + "pendingTransfers profile";
        assertEquals(Arrays.stream(tested.split(" ")).sorted().toList(),
                Arrays.stream(UnknownPart.Part.values()).map(UnknownPart.Part::key).sorted().collect(Collectors.toList()));
    }

    @Test
    void an_unreadable_part_is_never_taken_for_empty_even_when_the_rest_of_the_account_is_clear() {
        ReadinessReport report = report("""
                "balances": [ { "wallet": "SPOT", "asset": "BTC", "free": "0" } ],
                "unknown": [ { "part": "balances" } ]
                """);

        Finding finding = only(report, Condition.ZERO_BALANCE);
        assertEquals(FindingKind.UNKNOWN, finding.kind());
        assertNull(finding.reason());
        assertFalse(report.eligible());
    }
}
