package dev.closeout.ui.plan;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.closure.AccountCheck;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.ReportWording;
import dev.closeout.closure.Review;
import dev.closeout.closure.Reviews;
import dev.closeout.closure.plan.Choice;
import dev.closeout.closure.plan.Destination;
import dev.closeout.closure.plan.ExitPlan;
import dev.closeout.closure.plan.PlanWording;
import dev.closeout.closure.plan.Step;
import dev.closeout.closure.plan.Totals;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.WebPage;
import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.desktop.DialogService;
import dev.closeout.ui.account.PageWork;
import dev.closeout.ui.account.Result;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The exit plan of the account as last read: where the money goes (each asset to the person's own
 * address, or everything as one asset on one network) and whether trades are allowed, the steps on a
 * timeline with the totals beside the naive way's, and "Run the next step". That runs the first step
 * whose time has come through {@link ClosureService}, asking first where money moves, or opens the
 * exchange's page for a step Closeout may not do there; the account is read again after every step, or
 * on return from the website, and the plan made again from it. A step the exchange refused or has under
 * way is not asked again.
 */
public final class ExitPlanViewModel {

    /** Where the money goes. */
    public enum Where { EACH_TO_ITS_OWN, ALL_AS_ONE }

    /** The assets people most often leave with; their networks are what "everything as one asset" offers. */
    private static final List<String> TARGETS = List.of("USDT", "USDC", "BTC", "ETH", "BNB");

    private final AccountState account;
    private final ClosureService service;
    private final DialogService dialogs;
    private final Clock clock;
    private final Messages messages;
    private final PlanWording words;
    private final ReportWording wording;
    private final PageWork work;
    private final ObjectProperty<Where> where = new SimpleObjectProperty<>(Where.EACH_TO_ITS_OWN);
    private final ObjectProperty<WithdrawalNetwork> target = new SimpleObjectProperty<>();
    private final BooleanProperty trading = new SimpleBooleanProperty(true);
    private final StringProperty address = new SimpleStringProperty("");
    private final ObservableList<WithdrawalNetwork> targets = FXCollections.observableArrayList();
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Totals> totals = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Totals> naive = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper naiveSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saving = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper prices = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rules = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper runLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Step> nextStep = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canRun = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper needsAddress = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** What the exchange was asked and did not do at once (refused, or under way): not asked again. */
    private final Set<AccountAction> asked = new HashSet<>();
    private ExitPlan plan;
    private boolean entered;
    private int planning;

    /** {@code clock} is the exchange's: a step runs once its time has come there. */
    public ExitPlanViewModel(AccountState account, DialogService dialogs, Clock clock) {
        this.account = account;
        this.service = account.service();
        this.dialogs = dialogs;
        this.clock = clock;
        this.messages = account.messages();
        this.words = new PlanWording(messages);
        this.wording = new ReportWording(messages);
        this.work = new PageWork(account);
        work.errorProperty().addListener((obs, old, text) -> error.set(text));
        account.checkProperty().addListener((obs, old, check) -> replan());
        where.addListener((obs, old, now) -> replan());
        target.addListener((obs, old, now) -> replan());
        trading.addListener((obs, old, now) -> replan());
    }

    /** The page is opened: the destinations are read once, the account afresh, and the plan made from it. */
    public void entered() {
        entered = true;
        if (targets.isEmpty()) {
            work.run(() -> {
                List<WithdrawalNetwork> found = new ArrayList<>();
                for (String asset : TARGETS) {
                    found.addAll(service.withdrawalNetworks(asset));
                }
                return found;
            }, found -> {
                targets.setAll(found);
                if (target.get() == null && !found.isEmpty()) {
                    target.set(found.get(0));
                }
            }, error::set);
        }
        work.readAgain();
    }

    private Choice choice() {
        WithdrawalNetwork one = target.get();
        Destination destination = where.get() == Where.ALL_AS_ONE && one != null ? Destination.to(one.asset(), one.network())
                : Destination.anywhere();
        return new Choice(destination, trading.get());
    }

    /** The plan made again from the account as last read, in the background; a plan overtaken by a newer one is not shown. */
    private void replan() {
        AccountCheck check = account.check();
        if (!entered || check == null) {
            return;
        }
        AccountSnapshot snapshot = check.snapshot();
        Choice choice = choice();
        int mine = ++planning;
        work.run(() -> service.exitPlan(snapshot, choice), made -> {
            if (mine == planning) {
                error.set("");
                show(made);
            }
        }, error::set);
    }

    private void show(ExitPlan made) {
        plan = made;
        Optional<Step> first = nextStep();
        List<StepRow> rows = new ArrayList<>();
        for (Step s : made.steps()) {
            rows.add(new StepRow(words.when(s), words.step(s), words.money(s), first.map(s::equals).orElse(false),
                    s.action() == Step.Action.LEAVE, s.perform() != null && asked.contains(s.perform())));
        }
        steps.setAll(rows);
        totals.set(made.totals());
        naive.set(made.naive().totals());
        summary.set(words.totals(made.totals()));
        naiveSummary.set(words.naive(made.naive().totals()));
        saving.set(words.saving(made));
        prices.set(words.pricesAsOf(made));
        rules.set(words.rules(made));
        describeNext(first);
    }

    private Optional<Step> nextStep() {
        return plan == null ? Optional.empty() : plan.next(clock.instant(), s -> asked.contains(s.perform()));
    }

    /** The next step in words; when none can run yet, when the next one can; the button's label for where it runs. */
    private void describeNext(Optional<Step> first) {
        nextStep.set(first.orElse(null));
        canRun.set(first.isPresent());
        URI page = first.flatMap(s -> service.pageFor(new WebPage.ForAction(s.perform()))).orElse(null);
        needsAddress.set(first.filter(s -> s.action() == Step.Action.WITHDRAW && page == null).isPresent());
        runLabel.set(page == null ? messages.get("ui.plan.run") : messages.get("ui.eligibility.choice.OPEN_ON_EXCHANGE", account.exchangeName()));
        if (first.isPresent()) {
            next.set(messages.get("ui.plan.next", words.step(first.get())));
            return;
        }
        Optional<Step> later = plan.steps().stream().filter(Step::runnable).filter(s -> !asked.contains(s.perform()))
                .filter(s -> s.notBefore() != null).findFirst();
        next.set(later.map(s -> messages.get("ui.plan.next.later", words.when(s), words.step(s)))
                .orElseGet(() -> messages.get("ui.plan.next.none")));
    }

    /**
     * Runs the next step: opens its page where the exchange has the person do it there; otherwise, for a
     * withdrawal, checks its address first; asks where money moves; then has the exchange do it.
     */
    public void runNext() {
        Optional<Step> first = nextStep();
        if (first.isEmpty()) {
            return;
        }
        Step step = first.get();
        Optional<URI> page = service.pageFor(new WebPage.ForAction(step.perform()));
        if (page.isPresent()) {
            account.handOff().open(page.get());
            return;
        }
        if (!(step.perform() instanceof AccountAction.Withdraw w)) {
            confirmAndPerform(step, step.perform());
            return;
        }
        String to = Objects.requireNonNullElse(address.get(), "").strip();
        if (to.isEmpty()) {
            result.set(Result.refused(messages.get("ui.plan.address.missing", w.asset(), step.network().name())));
            return;
        }
        work.run(() -> service.addressProblem(w.asset(), w.network(), to), problem -> {
            if (problem.isPresent()) {
                String messageKey = problem.get();
                result.set(Result.of(new ActionResult(ActionResult.Outcome.REFUSED, messageKey, List.of(step.network().name())), wording));
            } else {
                confirmAndPerform(step, new AccountAction.Withdraw(w.asset(), w.network(), to, w.amount()));
            }
        }, error::set);
    }

    /** Reviewed first where money moves, as everywhere in the app; what the exchange did not do at once is not asked again. */
    private void confirmAndPerform(Step step, AccountAction action) {
        Optional<Review> review = new Reviews(account.check().snapshot()).of(action, Optional.ofNullable(step.network()));
        if (review.isPresent() && !dialogs.review(review.get())) {
            return;
        }
        work.change(() -> service.perform(action), answer -> {
            result.set(Result.of(answer, wording));
            if (answer.outcome() != ActionResult.Outcome.DONE) {
                asked.add(step.perform());
            }
            if (answer.accepted() && step.action() == Step.Action.WITHDRAW) {
                address.set("");
            }
        });
    }

    public ObjectProperty<Where> whereProperty() {
        return where;
    }

    /** The asset and network everything goes as, when {@link Where#ALL_AS_ONE}. */
    public ObjectProperty<WithdrawalNetwork> targetProperty() {
        return target;
    }

    /** The networks "everything as one asset" can go on: those of USDT, USDC, BTC, ETH and BNB the exchange has. */
    public ObservableList<WithdrawalNetwork> targets() {
        return targets;
    }

    public BooleanProperty tradingProperty() {
        return trading;
    }

    /** The address the next withdrawal goes to, typed by the person. */
    public StringProperty addressProperty() {
        return address;
    }

    public ObservableList<StepRow> steps() {
        return steps;
    }

    public ReadOnlyObjectProperty<Totals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** The totals of each asset withdrawn alone on its default network. */
    public ReadOnlyObjectProperty<Totals> naiveProperty() {
        return naive.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty naiveSummaryProperty() {
        return naiveSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** "Prices as of …: estimates". */
    public ReadOnlyStringProperty pricesProperty() {
        return prices.getReadOnlyProperty();
    }

    /** Whose figures these are: withdrawals the exchange's, the rest typical. */
    public ReadOnlyStringProperty rulesProperty() {
        return rules.getReadOnlyProperty();
    }

    /** The next step in words, or when the next can run, or that none is left. */
    public ReadOnlyStringProperty nextProperty() {
        return next.getReadOnlyProperty();
    }

    /** "Run the next step", or "Open on Binance" where the exchange has the person do it there. */
    public ReadOnlyStringProperty runLabelProperty() {
        return runLabel.getReadOnlyProperty();
    }

    /** The step "Run the next step" runs; null when none can run now. */
    public ReadOnlyObjectProperty<Step> nextStepProperty() {
        return nextStep.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRunProperty() {
        return canRun.getReadOnlyProperty();
    }

    /** The next step is a withdrawal Closeout sends: it needs the address. */
    public ReadOnlyBooleanProperty needsAddressProperty() {
        return needsAddress.getReadOnlyProperty();
    }

    /** What the exchange said to the last step run. */
    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    /** What went wrong last (reading, planning, a step), in plain words; empty when nothing did. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
