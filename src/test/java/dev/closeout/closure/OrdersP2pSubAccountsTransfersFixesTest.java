package dev.closeout.closure;

import static dev.closeout.Snapshots.report;
import static dev.closeout.closure.Findings.fixes;
import static dev.closeout.closure.Findings.only;
import static dev.closeout.closure.Findings.unmet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.AccountStatus;
import dev.closeout.account.OpenOrder;
import dev.closeout.account.Wallet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Orders, bots, P2P orders, sub-accounts, transfers in flight and the account's own status. */
class OrdersP2pSubAccountsTransfersFixesTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = OpenOrder.Type.class, mode = EnumSource.Mode.EXCLUDE, names = "GRID")
    void every_open_order_other_than_a_grid_is_cancelled(OpenOrder.Type type) {
        ReadinessReport report = report("""
                "openOrders": [ { "id": "884120", "market": "USDM_FUTURES", "symbol": "BTCUSDT", "type": "%s",
                                  "quantity": "0.005" } ]
                """.formatted(type));

        Finding finding = only(report, Condition.NO_OPEN_ORDERS);
        assertEquals(FindingKind.ORDER, finding.kind());
        assertEquals(Fix.CANCEL_ORDER, finding.fix());
        assertEquals("884120", finding.id());
        assertEquals("BTCUSDT", finding.symbol());
        assertEquals(type.name(), finding.type());
        assertEquals(Wallet.USDM_FUTURES, finding.wallet());
        assertEquals(0, new BigDecimal("0.005").compareTo(finding.amount()));
    }

    @Test
    void a_running_grid_bot_is_stopped() {
        ReadinessReport report = report("""
                "openOrders": [ { "id": "grid-17", "market": "SPOT", "symbol": "BNBUSDT", "type": "GRID" } ]
                """);

        Finding finding = only(report, Condition.NO_OPEN_ORDERS);
        assertEquals(Fix.STOP_BOT, finding.fix());
        assertEquals("grid-17", finding.id());
    }

    @Test
    void orders_and_bots_together_are_one_finding_each_in_the_snapshots_order() {
        ReadinessReport report = report("""
                "openOrders": [
                  { "id": "1", "market": "SPOT", "symbol": "BTCUSDT", "type": "LIMIT" },
                  { "id": "2", "market": "SPOT", "symbol": "BNBUSDT", "type": "GRID" },
                  { "id": "3", "market": "SPOT", "symbol": "ETHBTC", "type": "OCO" }
                ]
                """);

        assertEquals(List.of(Fix.CANCEL_ORDER, Fix.STOP_BOT, Fix.CANCEL_ORDER), fixes(report, Condition.NO_OPEN_ORDERS));
        assertEquals(List.of(Condition.NO_OPEN_ORDERS), unmet(report));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "PENDING_PAYMENT, COMPLETE_OR_CANCEL_P2P",
            "PAID, COMPLETE_OR_CANCEL_P2P",
            "APPEALING, RESOLVE_P2P_DISPUTE"})
    void an_open_P2P_order_is_completed_or_cancelled_and_one_under_appeal_is_settled(String status, Fix fix) {
        ReadinessReport report = report("""
                "prices": { "USDT": "1" },
                "p2pOrders": [ { "id": "30771", "side": "SELL", "asset": "USDT", "fiat": "EUR", "amount": "80",
                                 "status": "%s" } ]
                """.formatted(status));

        Finding finding = only(report, Condition.NO_OPEN_P2P);
        assertEquals(FindingKind.P2P_ORDER, finding.kind());
        assertEquals(fix, finding.fix());
        assertEquals("30771", finding.id());
        assertEquals(status, finding.type());
        assertEquals(0, new BigDecimal("80").compareTo(finding.usdValue()));
        assertEquals(List.of(Condition.NO_OPEN_P2P), unmet(report));
    }

    @Test
    void completed_and_cancelled_P2P_orders_do_not_block() {
        ReadinessReport report = report("""
                "p2pOrders": [ { "id": "22841", "status": "COMPLETED" }, { "id": "22907", "status": "CANCELLED" },
                               { "id": "22999", "status": "APPEALING" } ]
                """);

        Finding finding = only(report, Condition.NO_OPEN_P2P);
        assertEquals("22999", finding.id());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ACTIVE", "FROZEN"})
    void an_active_or_frozen_sub_account_is_emptied_and_closed(String status) {
        ReadinessReport report = report("""
                "subAccounts": [ { "email": "grid@example.com", "status": "%s" },
                                 { "email": "old@example.com", "status": "CLOSED" } ]
                """.formatted(status));

        Finding finding = only(report, Condition.NO_SUB_ACCOUNTS);
        assertEquals(FindingKind.SUB_ACCOUNT, finding.kind());
        assertEquals(Fix.CLOSE_SUB_ACCOUNT, finding.fix());
        assertEquals("grid@example.com", finding.id());
        assertEquals(status, finding.type());
    }

    @Test
    void closed_sub_accounts_do_not_block() {
        ReadinessReport report = report("""
                "subAccounts": [ { "email": "a@example.com", "status": "CLOSED" }, { "email": "b@example.com", "status": "CLOSED" } ]
                """);

        assertTrue(report.eligible());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"DEPOSIT", "WITHDRAWAL"})
    void a_deposit_or_withdrawal_in_flight_is_waited_for(String direction) {
        ReadinessReport report = report("""
                "prices": { "USDT": "1" },
                "pendingTransfers": [ { "id": "wd-5521", "direction": "%s", "asset": "USDT", "amount": "50",
                                        "network": "TRX", "status": "PROCESSING" } ]
                """.formatted(direction));

        Finding finding = only(report, Condition.NO_PENDING_TRANSFERS);
        assertEquals(FindingKind.TRANSFER, finding.kind());
        assertEquals(Fix.WAIT_FOR_TRANSFER, finding.fix());
        assertEquals("wd-5521", finding.id());
        assertEquals(direction, finding.type());
        assertEquals(0, new BigDecimal("50").compareTo(finding.usdValue()));
        assertEquals(List.of(Condition.NO_PENDING_TRANSFERS), unmet(report));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"FROZEN, UNFREEZE_ACCOUNT", "CLOSING, NONE", "CLOSED, NONE"})
    void an_account_that_is_not_active_cannot_be_closed(AccountStatus status, Fix fix) {
        ReadinessReport report = report("""
                "profile": { "accountId": "51007733", "email": "ana@example.com", "status": "%s" }
                """.formatted(status));

        Finding finding = only(report, Condition.ACCOUNT_ACTIVE);
        assertEquals(FindingKind.ACCOUNT, finding.kind());
        assertEquals(fix, finding.fix());
        assertEquals(status.name(), finding.type());
        assertEquals(List.of(Condition.ACCOUNT_ACTIVE), unmet(report));
    }
}
