package dev.closeout.closure;

import static dev.closeout.Snapshots.report;
import static dev.closeout.closure.Findings.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "In the future" means after the UTC date of takenAt, never after the machine's clock.
 * The default snapshot is taken at 2026-11-24T09:30:00Z.
 */
class DatesJudgedAgainstTakenAtTest {

    private static Fix lockedEarnFix(String takenAt, String maturesOn) {
        return only(report("""
                "takenAt": "%s",
                "earn": [ { "id": "locked-1", "product": "LOCKED", "asset": "ETH", "amount": "1",
                            "maturesOn": "%s", "earlyRedemption": "NOT_ALLOWED" } ]
                """.formatted(takenAt, maturesOn)), Condition.NO_ACTIVE_EARN).fix();
    }

    private static Fix stakingFix(String takenAt, String releasesOn) {
        return only(report("""
                "takenAt": "%s",
                "staking": [ { "id": "ls-1", "product": "LOCKED_STAKING", "asset": "DOT", "amount": "1",
                               "releasesOn": "%s" } ]
                """.formatted(takenAt, releasesOn)), Condition.NO_ACTIVE_EARN).fix();
    }

    @ParameterizedTest(name = "matures {0}: {1}")
    @CsvSource({
            "2026-11-23, REDEEM_EARN",
            "2026-11-24, REDEEM_EARN",
            "2026-11-25, WAIT_FOR_MATURITY"})
    void locked_Earn_maturing_the_day_before_on_or_after_the_snapshot_date(String maturesOn, Fix fix) {
        assertEquals(fix, lockedEarnFix("2026-11-24T09:30:00Z", maturesOn));
    }

    @ParameterizedTest(name = "released {0}: {1}")
    @CsvSource({
            "2026-11-23, UNSTAKE",
            "2026-11-24, UNSTAKE",
            "2026-11-25, WAIT_FOR_MATURITY"})
    void staking_released_the_day_before_on_or_after_the_snapshot_date(String releasesOn, Fix fix) {
        assertEquals(fix, stakingFix("2026-11-24T09:30:00Z", releasesOn));
    }

    @Test
    void a_snapshot_taken_late_on_the_24th_in_New_York_is_the_25th_in_UTC_so_a_product_maturing_on_the_25th_is_free() {
        assertEquals(Fix.REDEEM_EARN, lockedEarnFix("2026-11-24T23:30:00-05:00", "2026-11-25"));
        assertEquals(Fix.UNSTAKE, stakingFix("2026-11-24T23:30:00-05:00", "2026-11-25"));
    }

    @Test
    void a_snapshot_taken_early_on_the_25th_in_Athens_is_still_the_24th_in_UTC_so_a_product_maturing_on_the_25th_waits() {
        assertEquals(Fix.WAIT_FOR_MATURITY, lockedEarnFix("2026-11-25T00:30:00+02:00", "2026-11-25"));
        assertEquals(Fix.WAIT_FOR_MATURITY, stakingFix("2026-11-25T00:30:00+02:00", "2026-11-25"));
    }

    @Test
    void a_snapshot_from_long_ago_judges_its_dates_as_of_then_not_as_of_today() {
        assertEquals(Fix.WAIT_FOR_MATURITY, lockedEarnFix("2001-03-01T12:00:00Z", "2001-03-02"));
        assertEquals(Fix.WAIT_FOR_MATURITY, stakingFix("2001-03-01T12:00:00Z", "2001-03-02"));
    }

    @Test
    void a_snapshot_from_the_far_future_judges_its_dates_as_of_then_not_as_of_today() {
        assertEquals(Fix.REDEEM_EARN, lockedEarnFix("2090-01-01T00:00:00Z", "2089-12-31"));
        assertEquals(Fix.UNSTAKE, stakingFix("2090-01-01T00:00:00Z", "2089-12-31"));
    }

    @Test
    void the_report_keeps_the_snapshots_instant() {
        ReadinessReport report = report("\"takenAt\": \"2026-11-24T23:30:00-05:00\"");

        assertEquals(Instant.parse("2026-11-25T04:30:00Z"), report.takenAt());
        assertEquals(LocalDate.of(2026, 11, 25), ReportWording.dayOf(report));
    }
}
