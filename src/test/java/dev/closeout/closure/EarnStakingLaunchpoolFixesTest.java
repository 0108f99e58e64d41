package dev.closeout.closure;

import static dev.closeout.Snapshots.report;
import static dev.closeout.closure.Findings.only;
import static dev.closeout.closure.Findings.unmet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.Wallet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Earn, staking, Launchpool and Launchpad: REDEEM_EARN, WAIT_FOR_MATURITY, UNSTAKE,
 * REDEEM_LAUNCHPOOL, WAIT_FOR_PROJECT_END. The snapshot is taken on 2026-11-24.
 */
class EarnStakingLaunchpoolFixesTest {

    private static Finding onlyEarnFinding(String parts) {
        ReadinessReport report = report(parts);
        assertEquals(List.of(Condition.ZERO_BALANCE, Condition.NO_ACTIVE_EARN), unmet(report));
        return only(report, Condition.NO_ACTIVE_EARN);
    }

    @Test
    void flexible_Earn_is_redeemed() {
        Finding finding = onlyEarnFinding("""
                "earn": [ { "id": "flex-usdt", "product": "FLEXIBLE", "asset": "USDT", "amount": "1000.00" } ]
                """);

        assertEquals(FindingKind.EARN, finding.kind());
        assertEquals(Fix.REDEEM_EARN, finding.fix());
        assertEquals("flex-usdt", finding.id());
        assertEquals("FLEXIBLE", finding.type());
        assertEquals(Wallet.EARN, finding.wallet());
        assertEquals(0, new BigDecimal("1000").compareTo(finding.amount()));
    }

    @Test
    void locked_Earn_that_allows_early_redemption_is_redeemed_before_it_matures() {
        Finding finding = onlyEarnFinding("""
                "earn": [ { "id": "locked-eth-90", "product": "LOCKED", "asset": "ETH", "amount": "0.8",
                            "maturesOn": "2027-01-12", "earlyRedemption": "ALLOWED" } ]
                """);

        assertEquals(Fix.REDEEM_EARN, finding.fix());
        assertEquals(LocalDate.of(2027, 1, 12), finding.date());
    }

    @Test
    void locked_Earn_whose_maturity_date_has_come_is_redeemed_even_without_early_redemption() {
        assertEquals(Fix.REDEEM_EARN, onlyEarnFinding("""
                "earn": [ { "id": "locked-1", "product": "LOCKED", "asset": "ETH", "amount": "0.8",
                            "maturesOn": "2026-11-20", "earlyRedemption": "NOT_ALLOWED" } ]
                """).fix());
    }

    @Test
    void locked_Earn_that_may_not_leave_early_and_matures_after_the_snapshot_means_waiting_for_maturity() {
        Finding finding = onlyEarnFinding("""
                "earn": [ { "id": "locked-1", "product": "LOCKED", "asset": "ETH", "amount": "0.8",
                            "maturesOn": "2026-12-01", "earlyRedemption": "NOT_ALLOWED" } ]
                """);

        assertEquals(Fix.WAIT_FOR_MATURITY, finding.fix());
        assertEquals(LocalDate.of(2026, 12, 1), finding.date());
    }

    @Test
    void staking_with_no_release_date_can_be_unstaken_now() {
        Finding finding = onlyEarnFinding("""
                "staking": [ { "id": "eth2", "product": "ETH_STAKING", "asset": "ETH", "amount": "0.5", "releasesOn": null } ]
                """);

        assertEquals(FindingKind.STAKING, finding.kind());
        assertEquals(Fix.UNSTAKE, finding.fix());
        assertEquals("ETH_STAKING", finding.type());
    }

    @Test
    void staking_whose_release_date_has_passed_can_be_unstaken() {
        assertEquals(Fix.UNSTAKE, onlyEarnFinding("""
                "staking": [ { "id": "ls-1", "product": "LOCKED_STAKING", "asset": "DOT", "amount": "12",
                               "releasesOn": "2026-11-01" } ]
                """).fix());
    }

    @Test
    void staking_released_after_the_snapshot_means_waiting_for_maturity() {
        Finding finding = onlyEarnFinding("""
                "staking": [ { "id": "ls-1", "product": "LOCKED_STAKING", "asset": "DOT", "amount": "12",
                               "releasesOn": "2026-12-24" } ]
                """);

        assertEquals(Fix.WAIT_FOR_MATURITY, finding.fix());
        assertEquals(LocalDate.of(2026, 12, 24), finding.date());
    }

    @Test
    void redeemable_Launchpool_funds_are_redeemed_and_only_ZERO_BALANCE_is_unmet() {
        ReadinessReport report = report("""
                "launchpool": [ { "id": "lp-cake", "project": "Sample Launchpool", "asset": "CAKE", "amount": "40",
                                  "endsOn": "2026-12-03", "redeemable": true } ]
                """);

        assertEquals(List.of(Condition.ZERO_BALANCE), unmet(report));
        Finding finding = only(report, Condition.ZERO_BALANCE);
        assertEquals(FindingKind.LAUNCHPOOL, finding.kind());
        assertEquals(Fix.REDEEM_LAUNCHPOOL, finding.fix());
        assertEquals("lp-cake", finding.id());
    }

    @Test
    void Launchpool_funds_not_marked_redeemable_wait_for_the_project_to_end() {
        ReadinessReport report = report("""
                "launchpool": [
                  { "id": "lp-1", "project": "One", "asset": "BNB", "amount": "2", "endsOn": "2026-12-03", "redeemable": false },
                  { "id": "lp-2", "project": "Two", "asset": "FDUSD", "amount": "100" }
                ]
                """);

        assertEquals(List.of(Fix.WAIT_FOR_PROJECT_END, Fix.WAIT_FOR_PROJECT_END),
                Findings.fixes(report, Condition.ZERO_BALANCE));
        assertEquals(List.of(Condition.ZERO_BALANCE), unmet(report));
    }

    @Test
    void Launchpad_funds_wait_for_the_project_to_end() {
        ReadinessReport report = report("""
                "launchpad": [ { "id": "lpd-1", "project": "Sample Launchpad", "asset": "BNB", "amount": "3",
                                 "status": "CALCULATING" } ]
                """);

        Finding finding = only(report, Condition.ZERO_BALANCE);
        assertEquals(FindingKind.LAUNCHPAD, finding.kind());
        assertEquals(Fix.WAIT_FOR_PROJECT_END, finding.fix());
        assertEquals("Sample Launchpad", finding.symbol());
        assertEquals(List.of(Condition.ZERO_BALANCE), unmet(report));
    }

    @Test
    void earn_and_staking_holdings_are_findings_under_both_ZERO_BALANCE_and_NO_ACTIVE_EARN_but_one_blocker_each() {
        ReadinessReport report = report("""
                "prices": { "USDT": "1", "ETH": "3000" },
                "earn": [ { "id": "flex-usdt", "product": "FLEXIBLE", "asset": "USDT", "amount": "1000" },
                          { "id": "locked-eth", "product": "LOCKED", "asset": "ETH", "amount": "0.8",
                            "maturesOn": "2027-01-12", "earlyRedemption": "NOT_ALLOWED" } ],
                "staking": [ { "id": "eth2", "product": "ETH_STAKING", "asset": "ETH", "amount": "0.5" } ]
                """);

        List<Finding> zeroBalance = Findings.under(report, Condition.ZERO_BALANCE);
        List<Finding> activeEarn = Findings.under(report, Condition.NO_ACTIVE_EARN);
        assertEquals(3, zeroBalance.size());
        assertEquals(zeroBalance, activeEarn);
        assertEquals(3, report.blockers().size());
        assertEquals(Map.of(Fix.REDEEM_EARN, 1L, Fix.WAIT_FOR_MATURITY, 1L, Fix.UNSTAKE, 1L), report.nextSteps());
        assertEquals(0, new BigDecimal("4900").compareTo(report.usdValueHeld()), "counted once: " + report.usdValueHeld());
    }

    @Test
    void the_earn_finding_under_both_conditions_is_one_and_the_same_item() {
        ReadinessReport report = report("""
                "earn": [ { "id": "flex-usdt", "product": "FLEXIBLE", "asset": "USDT", "amount": "1" } ]
                """);

        assertSame(only(report, Condition.ZERO_BALANCE), only(report, Condition.NO_ACTIVE_EARN));
    }

    @Test
    void Launchpool_and_Launchpad_funds_are_not_Earn_so_they_leave_NO_ACTIVE_EARN_met() {
        ReadinessReport report = report("""
                "launchpool": [ { "id": "lp-1", "project": "One", "asset": "BNB", "amount": "2" } ],
                "launchpad": [ { "id": "lpd-1", "project": "Two", "asset": "BNB", "amount": "3" } ]
                """);

        assertEquals(2, Findings.under(report, Condition.ZERO_BALANCE).size());
        assertTrue(report.result(Condition.NO_ACTIVE_EARN).met());
    }
}
