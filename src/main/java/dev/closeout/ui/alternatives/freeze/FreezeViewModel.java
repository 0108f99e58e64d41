package dev.closeout.ui.alternatives.freeze;

import dev.closeout.account.AccountStatus;
import dev.closeout.closure.AccountCheck;
import dev.closeout.closure.ReportWording;
import dev.closeout.closure.Reviews;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.WebPage;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.account.PageWork;
import dev.closeout.ui.account.Result;
import dev.closeout.ui.desktop.DialogService;
import dev.closeout.ui.wizard.verification.VerificationViewModel;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Freeze through support: why, what it means, security verification, then the request; once
 * frozen, unfreezing needs a fresh verification too. The account's status is the exchange's.
 */
public final class FreezeViewModel {

    /** Why a person freezes an account: support asks, and it tells them how urgent it is. */
    public enum Reason { SECURITY_WORRY, LOST_DEVICE, TAKING_A_BREAK, OTHER }

    private final AccountState account;
    private final Messages messages;
    private final DialogService dialogs;
    private final VerificationViewModel verification;
    private final ObjectProperty<Reason> reason = new SimpleObjectProperty<>();
    private final StringProperty details = new SimpleStringProperty("");
    private final BooleanProperty understood = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<AccountStatus> status = new ReadOnlyObjectWrapper<>();
    private final PageWork work;
    private final ReadOnlyObjectWrapper<Result> message = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding busy;
    private final BooleanBinding canFreeze;
    private final BooleanBinding canUnfreeze;
    private final List<String> consequences;

    /** {@code clock} is the exchange's: verification's resend pauses and lockouts are counted in its time. */
    public FreezeViewModel(AccountState account, Clock clock, DialogService dialogs) {
        this.account = account;
        this.dialogs = dialogs;
        this.messages = account.messages();
        this.verification = new VerificationViewModel(account, clock);
        this.work = new PageWork(account);
        busy = work.workingProperty().or(verification.busyProperty());
        canFreeze = Bindings.createBooleanBinding(() -> status.get() == AccountStatus.ACTIVE && reason.get() != null
                && understood.get() && verification.validProperty().get() && !busy.get(),
                status, reason, understood, verification.validProperty(), busy);
        canUnfreeze = Bindings.createBooleanBinding(() -> status.get() == AccountStatus.FROZEN
                && verification.validProperty().get() && !busy.get(), status, verification.validProperty(), busy);
        consequences = List.of(messages.get("ui.alternatives.freeze.noLogIn"), messages.get("ui.alternatives.freeze.noTrading"),
                messages.get("ui.alternatives.freeze.recordsKept"), messages.get("ui.alternatives.freeze.unfreeze"));
        // The exchange decides what a freeze asks for by its reason: who lost their phone is asked only for what they still have.
        reason.addListener((obs, old, why) -> {
            if (why != null) {
                verification.askFor(() -> account.service().verificationForFreeze(why.name()));
            }
        });
        // Unfreezing is support's own check: every method switched on.
        status.addListener((obs, old, now) -> {
            if (now == AccountStatus.FROZEN) {
                verification.askFor(() -> account.service().requiredVerification());
            }
        });
        account.checkProperty().addListener((obs, old, check) -> show(check));
        show(account.check());
    }

    private void show(AccountCheck check) {
        if (check != null) {
            status.set(check.snapshot().profile().status());
        }
    }

    public ReadOnlyObjectProperty<AccountStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The flow is opened: the account and the verification as they are now. */
    public void entered() {
        account.refresh();
        verification.entered();
    }

    public List<Reason> reasons() {
        return Arrays.asList(Reason.values());
    }

    public String reasonText(Reason r) {
        return messages.get("ui.alternatives.freeze.reason." + r.name());
    }

    public ObjectProperty<Reason> reasonProperty() {
        return reason;
    }

    /** Asks support to freeze the account, with the reason given, once its review is confirmed. */
    public void requestFreeze() {
        if (!canFreeze.get() || !dialogs.review(Reviews.freeze(reasonText(reason.get())))) {
            return;
        }
        String why = reason.get().name() + (details.get().isBlank() ? "" : ": " + details.get().strip());
        request(() -> account.service().requestFreeze(why));
    }

    public BooleanBinding canFreezeProperty() {
        return canFreeze;
    }

    /** Anything more the person wants support to know; optional. */
    public StringProperty detailsProperty() {
        return details;
    }

    /** Asks support to unfreeze the account. */
    public void requestUnfreeze() {
        if (!canUnfreeze.get()) {
            return;
        }
        request(() -> account.service().requestUnfreeze());
    }

    public BooleanBinding canUnfreezeProperty() {
        return canUnfreeze;
    }

    /** The person has read what freezing means. */
    public BooleanProperty understoodProperty() {
        return understood;
    }

    private void request(Callable<ActionResult> call) {
        work.run(call, result -> {
            message.set(Result.of(result, new ReportWording(messages)));
            if (result.accepted()) {
                understood.set(false);
                // The request spent the verification: the next one needs fresh codes.
                account.refreshAfterChange(check -> verification.startOver());
            } else {
                account.refreshAfterChange(check -> verification.entered());
            }
        }, failed -> message.set(Result.refused(failed)));
    }

    /** The exchange's answer to the last request, or why it did not go; null before any. */
    public ReadOnlyObjectProperty<Result> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding busyProperty() {
        return busy;
    }

    /** The exchange freezes accounts only on its website (Binance calls it "Disable account"): this flow opens it there. */
    public boolean onWebsite() {
        return account.service().pageFor(WebPage.Account.FREEZE).isPresent();
    }

    public String exchangeName() {
        return account.exchangeName();
    }

    /** Opens the exchange's page where the person disables the account themselves. */
    public void openFreezePage() {
        account.service().pageFor(WebPage.Account.FREEZE).ifPresent(page -> account.handOff().open(page));
    }

    /** What freezing means, by the exchanges' typical rules. */
    public List<String> consequences() {
        return consequences;
    }

    /** Opens the exchange's support, which undoes a freeze (and helps when the account cannot be reached). */
    public void openSupport() {
        account.service().pageFor(WebPage.Account.SUPPORT).ifPresent(page -> account.handOff().open(page));
    }

    public VerificationViewModel verification() {
        return verification;
    }
}
