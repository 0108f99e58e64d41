package dev.closeout.closure;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.UnknownPart;
import dev.closeout.account.Wallet;
import dev.closeout.closure.export.ExportException;
import dev.closeout.closure.export.ExportProgress;
import dev.closeout.closure.export.ExportResult;
import dev.closeout.closure.export.HistoryExport;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.ClosureProgress;
import dev.closeout.exchange.DemoControls;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.exchange.KeySwitch;
import dev.closeout.exchange.VerificationMethod;
import dev.closeout.exchange.VerificationStatus;
import dev.closeout.exchange.WebPage;
import dev.closeout.exchange.WithdrawalNetwork;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The one facade the UI and the command line use: the account, what stands in the way of
 * closing it, the fixes, verification, closure and the alternatives. Calls block on the
 * exchange: callers run them off the FX thread.
 */
public final class ClosureService {

    private final ExchangeGateway gateway;

    public ClosureService(ExchangeGateway gateway) {
        this.gateway = gateway;
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
            case WITHDRAW_OR_SELL -> Optional.of(new WebPage.ForAction(f.wallet() == Wallet.SPOT || f.wallet() == Wallet.FUNDING
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

    /**
     * A fix that only undoes commitments, releasing the user's own funds into their own
     * wallets without a trade, a fee or a forfeit: "Fix everything" may run these unasked.
     * Everything else (withdrawing, converting, selling, closing positions at market,
     * redeeming early, cancelling a trade with someone else) waits for the user's yes.
     */
    public boolean safeToRunUnasked(Finding f, LocalDate today) {
        return switch (f.fix()) {
            case CANCEL_ORDER, STOP_BOT, UNSTAKE, REDEEM_LAUNCHPOOL, REPAY_LIABILITY, RESOLVE_P2P_DISPUTE -> true;
            case REDEEM_EARN -> f.date() == null || !f.date().isAfter(today);
            default -> false;
        };
    }

    /** The exchange lets Closeout do this action: it has no page where the person must do it instead. */
    private boolean performedHere(AccountAction action) {
        return gateway.pageFor(new WebPage.ForAction(action)).isEmpty();
    }

    public ActionResult perform(AccountAction action) throws ExchangeException {
        return gateway.perform(action);
    }

    /** Performs the finding's fix, or says the exchange cannot do it here. */
    public ActionResult fix(Finding finding) throws ExchangeException {
        Optional<AccountAction> action = actionFor(finding);
        return action.isPresent() ? gateway.perform(action.get()) : ActionResult.unsupported();
    }

    /**
     * Runs every safe fix of the current report that the exchange lets Closeout do, in the order a
     * person should, telling {@code progress} of each as it ends.
     */
    public List<FixAttempt> fixEverythingSafe(Consumer<FixAttempt> progress) throws ExchangeException {
        ReadinessReport report = check().report();
        LocalDate today = LocalDate.ofInstant(report.takenAt(), ZoneOffset.UTC);
        List<Finding> safe = report.blockers().stream()
                .filter(f -> safeToRunUnasked(f, today) && actionFor(f).filter(this::performedHere).isPresent())
                .sorted(Comparator.comparing(Finding::fix))
                .toList();
        List<FixAttempt> attempts = new ArrayList<>();
        for (Finding finding : safe) {
            AccountAction action = actionFor(finding).orElseThrow();
            FixAttempt attempt = new FixAttempt(finding, action, gateway.perform(action));
            attempts.add(attempt);
            progress.accept(attempt);
        }
        return attempts;
    }

    /**
     * Exports the account's history, snapshot and readiness report into a new folder inside
     * {@code folder}, with a manifest of every file's SHA-256. Throws
     * {@link java.util.concurrent.CancellationException} once {@code cancelled} says so, leaving nothing behind.
     */
    public ExportResult export(Path folder, Consumer<ExportProgress> progress, BooleanSupplier cancelled)
            throws ExchangeException, ExportException {
        return new HistoryExport(gateway, progress, cancelled).into(folder);
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
        return gateway.sendCode(method);
    }

    /** Checks a code as typed: "123 456" is the code 123456 ({@link VerificationCode}); what is no code goes as typed, for the exchange to refuse. */
    public VerificationStatus verify(VerificationMethod method, String code) throws ExchangeException {
        return gateway.verify(method, VerificationCode.read(code).orElse(code));
    }

    public VerificationStatus verificationStatus() throws ExchangeException {
        return gateway.verificationStatus();
    }

    public ActionResult requestClosure() throws ExchangeException {
        return gateway.requestClosure();
    }

    public Optional<ClosureProgress> closureProgress() throws ExchangeException {
        return gateway.closureProgress();
    }

    public ActionResult requestFreeze(String reason) throws ExchangeException {
        return gateway.requestFreeze(reason);
    }

    public ActionResult requestUnfreeze() throws ExchangeException {
        return gateway.requestUnfreeze();
    }

    public ActionResult register(String email, String referralCode) throws ExchangeException {
        return gateway.register(email, referralCode);
    }

    public Optional<DemoControls> demoControls() {
        return gateway.demoControls();
    }
}
