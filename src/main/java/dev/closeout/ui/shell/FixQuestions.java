package dev.closeout.ui.shell;

import dev.closeout.account.EarnPosition;
import dev.closeout.closure.AccountCheck;
import dev.closeout.closure.Finding;
import dev.closeout.closure.ReportWording;
import dev.closeout.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The question to ask before a finding's own fix, wherever it is offered: when it moves money,
 * costs a fee or a forfeit, touches someone else's trade, or cannot be undone.
 */
public final class FixQuestions {

    private final Messages messages;

    public FixQuestions(Messages messages) {
        this.messages = messages;
    }

    /** Empty when the fix may run without a yes. */
    public Optional<String> before(Finding f, AccountCheck check) {
        return switch (f.fix()) {
            case CONVERT_DUST -> Optional.of(messages.get("ui.eligibility.confirm.dust"));
            case CLOSE_POSITION -> Optional.of(messages.get("ui.eligibility.confirm.position"));
            case REPAY_LIABILITY -> Optional.of(messages.get("ui.eligibility.confirm.repay", f.owed().toPlainString(), f.asset()));
            case REDEEM_EARN -> penalty(f, check).map(p -> messages.get("ui.eligibility.confirm.early", f.id(), p.toPlainString(), f.asset()));
            case COMPLETE_OR_CANCEL_P2P -> Optional.of(messages.get("ui.eligibility.confirm.p2p", f.id()));
            case CLOSE_SUB_ACCOUNT -> Optional.of(messages.get("ui.eligibility.confirm.sub", f.id()));
            default -> Optional.empty();
        };
    }

    /** The reward forfeited by redeeming a locked product before it matures; empty when nothing is forfeited. */
    private static Optional<BigDecimal> penalty(Finding f, AccountCheck check) {
        LocalDate today = ReportWording.dayOf(check.report());
        return check.snapshot().earn().stream()
                .filter(e -> e.id().equals(f.id()) && e.product() == EarnPosition.Product.LOCKED)
                .filter(e -> e.maturesOn() != null && e.maturesOn().isAfter(today))
                .map(e -> e.earlyRedemptionPenalty() == null ? BigDecimal.ZERO : e.earlyRedemptionPenalty())
                .findFirst();
    }
}
