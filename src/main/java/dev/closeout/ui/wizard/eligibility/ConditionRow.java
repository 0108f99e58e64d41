package dev.closeout.ui.wizard.eligibility;

import dev.closeout.closure.Condition;
import java.util.List;

/** One of the seven conditions: met or not, and what keeps it from being met. */
public record ConditionRow(Condition condition, String title, boolean met, List<FindingRow> findings) {

    public ConditionRow {
        findings = List.copyOf(findings);
    }
}
