package dev.closeout.ui.wizard.eligibility;

import dev.closeout.account.Wallet;
import dev.closeout.closure.Condition;
import dev.closeout.closure.Finding;
import dev.closeout.closure.FindingKind;
import java.util.List;
import java.util.function.Predicate;

/** Short ways for the Eligibility tests to find a finding's row. */
final class Rows {

    private Rows() {
    }

    /** The rows still to do: a row whose finding is gone since its fix only shows its answer. */
    static List<FindingRow> findings(EligibilityViewModel page) {
        return page.conditions().stream().flatMap(c -> c.findings().stream()).filter(r -> !r.gone()).toList();
    }

    static FindingRow finding(EligibilityViewModel page, Condition condition, Predicate<Finding> which) {
        return page.conditions().stream().filter(c -> c.condition() == condition).flatMap(c -> c.findings().stream())
                .filter(f -> which.test(f.finding())).findFirst()
                .orElseThrow(() -> new AssertionError("no such finding under " + condition + ": " + findings(page)));
    }

    static Predicate<Finding> balance(Wallet wallet, String asset) {
        return f -> f.wallet() == wallet && asset.equals(f.asset()) && f.kind() == FindingKind.BALANCE;
    }

    static Predicate<Finding> item(String id) {
        return f -> id.equals(f.id());
    }

    static boolean anyFinding(EligibilityViewModel page, Predicate<Finding> which) {
        return findings(page).stream().anyMatch(f -> which.test(f.finding()));
    }

}
