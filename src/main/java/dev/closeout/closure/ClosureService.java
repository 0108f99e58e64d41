package dev.closeout.closure;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.UnknownPart;
import dev.closeout.account.Wallet;
import dev.closeout.closure.export.ClosureRecord;
import dev.closeout.closure.export.ExportException;
import dev.closeout.closure.export.ExportProgress;
import dev.closeout.closure.export.ExportRequest;
import dev.closeout.closure.export.ExportResult;
import dev.closeout.closure.export.HistoryExport;
import dev.closeout.closure.plan.Choice;
import dev.closeout.closure.plan.ExitPlan;
import dev.closeout.closure.plan.ExitRules;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.ClosureProgress;
import dev.closeout.exchange.DemoControls;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.exchange.KeySwitch;
import dev.closeout.exchange.LoggedAction;
import dev.closeout.exchange.VerificationMethod;
import dev.closeout.exchange.VerificationStatus;
import dev.closeout.exchange.WebPage;
import dev.closeout.exchange.WithdrawalNetwork;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The one facade the UI and the command line use: the account, what stands in the way of
 * closing it, the fixes, verification, closure and the alternatives. Calls block on the
 * exchange: callers run them off the FX thread. Every action asked through it is noted, with its
 * time and answer, for the closure record of an exchange that keeps no log Closeout can read.
 */
public final class ClosureService {

    private final ExchangeGateway gateway;
    private final ActionJournal journal;
    /** The last export made through this service, and what it was asked: a closed account's record goes beside it. */
    private volatile LastExport lastExport;

    private record LastExport(ExportRequest request, ExportResult result) {
    }
    /** The withdrawals the exchange took from this service, for the last summary before closure. */
    private final List<AccountAction.Withdraw> sent = new CopyOnWriteArrayList<>();
    /** The P2P orders whose appeal this service filed: a checklist never offers to file one again. */
    private final Set<String> appealsFiled = ConcurrentHashMap.newKeySet();

    public ClosureService(ExchangeGateway gateway) {
        this.gateway = gateway;
        this.journal = new ActionJournal(Clock.systemUTC());
    }

    /** The exchange's stable id; its name for people is the bundle's {@code exchange.ID}. */
    public String exchangeId() {
        return gateway.id();
    }

    /** The key's switches that would let the last reading see what it could not. */
    public List<KeySwitch> switchesWanted() {
        return gateway.switchesWanted();
    }

    /** Reads the account and judges it. */
    public AccountCheck check() throws ExchangeException {
        AccountSnapshot snapshot = gateway.snapshot();
        return new AccountCheck(snapshot, Eligibility.evaluate(snapshot), gateway.unreadLastTime());
    }

    /** What the finding's fix asks of the exchange, when one action does it; empty when the user must choose or wait. */
    public Optional<AccountAction> actionFor(Finding f) {
        return Optional.ofNullable(switch (f.fix()) {
            case CANCEL_ORDER -> new AccountAction.CancelOrder(f.id());
            case STOP_BOT -> new AccountAction.StopBot(f.id());
            case CLOSE_POSITION -> new AccountAction.ClosePosition(f.wallet(), f.kind() == FindingKind.POSITION ? f.symbol() : null);
            case REPAY_LIABILITY -> new AccountAction.RepayMargin(f.wallet(), f.asset());
            case REDEEM_EARN -> new AccountAction.RedeemEarn(f.id());
            case UNSTAKE -> new AccountAction.Unstake(f.id());
            case REDEEM_LAUNCHPOOL -> new AccountAction.RedeemLaunchpool(f.id());
            // Exchanges convert dust in one batch, at most every few hours: one conversion takes every small balance.
            case CONVERT_DUST -> new AccountAction.ConvertDust(Set.of());
            case COMPLETE_OR_CANCEL_P2P -> "PAID".equals(f.type())
                    ? new AccountAction.ReleaseP2pOrder(f.id()) : new AccountAction.CancelP2pOrder(f.id());
            case RESOLVE_P2P_DISPUTE -> new AccountAction.SettleP2pAppeal(f.id());
            case CLOSE_SUB_ACCOUNT -> new AccountAction.CloseSubAccount(f.id());
            default -> null;
        });
    }

    /**
     * The buttons a finding gets: its own fix where one action does it; for a balance to clear,
     * the ways out (sell or withdraw from Spot, move any other wallet's funds to Spot). What the
     * exchange does not let Closeout do becomes one choice that opens the exchange's page for it.
     */
    public List<FixChoice> choices(Finding f, AccountSnapshot snapshot) {
        List<FixChoice> choices = new ArrayList<>();
        for (FixChoice candidate : candidates(f, snapshot)) {
            if (performedHere(actionFor(f, candidate, snapshot))) {
                choices.add(candidate);
            }
        }
        if (pageFor(f).isPresent()) {
            choices.add(FixChoice.OPEN_ON_EXCHANGE);
        }
        return choices;
    }

    /** The choices that can run now on the account as {@code snapshot} has it: none that the exchange would refuse at once. */
    private List<FixChoice> candidates(Finding f, AccountSnapshot snapshot) {
        List<FixChoice> candidates = new ArrayList<>();
        boolean keptDust = f.fix() == Fix.CONVERT_DUST && SmallBalances.keep(snapshot, f.asset()) != SmallBalances.Keep.CONVERT;
        if ((f.fix() == Fix.WITHDRAW_OR_SELL || keptDust) && f.kind() == FindingKind.BALANCE) {
            BigDecimal free = Withdrawals.free(f, snapshot);
            if (f.wallet() == Wallet.SPOT && free.signum() > 0) {
                if (WayOut.sellable(f.asset(), snapshot.priceOf(f.asset()).map(free::multiply).orElse(null))) {
                    candidates.add(FixChoice.SELL);
                }
                candidates.add(FixChoice.WITHDRAW);
            } else if (Withdrawals.MOVED_TO_SPOT.contains(f.wallet()) && Holds.movable(f, snapshot)) {
                candidates.add(FixChoice.MOVE_TO_SPOT);
            }
            return candidates;
        }
        if (f.fix() == Fix.CLOSE_SUB_ACCOUNT) {
            candidates.add(FixChoice.SWEEP_SUB_ACCOUNT);
        }
        if (f.fix() == Fix.COMPLETE_OR_CANCEL_P2P) {
            // Two separate choices, never one that does either: only the one the order's state allows now.
            candidates.add(Holds.releasable(f, snapshot) ? FixChoice.COMPLETE_P2P : FixChoice.CANCEL_P2P);
            return candidates;
        }
        if (f.fix() == Fix.REPAY_LIABILITY && !Holds.repayable(f, snapshot)) {
            return candidates;
        }
        if (actionFor(f).isPresent()) {
            candidates.add(FixChoice.PERFORM);
        }
        return candidates;
    }

    /**
     * What one of a finding's choices asks of the exchange, on the account as {@code snapshot}
     * has it: a move to Spot takes what is free; a withdrawal's network and address come from
     * its form.
     */
    public AccountAction actionFor(Finding f, FixChoice choice, AccountSnapshot snapshot) {
        return switch (choice) {
            // A conversion takes only the small balances that cannot leave better.
            case PERFORM -> f.fix() == Fix.CONVERT_DUST ? new AccountAction.ConvertDust(SmallBalances.toConvert(snapshot)) : actionFor(f).orElseThrow();
            case CANCEL_P2P -> new AccountAction.CancelP2pOrder(f.id());
            case COMPLETE_P2P -> new AccountAction.ReleaseP2pOrder(f.id());
            case MOVE_TO_SPOT -> new AccountAction.Transfer(f.asset(), f.wallet(), Wallet.SPOT, Withdrawals.free(f, snapshot));
            case SELL -> new AccountAction.SellToUsdt(f.wallet(), f.asset());
            case SWEEP_SUB_ACCOUNT -> new AccountAction.SweepSubAccount(f.id());
            case WITHDRAW -> new AccountAction.Withdraw(f.asset(), null, null, f.amount());
            case OPEN_ON_EXCHANGE -> throw new IllegalArgumentException("opening the exchange's page asks nothing of it");
        };
    }

    /**
     * The exchange's page where the person does the finding's fix themselves, or sees what
     * Closeout could not: when the exchange does not let Closeout do it. Empty when Closeout
     * does it here, or when there is nothing to do but wait.
     */
    public Optional<URI> pageFor(Finding f) {
        return website(f).flatMap(gateway::pageFor);
    }

    private Optional<WebPage> website(Finding f) {
        return switch (f.fix()) {
            case CHECK_ON_EXCHANGE -> Optional.of(f.kind() == FindingKind.WALLET_TOTAL ? new WebPage.ForWallet(f.wallet())
                    : new WebPage.ForPart(Arrays.stream(UnknownPart.Part.values()).filter(p -> p.key().equals(f.id())).findFirst()
                            .orElse(UnknownPart.Part.BALANCES)));
            // Withdrawals leave from Spot and Funding; any other wallet's funds go there first.
            case WITHDRAW_OR_SELL -> Optional.of(new WebPage.ForAction(Withdrawals.FROM.contains(f.wallet())
                    ? new AccountAction.Withdraw(f.asset(), null, null, f.amount())
                    : new AccountAction.Transfer(f.asset(), f.wallet(), Wallet.SPOT, f.amount())));
            case UNFREEZE_ACCOUNT -> Optional.of(WebPage.Account.SUPPORT);
            default -> actionFor(f).map(WebPage.ForAction::new);
        };
    }

    /** The exchange's page for what Closeout never does itself (closing, disabling, security), or for an action; empty when it has none. */
    public Optional<URI> pageFor(WebPage page) {
        return gateway.pageFor(page);
    }

    /** The exchange lets Closeout do this action: it has no page where the person must do it instead. */
    private boolean performedHere(AccountAction action) {
        return gateway.pageFor(new WebPage.ForAction(action)).isEmpty();
    }

    public ActionResult perform(AccountAction action) throws ExchangeException {
        ActionResult result = journal.noted(action, gateway.perform(action));
        if (result.accepted() && action instanceof AccountAction.Withdraw w) {
            sent.add(w);
        }
        if (result.accepted() && action instanceof AccountAction.SettleP2pAppeal appeal) {
            appealsFiled.add(appeal.orderId());
        }
        return result;
    }

    /** The withdrawals the exchange took since this service was opened, in order. */
    public List<AccountAction.Withdraw> sent() {
        return List.copyOf(sent);
    }

    /** The last export of the account's history made since this service was opened. */
    public Optional<ExportResult> lastExport() {
        return Optional.ofNullable(lastExport).map(LastExport::result);
    }

    /** Performs the finding's fix, or says the exchange cannot do it here. */
    public ActionResult fix(Finding finding) throws ExchangeException {
        Optional<AccountAction> action = actionFor(finding);
        return action.isPresent() ? perform(action.get()) : ActionResult.unsupported();
    }

    /**
     * What a bulk run would do on the account as it is now, for the person to review line by line: each finding
     * {@code which} takes whose fix the exchange lets Closeout do; with {@code everything}, also the small balances and
     * the moves to Spot.
     */
    public Checklist checklist(Predicate<Finding> which, boolean everything) throws ExchangeException {
        return Checklists.of(check(), which, everything, this::actionFor, this::performedHere, Set.copyOf(appealsFiled));
    }

    /** Runs the lines that stayed ticked, in order, telling {@code progress} of each as it ends. */
    public List<Checklist.Attempt> run(List<Checklist.Line> ticked, Consumer<Checklist.Attempt> progress) throws ExchangeException {
        return Checklists.run(ticked, this::perform, progress);
    }

    /**
     * Exports the account's history in the formats asked for, into a new folder inside the one
     * asked for, with a manifest of every file's SHA-256. Throws
     * {@link java.util.concurrent.CancellationException} once {@code cancelled} says so, leaving nothing behind.
     */
    public ExportResult export(ExportRequest request, Consumer<ExportProgress> progress, BooleanSupplier cancelled)
            throws ExchangeException, ExportException {
        ExportResult result = new HistoryExport(gateway, new RecordSource(), progress, cancelled).into(request);
        lastExport = new LastExport(request, result);
        return result;
    }

    /**
     * Writes the closure record again once the account is closed, beside the last export made
     * through this service, in the language that export was asked in; where it is, or empty when
     * there was no export to keep it beside.
     */
    public Optional<Path> recordClosure(ClosureProgress closed) throws ExchangeException, ExportException {
        LastExport export = lastExport;
        if (export == null) {
            return Optional.empty();
        }
        AccountSnapshot snapshot = gateway.snapshot();
        ReadinessReport report = Eligibility.evaluate(snapshot);
        RecordSource source = new RecordSource();
        ClosureRecord record = new ClosureRecord(gateway.id(), snapshot, report, source.actions(), source.website(report),
                source.closurePage(), Optional.of(closed), Optional.of(export.result().folder()), export.result().files(),
                snapshot.takenAt());
        return Optional.of(HistoryExport.recordBeside(export.result(), record, export.request().language()));
    }

    /** What the closure record asks of the rest of Closeout, answered from the exchange and from what was noted here. */
    private final class RecordSource implements ClosureRecord.Source {

        @Override
        public ClosureRecord.Actions actions() throws ExchangeException {
            Optional<List<LoggedAction>> log = gateway.actionLog();
            return new ClosureRecord.Actions(log.orElseGet(journal::actions), log.isPresent());
        }

        @Override
        public List<ClosureRecord.Handover> website(ReadinessReport report) {
            List<ClosureRecord.Handover> handovers = new ArrayList<>();
            for (Finding f : report.blockers()) {
                pageFor(f).ifPresent(page -> handovers.add(new ClosureRecord.Handover(f, page)));
            }
            return handovers;
        }

        @Override
        public Optional<URI> closurePage() {
            return pageFor(WebPage.Account.CLOSE);
        }

        @Override
        public Optional<ClosureProgress> progress() throws ExchangeException {
            return gateway.closureProgress();
        }
    }

    /** The exit plan for the account as it is now: the steps that bring the most to where the person chose, beside the naive way. */
    public ExitPlan exitPlan(Choice choice) throws ExchangeException {
        return exitPlan(gateway.snapshot(), choice);
    }

    /** The exit plan for the account as {@code snapshot} has it, with the exchange's withdrawal networks of every asset it needs. */
    public ExitPlan exitPlan(AccountSnapshot snapshot, Choice choice) throws ExchangeException {
        Map<String, List<WithdrawalNetwork>> networks = new TreeMap<>();
        for (String asset : ExitPlan.assetsToAsk(snapshot, choice)) {
            networks.put(asset, gateway.withdrawalNetworks(asset));
        }
        return ExitPlan.of(snapshot, networks, choice, ExitRules.TYPICAL);
    }

    public List<WithdrawalNetwork> withdrawalNetworks(String asset) throws ExchangeException {
        return gateway.withdrawalNetworks(asset);
    }

    /** What is wrong with a withdrawal address, as a message key taking the network's name; empty when nothing is. */
    public Optional<String> addressProblem(String asset, String network, String address) throws ExchangeException {
        return gateway.addressProblem(asset, network, address);
    }

    public Set<VerificationMethod> requiredVerification() throws ExchangeException {
        return gateway.requiredVerification();
    }

    public ActionResult sendCode(VerificationMethod method) throws ExchangeException {
        return journal.noted("SendCode", "method: " + method.name(), gateway.sendCode(method));
    }

    /**
     * Checks a code as typed: "123 456" is the code 123456 ({@link VerificationCode}); what is no code goes as typed, for the
     * exchange to refuse. The code itself is never noted.
     */
    public VerificationStatus verify(VerificationMethod method, String code) throws ExchangeException {
        VerificationStatus status = gateway.verify(method, VerificationCode.read(code).orElse(code));
        if (status.supported()) {
            String outcome = status.lastProblem().map(Enum::name).orElse("ACCEPTED");
            journal.noted("Verify", "method: " + method.name(), new ActionResult(status.lastProblem().isEmpty()
                    ? ActionResult.Outcome.DONE : ActionResult.Outcome.REFUSED, "action.verification." + outcome, List.of()));
        }
        return status;
    }

    public VerificationStatus verificationStatus() throws ExchangeException {
        return gateway.verificationStatus();
    }

    public ActionResult requestClosure() throws ExchangeException {
        return journal.noted("RequestClosure", "", gateway.requestClosure());
    }

    public Optional<ClosureProgress> closureProgress() throws ExchangeException {
        return gateway.closureProgress();
    }

    /** The second factors the exchange asks for before freezing the account for {@code reason}. */
    public Set<VerificationMethod> verificationForFreeze(String reason) throws ExchangeException {
        return gateway.verificationForFreeze(reason);
    }

    public ActionResult requestFreeze(String reason) throws ExchangeException {
        return journal.noted("RequestFreeze", "reason: " + reason, gateway.requestFreeze(reason));
    }

    public ActionResult requestUnfreeze() throws ExchangeException {
        return journal.noted("RequestUnfreeze", "", gateway.requestUnfreeze());
    }

    public ActionResult register(String email, String referralCode) throws ExchangeException {
        return journal.noted("Register", referralCode == null ? "email: " + email : "email: " + email + ", referralCode: " + referralCode,
                gateway.register(email, referralCode));
    }

    public Optional<DemoControls> demoControls() {
        return gateway.demoControls();
    }
}
