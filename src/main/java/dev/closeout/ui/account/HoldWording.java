package dev.closeout.ui.account;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Wallet;
import dev.closeout.closure.Finding;
import dev.closeout.closure.Fix;
import dev.closeout.closure.Holds;
import dev.closeout.closure.ReportWording;
import dev.closeout.closure.Withdrawals;
import dev.closeout.i18n.Messages;
import java.util.Optional;

/** Why nothing can be done about a finding now, in the person's words: what holds it, and what to do first. */
public final class HoldWording {

    private final Messages messages;
    private final ReportWording wording;

    public HoldWording(Messages messages) {
        this.messages = messages;
        this.wording = new ReportWording(messages);
    }

    /** "80 USDT is held by P2P order 30771: cancel or complete it first"; empty when nothing holds it. */
    public Optional<String> why(Finding f, AccountSnapshot snapshot) {
        if (f.fix() == Fix.REPAY_LIABILITY && f.owed() != null) {
            return Optional.of(messages.get("ui.eligibility.shortfall", wording.amount(Withdrawals.free(f, snapshot)), f.asset(),
                    wording.amount(f.owed())));
        }
        return Holds.of(f, snapshot).map(this::say);
    }

    /** What holds the rest of a wallet's {@code asset} beside what is free to move; empty when nothing of it is held. */
    public Optional<String> rest(AccountSnapshot snapshot, Wallet wallet, String asset) {
        return Holds.lockedPart(snapshot, wallet, asset).map(this::say);
    }

    private String say(Holds.Held held) {
        return messages.get("ui.eligibility.held." + held.kind().name(), wording.amount(held.amount()), held.asset(),
                String.join(", ", held.ids()));
    }
}
