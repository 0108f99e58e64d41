package dev.closeout.ui.wizard.eligibility;

import dev.closeout.closure.AccountCheck;
import dev.closeout.closure.Checklist;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.ConditionResult;
import dev.closeout.closure.EarliestClosing;
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
import dev.closeout.ui.account.HoldWording;
import dev.closeout.ui.account.PageWork;
import dev.closeout.ui.account.Result;
import dev.closeout.ui.account.RowAnswers;
import dev.closeout.ui.withdrawal.WithdrawalFormViewModel;
import dev.closeout.ui.wizard.StepViewModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The readiness check: the seven conditions with their findings, a button per fix that can run
 * now (reviewed first where money moves), each answer at its row, "Fix everything that can be
 * fixed now" as a checklist of what will run, and "Check again". Valid when every condition is met.
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
    private final RowAnswers answers = new RowAnswers();
    private final ReadOnlyStringWrapper earliest = new ReadOnlyStringWrapper("");
    private final HoldWording holds;

    public EligibilityViewModel(AccountState account, DialogService dialogs) {
        this.account = account;
        this.service = account.service();
        this.dialogs = dialogs;
        this.messages = account.messages();
        this.wording = new ReportWording(messages);
        this.work = new PageWork(account);
        this.holds = new HoldWording(messages);
        account.checkProperty().addListener((obs, old, check) -> show(check));
        show(account.check());
    }

    @Override
    public void entered() {
        checkAgain();
    }

    /** Reads the account again and shows what stands in the way now; the answers shown at the rows are put away. */
    public void checkAgain() {
        answers.forget();
        work.readAgain();
        // The account may read the same as before: the rows lose their answers all the same.
        show(account.check());
    }

    private void show(AccountCheck check) {
        if (check == null) {
            return;
        }
        ReadinessReport report = check.report();
        LocalDate today = ReportWording.dayOf(report);
        List<ConditionRow> rows = new ArrayList<>();
        for (ConditionResult result : report.conditions()) {
            List<FindingRow> findings = answers.arrange(result.condition().name(), result.findings()).stream()
                    .map(f -> row(f, !result.findings().contains(f), check, today)).toList();
            rows.add(new ConditionRow(result.condition(), wording.condition(result.condition()), result.met(), findings));
        }
        conditions.setAll(rows);
        boolean handedOver = rows.stream().flatMap(r -> r.findings().stream()).anyMatch(r -> r.choices().contains(FixChoice.OPEN_ON_EXCHANGE));
        handOffNote.set(handedOver ? messages.get("ui.eligibility.handOff", account.exchangeName()) : "");
        valid.set(report.eligible());
        summary.set(report.eligible() ? messages.get("ui.eligibility.allMet")
                : messages.get("check.blockers", report.blockers().size(), wording.usd(report.usdValueHeld())));
        earliest.set(report.eligible() ? "" : EarliestClosing.of(report).map(e -> earliest(e, today)).orElse(""));
    }

    /** "The earliest the account can be closed: 2027-01-27 (in 64 days), waiting on …". */
    private String earliest(EarliestClosing e, LocalDate today) {
        if (e.nothingToWaitFor()) {
            return messages.get("ui.eligibility.earliest.today");
        }
        String dated = e.waitingOn().isEmpty() ? messages.get("ui.eligibility.earliest.today")
                : messages.get("ui.eligibility.earliest", e.date().toString(), ChronoUnit.DAYS.between(today, e.date()),
                        e.waitingOn().stream().map(wording::item).collect(Collectors.joining("; ")));
        return e.undated().isEmpty() ? dated : dated + " " + messages.get("ui.eligibility.earliest.undated",
                e.undated().stream().map(wording::item).collect(Collectors.joining("; ")));
    }

    /** The earliest day the account can be closed and what it waits on; empty once every condition is met. */
    public ReadOnlyStringProperty earliestProperty() {
        return earliest.getReadOnlyProperty();
    }

    /**
     * A finding's row: its buttons, only those that can run now; when none can, why not (what holds it); the answer to
     * what was done with it. A finding gone since its fix keeps its row, with its answer and no buttons.
     */
    private FindingRow row(Finding f, boolean gone, AccountCheck check, LocalDate today) {
        Result answer = answers.of(f).orElse(null);
        if (gone) {
            return new FindingRow(f, wording.item(f), "", List.of(), answer, true);
        }
        // Done once, offered no more until the person checks again: an appeal is never filed twice from here.
        List<FixChoice> choices = answer != null && answer.accepted() ? List.of() : service.choices(f, check.snapshot());
        String fix = choices.isEmpty() ? holds.why(f, check.snapshot()).orElseGet(() -> wording.fix(f, today)) : wording.fix(f, today);
        return new FindingRow(f, wording.item(f), fix, choices, answer, false);
    }

    /** Runs one of a finding's fixes, reviewed first where money moves or something cannot be undone; or opens the exchange's page. */
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
        perform(f, action);
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

    /**
     * Sends the form's withdrawal after its review (amount, fee, what arrives, the address and network); nothing while it
     * cannot be sent. False when it was not sent: the form, as typed, is the person's to correct or cancel.
     */
    public boolean withdraw(FindingRow row, WithdrawalFormViewModel form) {
        if (form.canSendProperty().get() && dialogs.review(form.review())) {
            perform(row.finding(), form.withdrawal());
            return true;
        }
        return false;
    }

    /** Asks the exchange; its answer is shown at the finding's row (and in the list of answers), then the account is read again. */
    private void perform(Finding f, AccountAction action) {
        work.change(() -> service.perform(action), result -> answered(f, Result.of(result, wording)));
    }

    private void answered(Finding f, Result result) {
        if (f != null) {
            answers.answer(f, result);
        }
        // One conversion answers every small balance's line: the list of answers says it once.
        if (results.isEmpty() || !results.get(0).equals(result.text())) {
            results.add(0, result.text());
        }
        show(account.check());
    }

    /**
     * Shows what fixing everything would do, a line per fix with its cost or effect, nothing ticked that forfeits,
     * deletes, tells someone or files a request; runs only what stays ticked, each answer at its row as it comes.
     */
    public void fixEverything() {
        work.ask(() -> service.checklist(f -> true, true), checklist -> {
            if (checklist.lines().isEmpty()) {
                results.add(0, messages.get("ui.eligibility.fixAll.nothing"));
                return;
            }
            List<Checklist.Line> chosen = dialogs.choose(checklist).orElse(List.of());
            if (chosen.isEmpty()) {
                return;
            }
            results.add(0, messages.get("ui.eligibility.fixAll.started"));
            work.change(() -> service.run(chosen, attempt -> account.executors().fx().execute(
                    () -> answered(attempt.line().finding(), Result.of(attempt.result(), wording)))),
                    attempts -> results.add(0, messages.get("ui.eligibility.fixAll.done", attempts.size())));
        });
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
