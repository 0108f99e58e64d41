package dev.closeout.ui.wizard.eligibility;

import dev.closeout.closure.Finding;
import dev.closeout.closure.FixChoice;
import dev.closeout.ui.account.Result;
import java.util.List;

/**
 * One finding as the page shows it: what it is, what to do (or why nothing can be done now), the buttons that can
 * run now, and the exchange's answer to what was done with it ({@code result}, null before anything was). A row
 * whose finding is {@code gone} since its fix shows only its answer.
 */
public record FindingRow(Finding finding, String item, String fix, List<FixChoice> choices, Result result, boolean gone) {

    public FindingRow {
        choices = List.copyOf(choices);
    }
}
