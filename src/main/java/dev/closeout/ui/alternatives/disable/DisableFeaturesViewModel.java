package dev.closeout.ui.alternatives.disable;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.OpenOrder;
import dev.closeout.account.Position;
import dev.closeout.account.Wallet;
import dev.closeout.closure.AccountCheck;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.ReportWording;
import dev.closeout.closure.Reviews;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.WebPage;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.alternatives.disable.FeatureRow.Feature;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.desktop.DialogService;
import dev.closeout.ui.account.PageWork;
import dev.closeout.ui.account.Result;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Disable non-essential features: a checklist of API keys, recurring plans, open orders and
 * the futures account, nothing ticked until the person ticks it, each runnable alone or all
 * ticked at once, with the exchange's answer per line. Every run is reviewed first, listing each
 * step: deleting a key, or closing a futures position at the market price, cannot be undone.
 */
public final class DisableFeaturesViewModel {

    private static final Set<Wallet> FUTURES = EnumSet.of(Wallet.USDM_FUTURES, Wallet.COINM_FUTURES);
    /** The exchange's answer when there is no futures account left to close: the goal is reached. */
    private static final String FUTURES_ALREADY_CLOSED = "action.futures.alreadyClosed";

    private final AccountState account;
    private final ClosureService service;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReportWording wording;
    private final List<FeatureRow> rows;
    private final PageWork work;

    public DisableFeaturesViewModel(AccountState account, DialogService dialogs) {
        this.account = account;
        this.dialogs = dialogs;
        this.messages = account.messages();
        this.service = account.service();
        this.wording = new ReportWording(messages);
        this.rows = Arrays.stream(Feature.values()).map(f -> new FeatureRow(f, title(f))).toList();
        this.work = new PageWork(account);
        account.checkProperty().addListener((obs, old, check) -> show(check));
        show(account.check());
    }

    public void entered() {
        work.readAgain();
    }

    private String title(Feature feature) {
        return switch (feature) {
            case API_KEYS -> messages.get("ui.alternatives.disable.apiKeys");
            case RECURRING_PLANS -> messages.get("ui.alternatives.disable.plans");
            case OPEN_ORDERS -> messages.get("ui.alternatives.disable.orders");
            case FUTURES -> messages.get("ui.alternatives.disable.futures");
        };
    }

    private void show(AccountCheck check) {
        if (check == null) {
            return;
        }
        AccountSnapshot s = check.snapshot();
        for (FeatureRow row : rows) {
            List<AccountAction> plan = plan(row.feature(), s);
            List<URI> pages = plan.stream().map(this::page).flatMap(Optional::stream).toList();
            row.setPage(pages.isEmpty() ? null : pages.get(0), !pages.isEmpty() && pages.size() == plan.size());
            row.setNothingLeft(nothingLeft(row.feature(), s));
            row.setDetail(switch (row.feature()) {
                case API_KEYS -> s.apiKeys().isEmpty() ? messages.get("ui.alternatives.disable.noKeys")
                        : messages.get("ui.alternatives.disable.keys", s.apiKeys().size(),
                                s.apiKeys().stream().map(k -> k.label()).collect(Collectors.joining(", ")));
                case RECURRING_PLANS -> s.recurringPlans().isEmpty() ? messages.get("ui.alternatives.disable.noPlans")
                        : messages.get("ui.alternatives.disable.planList", s.recurringPlans().size(),
                                s.recurringPlans().stream().map(p -> p.id() + " (" + p.asset() + ")").collect(Collectors.joining(", ")));
                case OPEN_ORDERS -> s.openOrders().isEmpty() ? messages.get("ui.alternatives.disable.noOrders")
                        : messages.get("ui.alternatives.disable.orderCount",
                                s.openOrders().stream().filter(o -> o.type() != OpenOrder.Type.GRID).count(),
                                s.openOrders().stream().filter(o -> o.type() == OpenOrder.Type.GRID).count());
                case FUTURES -> {
                    long balances = s.balances().stream().filter(b -> FUTURES.contains(b.wallet()) && b.held().signum() != 0).count();
                    yield futuresPositions(s).isEmpty() && futuresOrders(s).isEmpty() && balances == 0
                            ? messages.get("ui.alternatives.disable.noFutures")
                            : messages.get("ui.alternatives.disable.futuresCount", futuresPositions(s).size(), futuresOrders(s).size(), balances);
                }
            });
        }
    }

    /** Nothing of the feature is left: its line has nothing to run. */
    private static boolean nothingLeft(Feature feature, AccountSnapshot s) {
        return switch (feature) {
            case API_KEYS -> s.apiKeys().isEmpty();
            case RECURRING_PLANS -> s.recurringPlans().isEmpty();
            case OPEN_ORDERS -> s.openOrders().isEmpty();
            case FUTURES -> futuresPositions(s).isEmpty() && futuresOrders(s).isEmpty()
                    && s.balances().stream().noneMatch(b -> FUTURES.contains(b.wallet()));
        };
    }

    private static List<Position> futuresPositions(AccountSnapshot s) {
        return s.positions().stream().filter(p -> FUTURES.contains(p.wallet())).toList();
    }

    private static List<OpenOrder> futuresOrders(AccountSnapshot s) {
        return s.openOrders().stream().filter(o -> FUTURES.contains(o.market()) && o.type() != OpenOrder.Type.GRID).toList();
    }

    /** Switches off one feature. */
    public void run(FeatureRow row) {
        run(List.of(row));
    }

    /** Switches off every ticked feature Closeout can, in the checklist's order; what only the website does has its own button. */
    public void runSelected() {
        run(rows.stream().filter(r -> r.selectedProperty().get() && !r.onlyOnWebsiteProperty().get()
                && !r.nothingLeftProperty().get()).toList());
    }

    private void run(List<FeatureRow> chosen) {
        if (chosen.isEmpty() || work.workingProperty().get() || account.check() == null) {
            return;
        }
        AccountSnapshot now = account.check().snapshot();
        List<AccountAction> steps = chosen.stream().flatMap(r -> plan(r.feature(), now).stream())
                .filter(a -> page(a).isEmpty()).toList();
        if (!steps.isEmpty() && !dialogs.review(new Reviews(now).disabling(steps))) {
            return;
        }
        chosen.forEach(r -> r.setResult(Result.note(messages.get("ui.alternatives.disable.working"))));
        work.change(() -> {
            for (FeatureRow row : chosen) {
                // Each line is planned on the account as it is when its turn comes: the line before may have changed it.
                List<AccountAction> plan = plan(row.feature(), service.check().snapshot());
                List<String> answers = new ArrayList<>();
                boolean ok = true;
                boolean onWebsite = false;
                for (AccountAction action : plan) {
                    if (page(action).isPresent()) {
                        ok = false;
                        onWebsite = true;
                        continue;
                    }
                    ActionResult result = service.perform(action);
                    boolean good = result.accepted() || FUTURES_ALREADY_CLOSED.equals(result.messageKey());
                    ok &= good;
                    answers.add((good ? "\u2713 " : "\u2717 ") + wording.answer(result));
                }
                if (plan.isEmpty()) {
                    answers.add("\u2713 " + alreadyDone(row.feature()));
                }
                if (onWebsite) {
                    answers.add("\u2717 " + messages.get("ui.alternatives.disable.onWebsite", account.exchangeName()));
                }
                Result answered = new Result(ok ? Result.Outcome.ACCEPTED : Result.Outcome.REFUSED, String.join("\n", answers));
                account.executors().fx().execute(() -> row.setResult(answered));
            }
            return chosen.size();
        }, done -> { }, () -> chosen.stream().filter(r -> r.resultProperty().get().outcome() == Result.Outcome.NOTE)
                .forEach(r -> r.setResult(null)));
    }

    /** The exchange's page where the person does {@code action} themselves; empty when Closeout does it. */
    private Optional<URI> page(AccountAction action) {
        return service.pageFor(new WebPage.ForAction(action));
    }

    /** Opens the exchange's page for what it lets the person switch off only there. */
    public void openPage(FeatureRow row) {
        if (row.pageProperty().get() != null) {
            account.handOff().open(row.pageProperty().get());
        }
    }

    /** "Open on Binance". */
    public String openLabel() {
        return messages.get("ui.eligibility.choice.OPEN_ON_EXCHANGE", account.exchangeName());
    }

    /** What switching a feature off asks of the exchange, for the account as it is now: open futures positions close first. */
    static List<AccountAction> plan(Feature feature, AccountSnapshot s) {
        List<AccountAction> plan = new ArrayList<>();
        switch (feature) {
            case API_KEYS -> s.apiKeys().forEach(k -> plan.add(new AccountAction.DeleteApiKey(k.label())));
            case RECURRING_PLANS -> s.recurringPlans().forEach(p -> plan.add(new AccountAction.CancelRecurringPlan(p.id())));
            case OPEN_ORDERS -> {
                if (s.openOrders().stream().anyMatch(o -> o.type() != OpenOrder.Type.GRID)) {
                    plan.add(new AccountAction.CancelAllOrders());
                }
                s.openOrders().stream().filter(o -> o.type() == OpenOrder.Type.GRID)
                        .forEach(o -> plan.add(new AccountAction.StopBot(o.id())));
            }
            case FUTURES -> {
                futuresPositions(s).stream().map(Position::wallet).distinct()
                        .forEach(w -> plan.add(new AccountAction.ClosePosition(w, null)));
                futuresOrders(s).forEach(o -> plan.add(new AccountAction.CancelOrder(o.id())));
                plan.add(new AccountAction.CloseFuturesAccount());
            }
        }
        return plan;
    }

    private String alreadyDone(Feature feature) {
        return switch (feature) {
            case API_KEYS -> messages.get("ui.alternatives.disable.noKeys");
            case RECURRING_PLANS -> messages.get("ui.alternatives.disable.noPlans");
            case OPEN_ORDERS -> messages.get("ui.alternatives.disable.noOrders");
            case FUTURES -> "";
        };
    }

    public List<FeatureRow> rows() {
        return rows;
    }

    public FeatureRow row(Feature feature) {
        return rows.get(feature.ordinal());
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return work.errorProperty();
    }
}
