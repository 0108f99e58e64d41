package dev.closeout.ui.alternatives.withdraw;

import dev.closeout.closure.Finding;
import dev.closeout.closure.Fix;
import dev.closeout.closure.ReportWording;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.Result;
import java.net.URI;
import java.time.LocalDate;

/**
 * Something that holds funds where no withdrawal reaches them: an order, a position, a loan,
 * Earn, staking, a P2P trade, a sub-account, a deposit on its way. {@code action} is the
 * label of the button that frees it; null when only waiting does. {@code page}, when set, is
 * the exchange's page where the person frees it themselves: the button opens it. {@code result}
 * is the exchange's answer to what was done with it; null before anything was.
 */
public record TiedRow(Finding finding, String item, String fix, String action, URI page, Result result) {

    /** A sub-account is emptied here, not closed: its button moves its funds in. */
    static TiedRow of(Finding f, LocalDate today, boolean oneAction, Messages messages, ReportWording wording) {
        boolean sub = f.fix() == Fix.CLOSE_SUB_ACCOUNT;
        // A P2P order is cancelled or completed, by that name, never by one button that does either.
        String p2p = "PAID".equals(f.type()) ? messages.get("ui.eligibility.choice.COMPLETE_P2P") : messages.get("ui.eligibility.choice.CANCEL_P2P");
        String action = sub ? messages.get("ui.alternatives.withdraw.sweep") : f.fix() == Fix.COMPLETE_OR_CANCEL_P2P ? p2p
                : oneAction ? wording.fix(f, today) : null;
        String fix = sub ? messages.get("ui.alternatives.withdraw.sweepHint") : wording.fix(f, today);
        return new TiedRow(f, wording.item(f), fix, action, null, null);
    }

    /** The same row, freed on the exchange's website: its button, labelled {@code label}, opens {@code website}. */
    TiedRow onWebsite(URI website, String label) {
        return new TiedRow(finding, item, fix, label, website, result);
    }

    /**
     * The same row with the exchange's answer to what was done with it; once done, it has no button until the person
     * checks again (a sub-account is emptied once, an appeal filed once).
     */
    TiedRow answered(Result answer, boolean gone) {
        boolean done = answer != null && answer.accepted();
        return new TiedRow(finding, item, gone ? "" : fix, done || gone ? null : action, page, answer);
    }

    public boolean actionable() {
        return action != null;
    }
}
