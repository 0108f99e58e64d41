package dev.closeout.cli;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.closure.ConditionResult;
import dev.closeout.closure.Finding;
import dev.closeout.closure.Fix;
import dev.closeout.closure.ReadinessReport;
import dev.closeout.closure.ReportWording;
import dev.closeout.i18n.Messages;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The readiness report for a person at a terminal: each condition, each finding with its fix, then the next steps in order. */
final class ReportText {

    private static final DateTimeFormatter TAKEN_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final Messages messages;
    private final ReportWording wording;

    ReportText(Messages messages) {
        this.messages = messages;
        this.wording = new ReportWording(messages);
    }

    String render(AccountSnapshot snapshot, ReadinessReport report) {
        StringBuilder out = new StringBuilder();
        LocalDate today = ReportWording.dayOf(report);
        line(out, messages.get("check.title", snapshot.profile().email(), TAKEN_AT.format(report.takenAt())));
        line(out, messages.get("check.typical"));
        line(out, "");
        for (ConditionResult result : report.conditions()) {
            String name = wording.condition(result.condition());
            if (result.met()) {
                line(out, messages.get("check.condition.met", name));
                continue;
            }
            line(out, messages.get("check.condition.unmet", name, result.findings().size()));
            for (Finding finding : result.findings()) {
                line(out, "    " + wording.item(finding) + " \u2014 " + wording.fix(finding, today));
            }
        }
        line(out, "");
        if (report.eligible()) {
            line(out, messages.get("check.eligible"));
            return out.toString();
        }
        line(out, messages.get("check.next"));
        int number = 1;
        for (Map.Entry<Fix, Long> step : report.nextSteps().entrySet()) {
            line(out, String.format("  %d. %s", number++, wording.step(step.getKey(), step.getValue())));
        }
        line(out, messages.get("check.then"));
        line(out, "");
        long unpriced = report.unpricedHoldings();
        String held = wording.usd(report.usdValueHeld());
        int blockers = report.blockers().size();
        line(out, unpriced == 0
                ? messages.get("check.blockers", blockers, held)
                : messages.get("check.blockers.unpriced", blockers, held, unpriced));
        return out.toString();
    }

    /** An account already closing or closed: it says so, and that nothing is left to clear or to check again. */
    String closingOrClosed(AccountSnapshot snapshot, ReadinessReport report) {
        StringBuilder out = new StringBuilder();
        line(out, messages.get("check.title", snapshot.profile().email(), TAKEN_AT.format(report.takenAt())));
        line(out, "");
        line(out, messages.get("check.over." + snapshot.profile().status().name()));
        return out.toString();
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append(System.lineSeparator());
    }
}
