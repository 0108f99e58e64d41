package dev.closeout.ui.wizard.confirm;

import dev.closeout.account.Profile;
import dev.closeout.closure.AccountCheck;
import dev.closeout.closure.ReportWording;
import dev.closeout.closure.Review;
import dev.closeout.closure.Reviews;
import dev.closeout.exchange.WebPage;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.account.PageWork;
import dev.closeout.ui.desktop.DialogService;
import dev.closeout.ui.wizard.StepViewModel;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The last step: what will be lost, the account email typed to confirm, then one closure
 * request, guarded against a second submission. On an exchange that closes accounts only on
 * its website, the step hands over instead: it opens the exchange's closure page, and on the
 * person's return shows where the account stands. It never asks for, or claims, a closure.
 */
public final class ConfirmViewModel implements StepViewModel {

    private final AccountState account;
    private final Messages messages;
    private final DialogService dialogs;
    private final Runnable toStatus;
    private final Optional<URI> closurePage;
    private final StringProperty typedEmail = new SimpleStringProperty("");
    private final ObservableList<String> losses = FXCollections.observableArrayList();
    private final PageWork work;
    private final ReadOnlyBooleanWrapper submitted = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding emailMatches;
    private final BooleanBinding canConfirm;

    /**
     * {@code toStatus} shows where the account stands: once the exchange has taken the request,
     * or once the person is back from the exchange's closure page.
     */
    public ConfirmViewModel(AccountState account, DialogService dialogs, Runnable toStatus) {
        this.account = account;
        this.dialogs = dialogs;
        this.messages = account.messages();
        this.toStatus = toStatus;
        this.closurePage = account.service().pageFor(WebPage.Account.CLOSE);
        this.work = new PageWork(account);
        emailMatches = Bindings.createBooleanBinding(() -> account.check() != null
                && typedEmail.get().strip().equalsIgnoreCase(account.check().snapshot().profile().email()),
                typedEmail, account.checkProperty());
        canConfirm = emailMatches.and(work.workingProperty().not()).and(submitted.not());
        account.checkProperty().addListener((obs, old, check) -> showLosses(check));
        showLosses(account.check());
    }

    private void showLosses(AccountCheck check) {
        if (check == null) {
            return;
        }
        Profile p = check.snapshot().profile();
        losses.setAll(List.of(
                messages.get("ui.confirm.loss.vip", p.vipLevel() == null ? 0 : p.vipLevel()),
                p.referralCode() == null ? messages.get("ui.confirm.loss.referralNone")
                        : messages.get("ui.confirm.loss.referral", p.referralCode()),
                messages.get("ui.confirm.loss.history"),
                messages.get("ui.confirm.loss.email", p.email())));
    }

    /**
     * Shows the last summary (what the account still holds, where the withdrawals went, whether the history was
     * exported), then sends the one closure request; a second press while it runs, or after it was taken, does nothing.
     */
    public void confirm() {
        if (!canConfirm.get() || onWebsite() || !dialogs.review(summary())) {
            return;
        }
        work.run(() -> account.service().requestClosure(), result -> {
            message.set(new ReportWording(messages).answer(result));
            if (result.accepted()) {
                submitted.set(true);
                account.refreshAfterChange();
                toStatus.run();
            }
        }, message::set);
    }

    /** The last summary before closure, on the account as last read. */
    public Review summary() {
        AccountCheck check = account.check();
        return new Reviews(check.snapshot()).closure(check.report().usdValueHeld(), account.service().sent(),
                account.service().lastExport());
    }

    /** The exchange closes accounts only on its website: this step opens its closure page instead of asking it. */
    public boolean onWebsite() {
        return closurePage.isPresent();
    }

    /** Opens the exchange's closure page; when the person comes back, the status shows whether the account still answers. */
    public void openClosurePage() {
        closurePage.ifPresent(page -> {
            message.set(messages.get("ui.confirm.website.opened", account.exchangeName()));
            account.handOff().open(page, toStatus);
        });
    }

    public String exchangeName() {
        return account.exchangeName();
    }

    public StringProperty typedEmailProperty() {
        return typedEmail;
    }

    public BooleanBinding emailMatchesProperty() {
        return emailMatches;
    }

    public BooleanBinding canConfirmProperty() {
        return canConfirm;
    }

    public ObservableList<String> losses() {
        return losses;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return work.workingProperty();
    }
}
