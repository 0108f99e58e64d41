package dev.closeout.closure;

import static dev.closeout.Snapshots.report;
import static dev.closeout.closure.Findings.only;
import static dev.closeout.closure.Findings.unmet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seven conditions, each met and unmet, always all seven in the spec's order. */
class ConditionsTest {

    private static final List<String> SPEC_ORDER = List.of("ZERO_BALANCE", "NO_OPEN_ORDERS", "NO_ACTIVE_EARN",
            "NO_OPEN_P2P", "NO_SUB_ACCOUNTS", "NO_PENDING_TRANSFERS", "ACCOUNT_ACTIVE");

    private static List<String> ids(ReadinessReport report) {
        return report.conditions().stream().map(c -> c.condition().name()).toList();
    }

    @Test
    void an_empty_active_account_meets_all_seven_conditions_in_spec_order_and_is_eligible() {
        ReadinessReport report = report("");

        assertEquals(SPEC_ORDER, ids(report));
        assertTrue(report.conditions().stream().allMatch(c -> c.met() && c.findings().isEmpty()));
        assertTrue(report.eligible());
        assertTrue(report.blockers().isEmpty());
    }

    @Test
    void an_account_failing_every_condition_still_lists_all_seven_in_spec_order() {
        ReadinessReport report = report("""
                "profile": { "accountId": "1", "email": "ana@example.com", "status": "FROZEN" },
                "balances": [ { "wallet": "SPOT", "asset": "BTC", "free": "1" } ],
                "earn": [ { "id": "flex-1", "product": "FLEXIBLE", "asset": "USDT", "amount": "5" } ],
                "openOrders": [ { "id": "1", "market": "SPOT", "symbol": "BTCUSDT", "type": "LIMIT" } ],
                "p2pOrders": [ { "id": "2", "status": "PAID" } ],
                "subAccounts": [ { "email": "sub@example.com", "status": "ACTIVE" } ],
                "pendingTransfers": [ { "id": "3", "direction": "DEPOSIT", "asset": "BTC", "amount": "1" } ]
                """);

        assertEquals(SPEC_ORDER, ids(report));
        assertEquals(List.of(Condition.values()), unmet(report));
        assertFalse(report.eligible());
    }

    @Test
    void ZERO_BALANCE_is_met_when_every_balance_line_is_zero() {
        ReadinessReport report = report("""
                "balances": [ { "wallet": "SPOT", "asset": "BTC", "free": "0", "locked": "0", "borrowed": "0",
                                "interest": "0", "unrealizedPnl": "0" } ]
                """);

        assertTrue(report.result(Condition.ZERO_BALANCE).met());
        assertTrue(report.eligible());
    }

    @Test
    void ZERO_BALANCE_is_unmet_by_one_satoshi_and_nothing_else_is() {
        ReadinessReport report = report("""
                "balances": [ { "wallet": "SPOT", "asset": "BTC", "free": "0.00000001" } ]
                """);

        assertEquals(List.of(Condition.ZERO_BALANCE), unmet(report));
        Finding finding = only(report, Condition.ZERO_BALANCE);
        assertEquals(FindingKind.BALANCE, finding.kind());
        assertEquals("BTC", finding.asset());
        assertEquals(0, new BigDecimal("0.00000001").compareTo(finding.amount()));
    }

    @Test
    void NO_OPEN_ORDERS_is_met_when_there_are_no_open_orders() {
        assertTrue(report("\"openOrders\": []").result(Condition.NO_OPEN_ORDERS).met());
    }

    @Test
    void NO_OPEN_ORDERS_is_unmet_by_one_open_order() {
        ReadinessReport report = report("""
                "openOrders": [ { "id": "884120", "market": "SPOT", "symbol": "BTCUSDT", "type": "LIMIT" } ]
                """);

        assertEquals(List.of(Condition.NO_OPEN_ORDERS), unmet(report));
        assertEquals("884120", only(report, Condition.NO_OPEN_ORDERS).id());
    }

    @Test
    void NO_ACTIVE_EARN_is_met_when_earn_and_staking_entries_are_all_zero() {
        ReadinessReport report = report("""
                "earn": [ { "id": "flex-1", "product": "FLEXIBLE", "asset": "USDT", "amount": "0.00" } ],
                "staking": [ { "id": "eth2", "product": "ETH_STAKING", "asset": "ETH", "amount": "0" } ]
                """);

        assertTrue(report.result(Condition.NO_ACTIVE_EARN).met());
        assertTrue(report.eligible());
    }

    @Test
    void NO_ACTIVE_EARN_is_unmet_by_a_staking_position_which_also_keeps_ZERO_BALANCE_unmet() {
        ReadinessReport report = report("""
                "staking": [ { "id": "sol-1", "product": "SOL_STAKING", "asset": "SOL", "amount": "2" } ]
                """);

        assertEquals(List.of(Condition.ZERO_BALANCE, Condition.NO_ACTIVE_EARN), unmet(report));
        assertEquals("sol-1", only(report, Condition.NO_ACTIVE_EARN).id());
    }

    @Test
    void NO_OPEN_P2P_is_met_when_every_P2P_order_is_completed_or_cancelled() {
        ReadinessReport report = report("""
                "p2pOrders": [ { "id": "1", "status": "COMPLETED" }, { "id": "2", "status": "CANCELLED" } ]
                """);

        assertTrue(report.result(Condition.NO_OPEN_P2P).met());
        assertTrue(report.eligible());
    }

    @Test
    void NO_OPEN_P2P_is_unmet_by_a_P2P_order_pending_payment() {
        ReadinessReport report = report("""
                "p2pOrders": [ { "id": "30771", "status": "PENDING_PAYMENT" } ]
                """);

        assertEquals(List.of(Condition.NO_OPEN_P2P), unmet(report));
        assertEquals("30771", only(report, Condition.NO_OPEN_P2P).id());
    }

    @Test
    void NO_SUB_ACCOUNTS_is_met_when_every_sub_account_is_closed() {
        ReadinessReport report = report("""
                "subAccounts": [ { "email": "bot-1@example.com", "status": "CLOSED" } ]
                """);

        assertTrue(report.result(Condition.NO_SUB_ACCOUNTS).met());
        assertTrue(report.eligible());
    }

    @Test
    void NO_SUB_ACCOUNTS_is_unmet_by_an_active_sub_account() {
        ReadinessReport report = report("""
                "subAccounts": [ { "email": "bot-1@example.com", "status": "ACTIVE" } ]
                """);

        assertEquals(List.of(Condition.NO_SUB_ACCOUNTS), unmet(report));
        assertEquals("bot-1@example.com", only(report, Condition.NO_SUB_ACCOUNTS).id());
    }

    @Test
    void NO_PENDING_TRANSFERS_is_met_when_nothing_is_in_flight() {
        assertTrue(report("\"pendingTransfers\": []").result(Condition.NO_PENDING_TRANSFERS).met());
    }

    @Test
    void NO_PENDING_TRANSFERS_is_unmet_by_a_deposit_still_arriving() {
        ReadinessReport report = report("""
                "pendingTransfers": [ { "id": "dep-1", "direction": "DEPOSIT", "asset": "USDT", "amount": "50" } ]
                """);

        assertEquals(List.of(Condition.NO_PENDING_TRANSFERS), unmet(report));
        assertEquals("dep-1", only(report, Condition.NO_PENDING_TRANSFERS).id());
    }

    @Test
    void ACCOUNT_ACTIVE_is_met_by_an_active_profile() {
        assertTrue(report("").result(Condition.ACCOUNT_ACTIVE).met());
    }

    @Test
    void ACCOUNT_ACTIVE_is_unmet_by_a_frozen_profile() {
        ReadinessReport report = report("""
                "profile": { "accountId": "51007733", "email": "ana@example.com", "status": "FROZEN" }
                """);

        assertEquals(List.of(Condition.ACCOUNT_ACTIVE), unmet(report));
        assertEquals(FindingKind.ACCOUNT, only(report, Condition.ACCOUNT_ACTIVE).kind());
        assertEquals("51007733", only(report, Condition.ACCOUNT_ACTIVE).id());
    }

    @Test
    void a_met_condition_carries_no_findings_and_an_unmet_one_carries_at_least_one() {
        ReadinessReport report = report("""
                "openOrders": [ { "id": "1", "market": "SPOT", "symbol": "BTCUSDT", "type": "LIMIT" },
                                { "id": "2", "market": "SPOT", "symbol": "ETHUSDT", "type": "LIMIT" } ]
                """);

        for (ConditionResult result : report.conditions()) {
            assertEquals(result.met(), result.findings().isEmpty(), result.condition().name());
        }
        assertEquals(2, report.result(Condition.NO_OPEN_ORDERS).findings().size());
    }
}
