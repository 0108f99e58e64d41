package dev.closeout.ui.account;

import dev.closeout.closure.AccountCheck;
import dev.closeout.closure.Finding;
import dev.closeout.closure.FixConsent;
import dev.closeout.closure.ReportWording;
import dev.closeout.closure.Withdrawals;
import dev.closeout.i18n.Messages;
import java.math.BigDecimal;
import java.util.Optional;

/** The words of the question asked before a fix, wherever it is offered; {@link FixConsent} decides whether one is asked. */
public final class FixQuestions {

    private final Messages messages;
    private final ReportWording wording;

    public FixQuestions(Messages messages) {
        this.messages = messages;
        this.wording = new ReportWording(messages);
    }

    /** The question for {@code consent}; empty when the fix runs without a yes. */
    public Optional<String> before(Finding f, FixConsent consent, AccountCheck check) {
        return Optional.ofNullable(switch (consent) {
            case UNASKED, NO_SINGLE_ACTION -> null;
            case CONVERSION_FEE -> messages.get("ui.eligibility.confirm.dust");
            case MARKET_CLOSE -> messages.get("ui.eligibility.confirm.position");
            case SALE -> sale(f, check);
            case REPAYMENT -> messages.get("ui.eligibility.confirm.repay", f.owed().toPlainString(), f.asset());
            case FORFEIT -> messages.get("ui.eligibility.confirm.early", f.id(),
                    FixConsent.forfeited(f, check.snapshot()).toPlainString(), f.asset());
            case OTHER_PARTY -> messages.get("ui.eligibility.confirm.p2p", f.id());
            case FOR_GOOD -> messages.get("ui.eligibility.confirm.sub", f.id());
        });
    }

    /** A sale names what is free to sell and its value at the snapshot's price. */
    private String sale(Finding f, AccountCheck check) {
        BigDecimal free = Withdrawals.free(f, check.snapshot());
        BigDecimal value = check.snapshot().priceOf(f.asset()).map(free::multiply).orElse(f.usdValue());
        return messages.get("ui.eligibility.confirm.sell", free.toPlainString(), f.asset(), wording.usd(value));
    }
}
