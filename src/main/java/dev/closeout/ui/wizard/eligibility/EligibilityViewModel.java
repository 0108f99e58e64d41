package dev.closeout.ui.wizard.eligibility;

import dev.closeout.closure.AccountCheck;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.ConditionResult;
import dev.closeout.closure.Finding;
import dev.closeout.closure.FixChoice;
import dev.closeout.closure.ReadinessReport;
import dev.closeout.closure.ReportWording;
import dev.closeout.closure.Review;
import dev.closeout.closure.Reviews;
import dev.closeout.closure.Withdrawals;
import dev.closeout.exchange.AccountAction;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.desktop.DialogService;
import dev.closeout.ui.account.PageWork;
import dev.closeout.ui.withdrawal.WithdrawalFormViewModel;
import dev.closeout.ui.wizard.StepViewModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The readiness check: the seven conditions with their findings, a button per fix (reviewed
 * first where money moves), "Fix everything that can be fixed now" with a live list of
 * results, and "Check again". Valid when every condition is met.
 */
public final class EligibilityViewModel implements StepViewModel {

    private final AccountState account;
    private final ClosureService service;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReportWording wording;
    private final ObservableList<ConditionRow> conditions = FXCollections.observableArrayList();
    private final ObservableList<String> results = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final PageWork work;
    private final ReadOnlyStringWrapper handOffNote = new ReadOnlyStringWrapper("");

    public EligibilityViewModel(AccountState account, DialogService dialogs) {
        this.account = account;
        this.service = account.service();
        this.dialogs = dialogs;
        this.messages = account.messages();
        this.wording = new ReportWording(messages);
        this.work = new PageWork(account);
        account.checkProperty().addListener((obs, old, check) -> show(check));
        show(account.check());
    }

    @Override
    public void entered() {
        checkAgain();
    }

    /** Reads the account again and shows what stands in the way now. */
    public void checkAgain() {
        work.readAgain();
    }

    private void show(AccountCheck check) {
        if (check == null) {
            return;
        }
        ReadinessReport report = check.report();
        LocalDate today = ReportWording.dayOf(report);
        List<ConditionRow> rows = new ArrayList<>();
        for (ConditionResult result : report.conditions()) {
            List<FindingRow> findings = result.findings().stream()
                    .map(f -> new FindingRow(f, wording.item(f), wording.fix(f, today), service.choices(f, check.snapshot()))).toList();
            rows.add(new ConditionRow(result.condition(), wording.condition(result.condition()), result.met(), findings));
        }
        conditions.setAll(rows);
        boolean handedOver = rows.stream().flatMap(r -> r.findings().stream()).anyMatch(r -> r.choices().contains(FixChoice.OPEN_ON_EXCHANGE));
        handOffNote.set(handedOver ? messages.get("ui.eligibility.handOff", account.exchangeName()) : "");
        valid.set(report.eligible());
        summary.set(report.eligible() ? messages.get("ui.eligibility.allMet")
                : messages.get("check.blockers", report.blockers().size(), wording.usd(report.usdValueHeld())));
    }

    /** Runs one of a finding's fixes, asking first where money moves or something cannot be undone; or opens the exchange's page for it. */
    public void fix(FindingRow row, FixChoice choice) {
        Finding f = row.finding();
        if (choice == FixChoice.OPEN_ON_EXCHANGE) {
            service.pageFor(f).ifPresent(page -> account.handOff().open(page));
            return;
        }
        if (choice == FixChoice.WITHDRAW) {
            throw new IllegalArgumentException("a withdrawal needs its form: use withdrawalForm(...)");
        }
        AccountCheck check = account.check();
        AccountAction action = service.actionFor(f, choice, check.snapshot());
        Optional<Review> review = new Reviews(check.snapshot()).of(action);
        if (review.isPresent() && !dialogs.review(review.get())) {
            return;
        }
        perform(action);
    }

    /**
     * The withdrawal form for a finding's balance, once the exchange has said which networks take it; told to {@code then}.
     * Its amount is what is free to withdraw (Spot and Funding together): what orders hold stays out of it.
     */
    public void withdrawalForm(FindingRow row, Consumer<WithdrawalFormViewModel> then) {
        Finding f = row.finding();
        BigDecimal free = Withdrawals.withdrawable(account.check().snapshot()).getOrDefault(f.asset(), BigDecimal.ZERO);
        account.executors().run(() -> service.withdrawalNetworks(f.asset()),
                networks -> then.accept(new WithdrawalFormViewModel(account, f.asset(), networks, free)), work::failed);
    }

    /** Sends the form's withdrawal after its review (amount, fee, what arrives, the address and network); nothing while it cannot be sent. */
    public void withdraw(WithdrawalFormViewModel form) {
        if (form.canSendProperty().get() && dialogs.review(form.review())) {
            perform(form.withdrawal());
        }
    }

    private void perform(AccountAction action) {
        work.change(() -> service.perform(action), result -> results.add(0, wording.outcome(result)));
    }

    /** Runs every fix that needs no yes from the user, in order, listing each result as it comes. */
    public void fixEverything() {
        results.add(0, messages.get("ui.eligibility.fixAll.started"));
        work.change(() -> service.fixEverythingSafe(
                attempt -> account.executors().fx().execute(() -> results.add(0, wording.outcome(attempt.result())))),
                attempts -> results.add(0, messages.get("ui.eligibility.fixAll.done", attempts.size())));
    }

    public ObservableList<ConditionRow> conditions() {
        return conditions;
    }

    /** What the fixes answered, newest first. */
    public ObservableList<String> results() {
        return results;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return work.errorProperty();
    }

    /** What the exchange lets Closeout do and what opens on its website; empty when Closeout does every fix itself. */
    public ReadOnlyStringProperty handOffNoteProperty() {
        return handOffNote.getReadOnlyProperty();
    }

    public String choiceLabel(FindingRow row, FixChoice choice) {
        return choice == FixChoice.PERFORM ? row.fix() : messages.get("ui.eligibility.choice." + choice.name(), account.exchangeName());
    }

    @Override
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }
}
