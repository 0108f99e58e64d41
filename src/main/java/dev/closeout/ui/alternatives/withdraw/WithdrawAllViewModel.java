package dev.closeout.ui.alternatives.withdraw;

import static dev.closeout.ui.withdrawal.WithdrawalFormViewModel.plain;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Wallet;
import dev.closeout.closure.AccountCheck;
import dev.closeout.closure.Checklist;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.Condition;
import dev.closeout.closure.Finding;
import dev.closeout.closure.Fix;
import dev.closeout.closure.FixChoice;
import dev.closeout.closure.ReadinessReport;
import dev.closeout.closure.ReportWording;
import dev.closeout.closure.Reviews;
import dev.closeout.closure.WayOut;
import dev.closeout.closure.Withdrawals;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ActionResult;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.account.HoldWording;
import dev.closeout.ui.desktop.DialogService;
import dev.closeout.ui.account.PageWork;
import dev.closeout.ui.account.Result;
import dev.closeout.ui.account.RowAnswers;
import dev.closeout.ui.withdrawal.WithdrawalFormViewModel;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Withdraw everything and keep the account, in the order that loses least: free what orders,
 * positions, loans and Earn hold; move every wallet's funds to Spot; convert what is too small
 * to leave or sell to BNB; then, per asset, a network and an address (checked as it is typed),
 * the fee, the minimum and what arrives. What still cannot leave is explained with the
 * cheapest way out. The account stays active throughout.
 */
public final class WithdrawAllViewModel {

    private final AccountState account;
    private final ClosureService service;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReportWording wording;
    private final HoldWording holds;
    private final WayOuts wayOuts;
    private final OnWebsite website;
    private final ObservableList<TiedRow> tied = FXCollections.observableArrayList();
    private final PageWork work;
    private final ObservableList<Result> freeResults = FXCollections.observableArrayList();
    private final ObservableList<String> outsideSpot = FXCollections.observableArrayList();
    private final ObservableList<Result> moveResults = FXCollections.observableArrayList();
    private final ObservableList<String> dust = FXCollections.observableArrayList();
    private final ObservableList<Result> dustResults = FXCollections.observableArrayList();
    private final ObservableList<AssetRow> assets = FXCollections.observableArrayList();
    private final ObservableList<String> sent = FXCollections.observableArrayList();
    private final ObservableList<String> remains = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper allOut = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<URI> movePage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<URI> dustPage = new ReadOnlyObjectWrapper<>();
    private final KnownNetworks networks;
    private final RowAnswers answers = new RowAnswers();
    /** The place each asset's card was first shown at. */
    private final Map<String, Integer> assetOrder = new HashMap<>();

    public WithdrawAllViewModel(AccountState account, DialogService dialogs) {
        this.account = account;
        this.messages = account.messages();
        this.wording = new ReportWording(messages);
        this.holds = new HoldWording(messages);
        this.wayOuts = new WayOuts(messages, wording);
        this.service = account.service();
        this.dialogs = dialogs;
        this.website = new OnWebsite(account);
        this.networks = new KnownNetworks(account);
        this.work = new PageWork(account);
        account.checkProperty().addListener((obs, old, check) -> show(check));
        show(account.check());
    }

    public void checkAgain() {
        answers.forget();
        assets.removeIf(AssetRow::hasLeft);
        work.readAgain();
        show(account.check());
    }

    /** The flow is opened: read the account afresh. */
    public void entered() {
        checkAgain();
    }

    private void show(AccountCheck check) {
        if (check == null) {
            return;
        }
        AccountSnapshot snapshot = check.snapshot();
        ReadinessReport report = check.report();
        LocalDate today = ReportWording.dayOf(report);
        List<Finding> tying = report.blockers().stream().filter(Withdrawals::tiesUpFunds).toList();
        tied.setAll(answers.arrange("tied", tying).stream()
                .map(f -> website.tiedRow(f, today, wording).answered(answers.of(f).orElse(null), !tying.contains(f))).toList());
        List<AccountAction.Transfer> transfers = Withdrawals.transfersToSpot(snapshot);
        outsideSpot.setAll(transfers.stream().map(t -> holds.rest(snapshot, t.from(), t.asset())
                .map(rest -> messages.get("ui.alternatives.withdraw.heldRest", plain(t.amount()), t.asset(), wording.wallet(t.from()), rest))
                .orElseGet(() -> messages.get("ui.alternatives.withdraw.held", plain(t.amount()), t.asset(), wording.wallet(t.from()))))
                .toList());
        // The exchange's page for the first wallet: each wallet's page moves its funds the same way.
        movePage.set(transfers.isEmpty() ? null : website.page(transfers.get(0)));
        dustPage.set(website.page(new AccountAction.ConvertDust(Set.of())));
        remains.setAll(report.conditions().stream().filter(c -> c.condition() == Condition.ZERO_BALANCE)
                .flatMap(c -> c.findings().stream()).map(wording::item).toList());
        allOut.set(remains.isEmpty());
        summary.set(remains.isEmpty() ? messages.get("ui.alternatives.withdraw.allOut")
                : messages.get("ui.alternatives.withdraw.remaining", remains.size()));
        if (networks.known(Withdrawals.withdrawable(snapshot).keySet(), () -> show(account.check()), work::failed)) {
            showAssets(snapshot);
        }
    }

    /** What the account still holds, anywhere. */
    public ObservableList<String> remains() {
        return remains;
    }

    /** Nothing remains: every balance is zero. */
    public ReadOnlyBooleanProperty allOutProperty() {
        return allOut.getReadOnlyProperty();
    }

    private void showAssets(AccountSnapshot snapshot) {
        Map<String, AssetRow> existing = new HashMap<>();
        assets.forEach(row -> existing.put(row.asset(), row));
        Map<String, URI> pages = new HashMap<>();
        Withdrawals.withdrawable(snapshot).forEach((asset, amount) ->
                pages.put(asset, website.page(new AccountAction.Withdraw(asset, null, null, amount))));
        List<Withdrawals.AssetOut> ways = Withdrawals.waysOut(snapshot, networks::of, asset -> pages.get(asset) != null);
        List<AssetRow> rows = new ArrayList<>();
        List<String> small = new ArrayList<>();
        for (Withdrawals.AssetOut out : ways) {
            AssetRow row = existing.computeIfAbsent(out.asset(),
                    a -> new AssetRow(new WithdrawalFormViewModel(account, a, networks.of(a), out.amount())));
            row.setLeft(false);
            row.form().setAvailable(out.amount());
            row.setPage(pages.get(out.asset()));
            String why = out.way() == WayOut.ON_EXCHANGE ? website.withdrawnThere(out.asset())
                    : wayOuts.explain(row, out.way(), out.value());
            if (Withdrawals.growsWithDust(out, ways)) {
                why = why + " " + messages.get("ui.alternatives.withdraw.bnbGrows");
            }
            // What an order holds stays behind, and says so: the card's amount is what can leave, not what the dashboard counts.
            for (Wallet wallet : Withdrawals.FROM) {
                Optional<String> rest = holds.rest(snapshot, wallet, out.asset());
                if (rest.isPresent()) {
                    why = why.isEmpty() ? rest.get() : why + " " + rest.get();
                }
            }
            row.setWay(out.way(), why);
            if (out.way() == WayOut.CONVERT) {
                small.add(messages.get("ui.alternatives.withdraw.dustLine", plain(out.amount()), out.asset(),
                        wording.usd(out.value().orElseThrow())));
            }
            rows.add(row);
        }
        dust.setAll(small);
        // A card whose asset has left keeps its place, showing what was done; no card moves under the pointer.
        for (AssetRow row : assets) {
            if (!rows.contains(row) && row.resultProperty().get() != null) {
                row.setWay(WayOut.STAYS, "");
                row.setLeft(true);
                rows.add(row);
            }
        }
        rows.forEach(row -> assetOrder.putIfAbsent(row.asset(), assetOrder.size()));
        rows.sort(Comparator.comparing(row -> assetOrder.get(row.asset())));
        if (!rows.equals(assets)) {
            assets.setAll(rows);
        }
    }

    /** Each asset withdrawals can take, with its way out. */
    public ObservableList<AssetRow> assets() {
        return assets;
    }

    /** Frees one thing, asking first where it costs money or touches someone else's trade. */
    public void free(TiedRow row) {
        if (openedOnWebsite(row.page())) {
            return;
        }
        Finding f = row.finding();
        // A sub-account is emptied here, not closed: moving its funds in closes nothing.
        FixChoice choice = f.fix() == Fix.CLOSE_SUB_ACCOUNT ? FixChoice.SWEEP_SUB_ACCOUNT
                : f.fix() == Fix.COMPLETE_OR_CANCEL_P2P ? ("PAID".equals(f.type()) ? FixChoice.COMPLETE_P2P : FixChoice.CANCEL_P2P)
                : FixChoice.PERFORM;
        if (choice == FixChoice.PERFORM && service.actionFor(f).isEmpty()) {
            return;
        }
        AccountAction action = service.actionFor(f, choice, account.check().snapshot());
        if (reviewed(action)) {
            performAll(List.of(action), result -> answered(f, result));
        }
    }

    /** Orders, positions, loans, Earn and the rest that hold funds out of a withdrawal's reach. */
    public ObservableList<TiedRow> tied() {
        return tied;
    }

    /**
     * Shows what freeing everything would do, a line per order, position, loan, Earn product or P2P order with its cost or
     * effect, nothing ticked that forfeits or tells someone; frees only what stays ticked, each answer at its row.
     */
    public void freeEverythingSafe() {
        work.ask(() -> service.checklist(Withdrawals::tiesUpFunds, false), checklist -> {
            if (checklist.lines().isEmpty()) {
                freeResults.add(Result.note(messages.get("ui.alternatives.withdraw.nothingSafe")));
                return;
            }
            List<Checklist.Line> chosen = dialogs.choose(checklist).orElse(List.of());
            if (!chosen.isEmpty()) {
                work.change(() -> service.run(chosen, attempt -> account.executors().fx().execute(
                        () -> answered(attempt.line().finding(), Result.of(attempt.result(), wording)))), attempts -> { });
            }
        });
    }

    /** The answer is shown at the finding's row, which keeps its place. */
    private void answered(Finding f, Result result) {
        answers.answer(f, result);
        show(account.check());
    }

    public ObservableList<Result> freeResults() {
        return freeResults;
    }

    /** Moves the free funds of every other wallet to Spot, one transfer per balance, a result per line. */
    public void moveAllToSpot() {
        if (openedOnWebsite(movePage.get())) {
            return;
        }
        List<AccountAction.Transfer> transfers = Withdrawals.transfersToSpot(account.check().snapshot());
        if (transfers.isEmpty()) {
            moveResults.add(Result.note(messages.get("ui.alternatives.withdraw.nothingToMove")));
            return;
        }
        performAll(transfers, moveResults::add);
    }

    /** What other wallets hold that can move to Spot, a line per balance. */
    public ObservableList<String> outsideSpot() {
        return outsideSpot;
    }

    public ObservableList<Result> moveResults() {
        return moveResults;
    }

    /** Takes the asset's way out when it cannot be withdrawn: sells it for USDT, or converts it to BNB with every other small balance. */
    public void wayOut(AssetRow row) {
        switch (row.way()) {
            case SELL -> {
                AccountAction sale = new AccountAction.SellToUsdt(Wallet.SPOT, row.asset());
                if (reviewed(sale)) {
                    performAll(List.of(sale), row::setResult);
                }
            }
            // Exchanges convert once every few hours: one asset alone would keep the others waiting.
            case CONVERT -> convertDust();
            case ON_EXCHANGE -> website.open(row.page());
            default -> { }
        }
    }

    /** The label of an asset's way out, for its button; empty when there is nothing to press. */
    public String wayOutLabel(AssetRow row) {
        return row.way() == WayOut.ON_EXCHANGE ? website.withdrawButton(row.asset()) : wayOuts.label(row.way());
    }

    /** Converts every balance too small to withdraw or sell to BNB, in one conversion: exchanges allow one every few hours. */
    public void convertDust() {
        if (openedOnWebsite(dustPage.get())) {
            return;
        }
        Set<String> small = new LinkedHashSet<>();
        assets.stream().filter(r -> r.way() == WayOut.CONVERT).forEach(r -> small.add(r.asset()));
        if (small.isEmpty()) {
            dustResults.add(Result.note(messages.get("ui.alternatives.withdraw.noDust")));
            return;
        }
        AccountAction conversion = new AccountAction.ConvertDust(small);
        if (reviewed(conversion)) {
            performAll(List.of(conversion), dustResults::add);
        }
    }

    /** The balances too small to withdraw or sell, which become BNB. */
    public ObservableList<String> dust() {
        return dust;
    }

    public ObservableList<Result> dustResults() {
        return dustResults;
    }

    /** Withdraws the whole free amount of the asset to the address on the chosen network, once its review is confirmed. */
    public void withdraw(AssetRow row) {
        WithdrawalFormViewModel form = row.form();
        if (!row.canWithdrawProperty().get() || !dialogs.review(form.review())) {
            return;
        }
        work.change(() -> service.perform(form.withdrawal()), result -> {
            row.setResult(Result.of(result, wording));
            if (result.accepted()) {
                sent.add(wording.answer(result));
                form.addressProperty().set("");
            }
        });
    }

    /** The withdrawals the exchange took, in its words. */
    public ObservableList<String> sent() {
        return sent;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Where the exchange has a step done on its website ({@code page}, null where Closeout does it), opens its page there. */
    private boolean openedOnWebsite(URI page) {
        if (page != null) {
            website.open(page);
        }
        return page != null;
    }

    /** The exchange's page where funds move to Spot, where it moves them only on its website; null where Closeout moves them. */
    public ReadOnlyObjectProperty<URI> movePageProperty() {
        return movePage.getReadOnlyProperty();
    }

    /** The exchange's page where small balances become BNB, where this key may not convert them; null where Closeout converts them. */
    public ReadOnlyObjectProperty<URI> dustPageProperty() {
        return dustPage.getReadOnlyProperty();
    }

    /** True when the action runs without a review, or its review was confirmed. */
    private boolean reviewed(AccountAction action) {
        return new Reviews(account.check().snapshot()).of(action).map(dialogs::review).orElse(true);
    }

    /** "Open on Binance", for the steps the exchange has done on its website. */
    public String openLabel() {
        return website.openLabel();
    }

    /** Performs the actions one after the other in the background, telling each answer as it comes. */
    private void performAll(List<? extends AccountAction> actions, Consumer<Result> report) {
        work.change(() -> {
            for (AccountAction action : actions) {
                ActionResult result = service.perform(action);
                account.executors().fx().execute(() -> report.accept(Result.of(result, wording)));
            }
            return actions.size();
        }, done -> { });
    }

    public ReadOnlyStringProperty errorProperty() {
        return work.errorProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }
}
