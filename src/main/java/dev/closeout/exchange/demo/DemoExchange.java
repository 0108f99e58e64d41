package dev.closeout.exchange.demo;

import static dev.closeout.exchange.ActionResult.done;
import static dev.closeout.exchange.ActionResult.refused;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.AccountStatus;
import dev.closeout.account.history.AccountHistory;
import dev.closeout.account.history.HistoryPart;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.ClosureProgress;
import dev.closeout.exchange.DemoControls;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.exchange.HistoryProgress;
import dev.closeout.exchange.LoggedAction;
import dev.closeout.exchange.VerificationMethod;
import dev.closeout.exchange.VerificationStatus;
import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.exchange.address.AddressCheck;
import dev.closeout.storage.AtomicFile;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A simulated exchange kept on local disk, playing the exchange's side honestly: it enforces the closure rules itself,
 * performs every fix with fees, minimums and delays, verifies codes, and runs the closing queue on its own clock. One lock
 * guards every change; every change is made on a copy of the state and kept only once it is saved (then audited) before it
 * is reported, so a failed save leaves memory as the disk has it. A read writes nothing: what the exchange did by itself
 * since (arrivals, the closing queue) it works out on a copy, and saves with the next change. The data folder is locked
 * from {@link #open} to {@link #close}: one writer per folder.
 */
public final class DemoExchange implements ExchangeGateway, DemoControls {

    private final DemoStore store;
    private final Clock realClock;
    private final SecureRandom random;
    private final DemoSettings settings;

    private DemoAccount account;
    private DemoExtras extras;
    private Duration clockOffset = Duration.ZERO;
    private long seq;

    private DemoExchange(DemoStore store, Clock realClock, SecureRandom random, DemoSettings settings) {
        this.store = store;
        this.realClock = realClock;
        this.random = random;
        this.settings = settings;
    }

    /** Opens the demo exchange kept in {@code folder}, seeding it on first use; {@code demo.error.inUse} if another Closeout has it. */
    public static DemoExchange open(Path folder, Clock realClock, SecureRandom random, DemoSettings settings) throws ExchangeException {
        return open(DemoStore.open(folder, Duration.ZERO, AtomicFile::write), realClock, random, settings);
    }

    /** The app's: another Closeout on the folder is refused at once (the window offers to try again). */
    public static DemoExchange open(Path folder) throws ExchangeException {
        return open(folder, Duration.ZERO);
    }

    /** Opens with the system clock, waiting up to {@code waitForLock} for another Closeout to let go of the folder. */
    public static DemoExchange open(Path folder, Duration waitForLock) throws ExchangeException {
        return open(DemoStore.open(folder, waitForLock, AtomicFile::write), Clock.systemUTC(), new SecureRandom(), DemoSettings.defaults());
    }

    static DemoExchange open(DemoStore store, Clock realClock, SecureRandom random, DemoSettings settings) throws ExchangeException {
        DemoExchange exchange = new DemoExchange(store, realClock, random, settings);
        try {
            Optional<DemoStore.Stored> stored = store.load(realClock.instant());
            if (stored.isPresent()) {
                exchange.account = new DemoAccount(stored.get().account());
                exchange.extras = stored.get().extras();
                exchange.clockOffset = stored.get().clockOffset();
                exchange.seq = stored.get().seq();
            } else {
                exchange.seed();
                exchange.commit("seed", null, done("action.demo.seeded"));
            }
        } catch (ExchangeException | RuntimeException e) {
            store.close();
            throw e;
        }
        return exchange;
    }

    /** Lets go of the data folder; nothing is changed after this. */
    @Override
    public synchronized void close() throws ExchangeException {
        store.close();
    }

    @Override
    public Optional<Path> setAsideFile() {
        return store.setAside();
    }

    @Override
    public String id() {
        return "demo";
    }

    @Override
    public Instant now() {
        return realClock.instant().plus(clockOffset);
    }

    @Override
    public synchronized AccountSnapshot snapshot() throws ExchangeException {
        return settledRead(() -> account.snapshot(now()));
    }

    /** The generated year before seeding, what was done since, and the P2P orders as they stand; read at once, then reported part by part. */
    @Override
    public Optional<AccountHistory> history(HistoryProgress progress) throws ExchangeException {
        AccountHistory history;
        synchronized (this) {
            history = settledRead(() -> DemoHistory.of(account, extras, now()));
        }
        for (HistoryPart part : HistoryPart.values()) {
            progress.read(part, history.records(part).size());
        }
        return Optional.of(history);
    }

    @Override
    public synchronized Optional<List<LoggedAction>> actionLog() throws ExchangeException {
        return Optional.of(store.auditLog());
    }

    @Override
    public synchronized List<WithdrawalNetwork> withdrawalNetworks(String asset) {
        return Networks.of(asset);
    }

    /** The check a withdrawal meets, before it is asked for: the address's format and checksum for the network. */
    @Override
    public Optional<String> addressProblem(String asset, String network, String address) {
        if (Networks.find(asset, network).isEmpty()) {
            return Optional.empty();
        }
        return AddressCheck.check(Networks.addressFormat(network), address).map(problem -> "action.withdraw.address." + problem.name());
    }

    @Override
    public synchronized ActionResult perform(AccountAction action) throws ExchangeException {
        return change(action.getClass().getSimpleName(), DemoStore.JSON.valueToTree(action),
                () -> statusRefusal().orElseGet(() -> new Fixes(account, extras, settings, now()).apply(action)));
    }

    /** A frozen, closing or closed account permits no operation. */
    private Optional<ActionResult> statusRefusal() {
        return switch (account.profile.status()) {
            case ACTIVE -> Optional.empty();
            case FROZEN -> Optional.of(refused("action.status.frozen"));
            case CLOSING -> Optional.of(refused("action.status.closing"));
            case CLOSED -> Optional.of(refused("action.status.closed"));
        };
    }

    @Override
    public synchronized Set<VerificationMethod> requiredVerification() {
        return DemoVerification.required(account.profile.security());
    }

    private DemoVerification verification() {
        return new DemoVerification(extras, settings, random);
    }

    @Override
    public synchronized ActionResult sendCode(VerificationMethod method) throws ExchangeException {
        return change("SendCode", DemoStore.JSON.createObjectNode().put("method", method.name()),
                () -> closedRefusal().orElseGet(() -> verification().send(method, requiredVerification(),
                        method == VerificationMethod.SMS ? account.profile.phone() : account.profile.email(), now())));
    }

    @Override
    public synchronized VerificationStatus verify(VerificationMethod method, String code) throws ExchangeException {
        settle();
        if (closedRefusal().isPresent()) {
            return verificationStatus();
        }
        // On a copy like every change: a code accepted but not saved could be replayed after a restart.
        return onCopy(() -> {
            VerificationStatus status = verification().verify(method, code, requiredVerification(), now());
            String outcome = status.lastProblem().map(Enum::name).orElse("ACCEPTED");
            // The code itself is never written to the audit log.
            commit("Verify", DemoStore.JSON.createObjectNode().put("method", method.name()),
                    new ActionResult(status.lastProblem().isEmpty() ? ActionResult.Outcome.DONE : ActionResult.Outcome.REFUSED,
                            "action.verification." + outcome, List.of()));
            return status;
        });
    }

    @Override
    public synchronized VerificationStatus verificationStatus() {
        return verification().status(requiredVerification(), now());
    }

    /** Verification goes on while frozen (to unfreeze), not once closing has begun. */
    private Optional<ActionResult> closedRefusal() {
        AccountStatus status = account.profile.status();
        return status == AccountStatus.CLOSING || status == AccountStatus.CLOSED ? statusRefusal() : Optional.empty();
    }

    @Override
    public synchronized ActionResult requestClosure() throws ExchangeException {
        return change("RequestClosure", null,
                () -> new ClosureQueue(account, extras, settings, now()).request(verification(), requiredVerification(), statusRefusal()));
    }

    @Override
    public synchronized Optional<ClosureProgress> closureProgress() throws ExchangeException {
        return settledRead(() -> new ClosureQueue(account, extras, settings, now()).progress());
    }

    @Override
    public synchronized Set<VerificationMethod> verificationForFreeze(String reason) {
        return DemoVerification.forFreeze(reason, requiredVerification());
    }

    @Override
    public synchronized ActionResult requestFreeze(String reason) throws ExchangeException {
        return change("RequestFreeze", DemoStore.JSON.createObjectNode().put("reason", reason), () -> account.profile.status()
                != AccountStatus.ACTIVE ? statusRefusal().orElseThrow() : statusOnceVerified(AccountStatus.FROZEN,
                verificationForFreeze(reason), refused("action.freeze.notVerified"), done("action.freeze.done")));
    }

    @Override
    public synchronized ActionResult requestUnfreeze() throws ExchangeException {
        return change("RequestUnfreeze", null, () -> account.profile.status() != AccountStatus.FROZEN
                ? refused("action.unfreeze.notFrozen") : statusOnceVerified(AccountStatus.ACTIVE,
                requiredVerification(), refused("action.unfreeze.notVerified"), done("action.unfreeze.done")));
    }

    /** Freezing and unfreezing: the account's new status, once every method {@code asked} is verified (which it spends). */
    private ActionResult statusOnceVerified(AccountStatus to, Set<VerificationMethod> asked, ActionResult notVerified,
            ActionResult changed) {
        if (!verification().status(asked, now()).complete()) {
            return notVerified;
        }
        verification().spend();
        account.profile = account.profile.withStatus(to);
        return changed;
    }

    /** A new account for an email a closed account released: nothing of the old one comes with it. */
    @Override
    public synchronized ActionResult register(String email, String referralCode) throws ExchangeException {
        return change("Register", DemoStore.JSON.createObjectNode().put("email", email).put("referralCode", referralCode), () -> {
            if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                return refused("action.register.email");
            }
            if (account.profile.status() != AccountStatus.CLOSED) {
                return refused(account.profile.email().equalsIgnoreCase(email) ? "action.register.taken" : "action.register.oneAccount");
            }
            account = new DemoAccount(DemoSeed.newAccount(email, now(), account.prices, random));
            extras = DemoSeed.newExtras(extras, now(), random);
            return done("action.register.done", email);
        });
    }

    @Override
    public Optional<DemoControls> demoControls() {
        return Optional.of(this);
    }

    @Override
    public synchronized List<InboxMessage> inbox() {
        return List.copyOf(extras.inbox);
    }

    @Override
    public synchronized String authenticatorCode() {
        return verification().authenticatorCode(now());
    }

    @Override
    public synchronized void advance(Duration duration) throws ExchangeException {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the demo clock only moves forward");
        }
        onCopy(() -> {
            clockOffset = clockOffset.plus(duration);
            commit("AdvanceClock", DemoStore.JSON.createObjectNode().put("by", duration.toString()), done("action.demo.advanced"));
            return null;
        });
        settle();
    }

    @Override
    public synchronized void reset() throws ExchangeException {
        onCopy(() -> {
            seed();
            commit("Reset", null, done("action.demo.seeded"));
            return null;
        });
    }

    private void seed() {
        Instant now = now();
        account = new DemoAccount(DemoSeed.account(now));
        extras = DemoSeed.extras(now, settings, random);
    }

    /** Saves what the exchange did by itself by now, as its own change, before a change of the user's. */
    private void settle() throws ExchangeException {
        if (!dueEvents().any()) {
            return;
        }
        onCopy(() -> {
            ObjectNode settled = dueEvents().settle();
            if (settled != null) {
                commit("Settle", settled, done("action.demo.settled"));
            }
            return null;
        });
    }

    /** A read of the account as it stands now: on a settled copy if something became due, which is not saved. */
    private <T> T settledRead(Change<T> read) throws ExchangeException {
        if (!dueEvents().any()) {
            return read.apply();
        }
        return onCopy(() -> {
            dueEvents().settle();
            return read.apply();
        });
    }

    /** What the exchange does by itself, on the state as it stands (a copy, inside {@link #onCopy}). */
    private DueEvents dueEvents() {
        return new DueEvents(account, extras, settings, now());
    }

    /**
     * A change of the user's: what became due first saved as its own change, then {@code work} on a
     * copy of the state, kept once it and its audit record are saved.
     */
    private ActionResult change(String action, ObjectNode inputs, Change<ActionResult> work) throws ExchangeException {
        settle();
        return onCopy(() -> {
            ActionResult result = work.apply();
            commit(action, inputs, result);
            return result;
        });
    }

    /** A change, or a read that may work out what became due; what it returns. */
    @FunctionalInterface
    private interface Change<T> {
        T apply() throws ExchangeException;
    }

    /**
     * Runs {@code change} on a copy of the state. The copy is kept if it was saved ({@link #commit}
     * moved {@code seq} on), dropped otherwise: after a failed save, or a read, the state is as it was.
     */
    private <T> T onCopy(Change<T> change) throws ExchangeException {
        DemoAccount savedAccount = account;
        DemoExtras savedExtras = extras;
        Duration savedOffset = clockOffset;
        long savedSeq = seq;
        account = savedAccount.copy();
        extras = savedExtras.copy();
        try {
            return change.apply();
        } finally {
            if (seq == savedSeq) {
                account = savedAccount;
                extras = savedExtras;
                clockOffset = savedOffset;
            }
        }
    }

    /**
     * Saves the state with its audit record, then appends the record: before the caller hears of
     * success. {@code seq} moves on only once the state is saved; should the append then fail, the
     * saved state stands and the record is appended before the next (or on opening).
     */
    private void commit(String action, ObjectNode inputs, ActionResult result) throws ExchangeException {
        Instant now = now();
        long next = seq + 1;
        ObjectNode audit = DemoStore.auditRecord(next, now, action, inputs, result);
        store.save(new DemoStore.Stored(next, clockOffset, account.snapshot(now), extras, audit));
        seq = next;
        store.appendAudit(audit);
    }
}
