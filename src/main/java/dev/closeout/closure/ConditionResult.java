package dev.closeout.closure;

import java.util.List;
import java.util.Objects;

/** One condition and every finding that keeps it from being met. */
public record ConditionResult(Condition condition, List<Finding> findings) {

    public ConditionResult {
        Objects.requireNonNull(condition, "condition");
        findings = List.copyOf(findings);
    }

    public boolean met() {
        return findings.isEmpty();
    }
}
