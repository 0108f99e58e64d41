package dev.closeout.ui.account;

import dev.closeout.closure.AccountChanges;
import dev.closeout.closure.AccountCheck;
import dev.closeout.closure.ClosureService;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.i18n.Messages;
import dev.closeout.i18n.Reasons;
import dev.closeout.ui.desktop.Browser;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The account as the app last read it, shared by every page: one fresh, complete check after
 * every action, never a half-updated account.
 */
public final class AccountState {

    private final ClosureService service;
    private final UiExecutors executors;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<AccountCheck> check = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<AccountChanges> unasked = new ReadOnlyObjectWrapper<>();
    private final HandOff handOff;

    /** {@code browser} opens the exchange's website for what Closeout cannot do there ({@link #handOff()}). */
    public AccountState(ClosureService service, UiExecutors executors, Messages messages, Browser browser) {
        this.service = service;
        this.executors = executors;
        this.messages = messages;
        this.handOff = new HandOff(this, browser);
    }

    public ClosureService service() {
        return service;
    }

    public UiExecutors executors() {
        return executors;
    }

    public Messages messages() {
        return messages;
    }

    /** The exchange's name, as people know it ("Binance"). */
    public String exchangeName() {
        return messages.get("exchange." + service.exchangeId());
    }

    /** The way to the exchange's website and back. */
    public HandOff handOff() {
        return handOff;
    }

    public ReadOnlyObjectProperty<AccountCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }

    public AccountCheck check() {
        return check.get();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** What changed by itself between the last two readings (time passed, a deposit landed), each time something did. */
    public ReadOnlyObjectProperty<AccountChanges> unaskedProperty() {
        return unasked.getReadOnlyProperty();
    }

    /** What went wrong on the last read, in plain words; empty when it went well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void refresh() {
        refresh(c -> { });
    }

    /** Reads the account again in the background, then tells {@code then}; what changed by itself is told ({@link #unaskedProperty()}). */
    public void refresh(Consumer<AccountCheck> then) {
        refresh(false, then);
    }

    /** Reads the account again after the person's own change: what changed is what they asked for, and nothing is told. */
    public void refreshAfterChange() {
        refreshAfterChange(c -> { });
    }

    /** The same, then tells {@code then}. */
    public void refreshAfterChange(Consumer<AccountCheck> then) {
        refresh(true, then);
    }

    private void refresh(boolean asked, Consumer<AccountCheck> then) {
        loading.set(true);
        executors.run(service::check, result -> {
            loading.set(false);
            error.set("");
            AccountCheck before = check.get();
            check.set(result);
            if (before != null && !asked) {
                AccountChanges changes = AccountChanges.between(before, result);
                if (!changes.none()) {
                    unasked.set(changes);
                }
            }
            then.accept(result);
        }, failure -> {
            loading.set(false);
            error.set(describe(failure));
        });
    }

    /** The account as read before there was a page to show it (as the app opened): its first reading, unless one is in. */
    public void readBefore(AccountCheck read) {
        if (check.get() == null && !loading.get()) {
            check.set(read);
        }
    }

    /** A failure in the user's words, never a stack trace. */
    public String describe(Exception failure) {
        return describe(messages, failure);
    }

    /** The same, for a ViewModel that talks to an exchange before there is an account to share. */
    public static String describe(Messages messages, Exception failure) {
        if (failure instanceof ExchangeException e) {
            return messages.say(e);
        }
        return messages.get("ui.error.unexpected", Reasons.of(failure));
    }
}
