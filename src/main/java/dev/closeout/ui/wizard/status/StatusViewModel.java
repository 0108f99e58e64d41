package dev.closeout.ui.wizard.status;

import dev.closeout.account.AccountStatus;
import dev.closeout.closure.export.ExportException;
import dev.closeout.exchange.ClosureProgress;
import dev.closeout.exchange.WebPage;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.wizard.StepViewModel;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The closing queue: Closing with its progress, then Closed, and what re-registering the same
 * email would mean. On an exchange that closes accounts only on its website there is no queue
 * to show: the page says whether the exchange still answers for the account, read when asked.
 */
public final class StatusViewModel implements StepViewModel {

    private final AccountState account;
    private final Messages messages;
    private final Clock clock;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final Optional<URI> closurePage;
    private Optional<ClosureProgress> latest = Optional.empty();
    /** Where the closed account's record was written (or why it was not), once it was; shown under the closed status. */
    private String recordNote = "";
    private boolean recorded;

    public StatusViewModel(AccountState account, Clock clock) {
        this.account = account;
        this.messages = account.messages();
        this.clock = clock;
        this.closurePage = account.service().pageFor(WebPage.Account.CLOSE);
        if (onWebsite()) {
            account.loadingProperty().addListener((obs, was, now) -> showAnswer());
            account.errorProperty().addListener((obs, was, now) -> showAnswer());
            account.checkProperty().addListener((obs, was, now) -> showAnswer());
        }
    }

    @Override
    public void entered() {
        if (onWebsite()) {
            checkAgain();
        } else {
            refresh();
        }
    }

    /** The exchange closes accounts only on its website: there is no queue, only whether it still answers. */
    public boolean onWebsite() {
        return closurePage.isPresent();
    }

    /** Reads the account once more, to see whether the exchange still answers for it. */
    public void checkAgain() {
        account.refresh();
    }

    /** Opens the exchange's closure page again; the account is read when the person comes back. */
    public void openClosurePage() {
        closurePage.ifPresent(page -> account.handOff().open(page));
    }

    /**
     * What the last read says: a key that still works means an open account; a key that no
     * longer does is what a closed account typically looks like, but so is a deleted key.
     */
    private void showAnswer() {
        String exchange = account.exchangeName();
        String failure = account.errorProperty().get();
        if (account.loadingProperty().get()) {
            status.set(messages.get("ui.status.website.checking", exchange));
            detail.set("");
        } else if (failure != null && !failure.isEmpty()) {
            status.set(messages.get("ui.status.website.silent", exchange));
            detail.set(messages.get("ui.status.website.silentDetail", exchange, failure));
        } else if (account.check() != null) {
            AccountStatus now = account.check().snapshot().profile().status();
            status.set(messages.get("ui.status.website.answers", exchange, messages.get("ui.status." + now.name())));
            detail.set(messages.get(now == AccountStatus.ACTIVE ? "ui.status.website.openDetail" : "ui.status.website.answersDetail", exchange));
        }
    }

    /** Asks the exchange where the request stands; the page calls it every few seconds. Nothing to ask where the website closes accounts. */
    public void refresh() {
        if (onWebsite()) {
            return;
        }
        account.executors().run(() -> account.service().closureProgress(), found -> {
            latest = found;
            tick();
            recordOnceClosed();
        }, failure -> detail.set(account.describe(failure)));
    }

    /** The account has just been seen closed: its closure record is written again, beside the export, off the FX thread. */
    private void recordOnceClosed() {
        if (recorded || latest.isEmpty() || latest.get().status() != AccountStatus.CLOSED) {
            return;
        }
        recorded = true;
        ClosureProgress closed = latest.get();
        account.executors().run(() -> account.service().recordClosure(closed), file -> {
            recordNote = file.map(f -> "\n" + messages.get("ui.status.closedRecord", f.toString())).orElse("");
            tick();
        }, failure -> {
            recordNote = "\n" + (failure instanceof ExportException e ? messages.say(e) : account.describe(failure));
            tick();
        });
    }

    /** Moves the progress bar along the exchange's own estimate. */
    public void tick() {
        if (onWebsite()) {
            return;
        }
        if (latest.isEmpty()) {
            status.set(messages.get("ui.status.none"));
            detail.set("");
            progress.set(0);
            return;
        }
        ClosureProgress p = latest.get();
        boolean isClosed = p.status() == AccountStatus.CLOSED;
        closed.set(isClosed);
        status.set(messages.get("ui.status." + p.status().name()));
        if (isClosed) {
            progress.set(1);
            detail.set(messages.get("ui.status.closedDetail", String.valueOf(p.dataPurgedOn())) + recordNote);
        } else {
            Instant now = clock.instant();
            double total = Math.max(1, Duration.between(p.requestedAt(), p.completesAt()).toMillis());
            progress.set(Math.min(0.99, Math.max(0, Duration.between(p.requestedAt(), now).toMillis() / total)));
            long minutes = Math.max(0, Duration.between(now, p.completesAt()).toMinutes());
            detail.set(messages.get("ui.status.closingDetail", messages.moment(p.completesAt()), minutes));
        }
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
