package dev.closeout.closure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.closeout.Snapshots;
import dev.closeout.account.AccountSnapshot;
import java.util.List;

/** Short ways to look into a report. */
final class Findings {

    private Findings() {
    }

    /** The spec's typical account: a little of everything that blocks closure. */
    static AccountSnapshot typical() {
        return Snapshots.typical();
    }

    /** The conditions left unmet, in report order. */
    static List<Condition> unmet(ReadinessReport report) {
        return report.conditions().stream().filter(c -> !c.met()).map(ConditionResult::condition).toList();
    }

    static List<Finding> under(ReadinessReport report, Condition condition) {
        return report.result(condition).findings();
    }

    /** The one finding under a condition; fails if there is not exactly one. */
    static Finding only(ReadinessReport report, Condition condition) {
        List<Finding> findings = under(report, condition);
        assertEquals(1, findings.size(), () -> condition + " findings: " + findings);
        return findings.get(0);
    }

    static List<Fix> fixes(ReadinessReport report, Condition condition) {
        return under(report, condition).stream().map(Finding::fix).toList();
    }
}
