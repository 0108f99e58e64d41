package dev.closeout.ui.account;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * How a page does its work, held by each ViewModel that talks to the exchange: run the work in the
 * background while the page shows busy, word a failure in the person's words, read the account
 * again after a change, and always leave busy. A ViewModel exposes these properties through its
 * own accessors.
 */
public final class PageWork {

    private final AccountState account;
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public PageWork(AccountState account) {
        this.account = account;
        busy.bind(working.or(account.loadingProperty()));
        account.errorProperty().addListener((obs, old, text) -> error.set(text));
    }

    /** Reads the account again; a read that goes well clears the last failure. */
    public void readAgain() {
        account.refresh(check -> error.set(""));
    }

    /** Runs a change to the account, tells {@code done} its answer, then reads the account again. */
    public <T> void change(Callable<T> work, Consumer<T> done) {
        change(work, done, () -> { });
    }

    /** The same; {@code undone} tidies what the page showed for a change that failed half-way. */
    public <T> void change(Callable<T> work, Consumer<T> done, Runnable undone) {
        run(work, result -> {
            done.accept(result);
            account.refreshAfterChange(check -> error.set(""));
        }, text -> {
            undone.run();
            error.set(text);
        });
    }

    /** Asks the exchange something in the background while working; its answer goes to {@code done}, a failure to the page's error. */
    public <T> void ask(Callable<T> work, Consumer<T> done) {
        run(work, done, error::set);
    }

    /** Runs {@code work} in the background while working; its answer goes to {@code done}, a failure, worded, to {@code failed}. */
    public <T> void run(Callable<T> work, Consumer<T> done, Consumer<String> failed) {
        working.set(true);
        account.executors().run(work, result -> {
            working.set(false);
            done.accept(result);
        }, failure -> {
            working.set(false);
            failed.accept(account.describe(failure));
        });
    }

    /** A failure of work that did not go through {@link #run}, shown as the page's error. */
    public void failed(Exception failure) {
        working.set(false);
        error.set(account.describe(failure));
    }

    /** This page's own work is under way. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** This page's work, or a read of the account, is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What went wrong last, in plain words; empty when nothing did. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
