package dev.closeout.ui.start;

import dev.closeout.account.AccountStatus;
import dev.closeout.closure.AccountCheck;
import dev.closeout.closure.ConditionResult;
import dev.closeout.closure.ReportWording;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.AccountState;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The start page: what Closeout is, the account it is looking at (the demo's simulated one, or a
 * connected exchange's), and the three ways on: check it, pause it, close it.
 */
public final class StartViewModel {

    private final AccountState account;
    private final Messages messages;
    private final ReadOnlyStringWrapper worth = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper readiness = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper read = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper closing = new ReadOnlyBooleanWrapper();

    public StartViewModel(AccountState account) {
        this.account = account;
        this.messages = account.messages();
        account.checkProperty().addListener((obs, old, check) -> show(check));
        show(account.check());
    }

    private void show(AccountCheck check) {
        if (check == null) {
            return;
        }
        read.set(true);
        ReportWording wording = new ReportWording(messages);
        worth.set(messages.get(check.snapshot().unknown().isEmpty() ? "ui.start.worth" : "ui.start.worthPartial",
                wording.usd(check.report().usdValueHeld()), messages.moment(check.snapshot().takenAt())));
        AccountStatus status = check.snapshot().profile().status();
        closing.set(status == AccountStatus.CLOSING || status == AccountStatus.CLOSED);
        long met = check.report().conditions().stream().filter(ConditionResult::met).count();
        readiness.set(closing.get() ? messages.get("ui.start.closing." + status.name())
                : check.report().eligible() ? messages.get("ui.start.ready")
                : messages.get("ui.start.readiness", met, check.report().conditions().size(), check.report().blockers().size()));
    }

    /** True for the demo: its account and its money are made up. */
    public boolean demo() {
        return account.service().demoControls().isPresent();
    }

    public String exchangeName() {
        return account.exchangeName();
    }

    /** What the account holds, in USD, and when it was read. */
    public ReadOnlyStringProperty worthProperty() {
        return worth.getReadOnlyProperty();
    }

    /** How far the account is from being closed, or that it is closing or closed. */
    public ReadOnlyStringProperty readinessProperty() {
        return readiness.getReadOnlyProperty();
    }

    /** True once the account has been read: the ways on open then. */
    public ReadOnlyBooleanProperty readProperty() {
        return read.getReadOnlyProperty();
    }

    /** True when the account is closing or closed: "close it" shows where the closure stands instead. */
    public ReadOnlyBooleanProperty closingProperty() {
        return closing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return account.errorProperty();
    }
}
