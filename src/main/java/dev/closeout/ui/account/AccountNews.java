package dev.closeout.ui.account;

import dev.closeout.account.AccountStatus;
import dev.closeout.closure.AccountCheck;
import dev.closeout.closure.BalanceChanges;
import dev.closeout.closure.ReportWording;
import dev.closeout.i18n.Messages;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What every page says about the account beyond its own content: that it is frozen, closing or
 * closed, and which balances changed by themselves since the last reading (a deposit landing, the
 * demo's clock moved on). Changes the person made here are answered at their rows instead.
 */
public final class AccountNews {

    private static final int SHOWN = 4;

    private final AccountState account;
    private final Messages messages;
    private final ReportWording wording;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper changed = new ReadOnlyStringWrapper("");

    public AccountNews(AccountState account) {
        this.account = account;
        this.messages = account.messages();
        this.wording = new ReportWording(messages);
        account.checkProperty().addListener((obs, old, now) -> show(old, now));
        show(null, account.check());
    }

    private void show(AccountCheck old, AccountCheck now) {
        if (now == null) {
            return;
        }
        AccountStatus s = now.snapshot().profile().status();
        status.set(s == AccountStatus.ACTIVE ? "" : messages.get("ui.news.status." + s.name()));
        if (old != null && !account.lastReadingFollowedAChange()) {
            List<BalanceChanges.Change> changes = BalanceChanges.between(old.snapshot(), now.snapshot());
            if (!changes.isEmpty()) {
                changed.set(messages.get("ui.news.changed", describe(changes), messages.moment(now.snapshot().takenAt())));
            }
        }
    }

    /** The first few changes in full, the rest counted: a line above the page, not a ledger. */
    private String describe(List<BalanceChanges.Change> changes) {
        String shown = changes.stream().limit(SHOWN).map(c -> messages.get("ui.news.change",
                (c.change().signum() > 0 ? "+" : "") + wording.amount(c.change()), c.asset(), wording.wallet(c.wallet())))
                .collect(Collectors.joining(messages.get("ui.news.separator")));
        return changes.size() <= SHOWN ? shown : messages.get("ui.news.more", shown, changes.size() - SHOWN);
    }

    /** The account is frozen, closing or closed, in words; empty while it is active. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What changed by itself since the last reading; empty once put away, or when nothing did. */
    public ReadOnlyStringProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** The person has read what changed. */
    public void putAway() {
        changed.set("");
    }
}
