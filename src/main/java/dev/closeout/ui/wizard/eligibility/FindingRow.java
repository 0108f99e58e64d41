package dev.closeout.ui.wizard.eligibility;

import dev.closeout.closure.Finding;
import dev.closeout.closure.FixChoice;
import java.util.List;

/** One finding as the page shows it: what it is, what to do, and the buttons that do it (none while it can only wait). */
public record FindingRow(Finding finding, String item, String fix, List<FixChoice> choices) {

    public FindingRow {
        choices = List.copyOf(choices);
    }
}
