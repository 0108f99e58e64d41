package dev.closeout.closure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.Snapshots;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The earliest day an account can be closed, and what it waits on. */
class EarliestClosingTest {

    @Test
    void a_locked_product_that_cannot_be_redeemed_early_decides_the_earliest_day() {
        ReadinessReport report = Snapshots.report("""
                "prices": { "BNB": "612.40" },
                "earn": [ { "id": "locked-bnb-120", "product": "LOCKED", "asset": "BNB", "amount": "0.5",
                            "maturesOn": "2027-01-27", "earlyRedemption": "NOT_ALLOWED" },
                          { "id": "locked-eth-90", "product": "LOCKED", "asset": "ETH", "amount": "0.8",
                            "maturesOn": "2026-12-15", "earlyRedemption": "ALLOWED" } ]""");

        EarliestClosing earliest = EarliestClosing.of(report).orElseThrow();

        assertEquals(LocalDate.parse("2027-01-27"), earliest.date());
        assertEquals(List.of("locked-bnb-120"), earliest.waitingOn().stream().map(Finding::id).toList(),
                "the ETH can be redeemed early: only the BNB is waited for");
    }

    @Test
    void with_nothing_to_wait_for_the_account_can_close_on_the_reports_day_and_a_transfer_in_flight_has_no_date() {
        EarliestClosing now = EarliestClosing.of(Snapshots.report("""
                "balances": [ { "wallet": "SPOT", "asset": "USDT", "free": "20" } ]""")).orElseThrow();
        EarliestClosing arriving = EarliestClosing.of(Snapshots.report("""
                "pendingTransfers": [ { "id": "dep-1", "direction": "DEPOSIT", "asset": "USDT", "amount": "120" } ]""")).orElseThrow();

        assertTrue(now.nothingToWaitFor());
        assertEquals(LocalDate.parse("2026-11-24"), now.date());
        assertEquals(List.of("dep-1"), arriving.undated().stream().map(Finding::id).toList());
    }

    @Test
    void a_closing_account_has_no_earliest_day() {
        assertTrue(EarliestClosing.of(Snapshots.report("""
                "profile": { "accountId": "1", "email": "a@example.com", "status": "CLOSING" }""")).isEmpty());
    }
}
