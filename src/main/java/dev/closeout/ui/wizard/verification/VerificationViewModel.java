package dev.closeout.ui.wizard.verification;

import dev.closeout.closure.ClosureService;
import dev.closeout.closure.ReportWording;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.VerificationMethod;
import dev.closeout.exchange.VerificationStatus;
import dev.closeout.exchange.WebPage;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.account.PageWork;
import dev.closeout.ui.wizard.StepViewModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Security verification with only the methods the account has enabled: send a code (with a
 * countdown before the next), type six digits, see attempts left or the lockout's time
 * remaining. Valid when every required method is verified.
 */
public final class VerificationViewModel implements StepViewModel {

    private final AccountState account;
    private final ClosureService service;
    private final Messages messages;
    private final Clock clock;
    private final ObservableList<MethodRow> methods = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final PageWork work;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper attempts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lockoutEnds = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper onWebsite = new ReadOnlyBooleanWrapper();
    private VerificationStatus status = VerificationStatus.unsupported();
    /** The lockout whose end has been told to the exchange's status already: read once, not every second. */
    private Instant lockoutReadAfter;

    /** {@code clock} is the exchange's clock: resend pauses and lockouts are counted in its time. */
    public VerificationViewModel(AccountState account, Clock clock) {
        this.account = account;
        this.service = account.service();
        this.messages = account.messages();
        this.clock = clock;
        this.work = new PageWork(account);
    }

    /** The methods asked for; every one the account has switched on unless {@link #askFor} says otherwise. */
    private Callable<Set<VerificationMethod>> asked;
    private Set<VerificationMethod> askedNow = Set.of();

    /** Asks for the methods {@code which} names instead (a freeze's, which the exchange decides by its reason), from now on. */
    public void askFor(Callable<Set<VerificationMethod>> which) {
        asked = which;
        entered();
    }

    @Override
    public void entered() {
        Callable<Set<VerificationMethod>> which = asked == null ? service::requiredVerification : asked;
        work.run(() -> Map.entry(which.call(), service.verificationStatus()), loaded -> {
            Set<VerificationMethod> required = loaded.getKey();
            askedNow = required;
            if (!loaded.getValue().supported() && service.pageFor(WebPage.Account.CLOSE).isPresent()) {
                // The exchange verifies the person itself, on its website, when they close the account there.
                onWebsite.set(true);
                methods.clear();
                valid.set(true);
                return;
            }
            if (methods.stream().map(MethodRow::method).collect(Collectors.toSet()).equals(required)) {
                show(loaded.getValue());
                return;
            }
            methods.clear();
            for (VerificationMethod method : VerificationMethod.values()) {
                if (required.contains(method)) {
                    methods.add(new MethodRow(method));
                }
            }
            show(loaded.getValue());
        }, message::set);
    }

    /** Verification was spent (a request used it): the codes typed and the last answer are cleared, and the exchange asked afresh. */
    public void startOver() {
        message.set("");
        methods.forEach(row -> row.codeProperty().set(""));
        entered();
    }

    public void sendCode(MethodRow row) {
        work.run(() -> new Sent(service.sendCode(row.method()), service.verificationStatus()), sent -> {
            message.set(new ReportWording(messages).answer(sent.result()));
            show(sent.status());
        }, message::set);
    }

    private record Sent(ActionResult result, VerificationStatus status) {
    }

    public void verify(MethodRow row) {
        if (!row.wellFormedProperty().get()) {
            message.set(messages.get("action.verification.MALFORMED"));
            row.refusalProperty().set(message.get());
            return;
        }
        String code = row.codeProperty().get();
        work.run(() -> service.verify(row.method(), code), result -> {
            message.set(messages.get("action.verification." + result.lastProblem().map(Enum::name).orElse("ACCEPTED")));
            row.refusalProperty().set(result.lastProblem().map(p -> message.get()).orElse(""));
            if (result.lastProblem().isPresent()) {
                row.codeProperty().set("");
            }
            show(result);
        }, message::set);
    }

    private void show(VerificationStatus latest) {
        status = latest;
        for (MethodRow row : methods) {
            row.verifiedProperty().set(latest.verified().contains(row.method()));
        }
        // Complete for what is asked: a freeze for a lost phone asks fewer methods than the account has.
        valid.set(latest.supported() && latest.verified().containsAll(askedNow));
        tick();
    }

    /** Counts down the resend pauses and the lockout; the page calls it every second. */
    public void tick() {
        Instant now = clock.instant();
        for (MethodRow row : methods) {
            Instant resendAt = status.canResendAt().get(row.method());
            long millis = resendAt == null ? 0 : Duration.between(now, resendAt).toMillis();
            row.resendSecondsProperty().set((int) Math.max(0, (millis + 999) / 1000));
        }
        boolean lockedNow = status.lockedUntil().map(now::isBefore).orElse(false);
        locked.set(lockedNow);
        if (lockedNow) {
            // Rounded up, as the resend pause is: 29 min 30 s to wait is 30 minutes, exactly 30 min is 30.
            long minutes = (Duration.between(now, status.lockedUntil().get()).toMillis() + 59_999) / 60_000;
            attempts.set(messages.get("ui.verification.locked", minutes));
            lockoutEnds.set(messages.get(account.service().demoControls().isPresent() ? "ui.verification.unlocksDemo" : "ui.verification.unlocks",
                    messages.moment(status.lockedUntil().get())));
        } else if (status.lockedUntil().isPresent()) {
            // The lockout is over: the attempts the status counted during it are stale; ask the exchange once.
            attempts.set("");
            lockoutEnds.set("");
            Instant ended = status.lockedUntil().get();
            if (!ended.equals(lockoutReadAfter)) {
                lockoutReadAfter = ended;
                // What was said during the lockout no longer holds.
                message.set("");
                methods.forEach(row -> row.refusalProperty().set(""));
                // A quiet read: the page is not busy for it, and only a failure is told.
                account.executors().run(service::verificationStatus, this::show, failure -> message.set(account.describe(failure)));
            }
        } else {
            attempts.set(status.supported() ? messages.get("ui.verification.attempts", status.attemptsLeft()) : "");
        }
    }

    public ObservableList<MethodRow> methods() {
        return methods;
    }

    /** The exchange's answer to the last send or code, in plain words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Attempts left, or the lockout's time remaining. */
    public ReadOnlyStringProperty attemptsProperty() {
        return attempts.getReadOnlyProperty();
    }

    /** When the lockout ends, as a moment; empty when there is none. */
    public ReadOnlyStringProperty lockoutEndsProperty() {
        return lockoutEnds.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    /**
     * True when the exchange verifies the person itself, on its website, as they close the
     * account there: Closeout has no codes to ask for, and the step only says what to expect.
     */
    public ReadOnlyBooleanProperty onWebsiteProperty() {
        return onWebsite.getReadOnlyProperty();
    }

    /** What the exchange typically asks for on its website: a line each. */
    public List<String> websiteAsks() {
        return List.of(messages.get("ui.verification.website.email"), messages.get("ui.verification.website.authenticator"),
                messages.get("ui.verification.website.sms"), messages.get("ui.verification.website.more", account.exchangeName()));
    }

    /** Opens the exchange's security settings, where the person sees which methods the account has. */
    public void openSecurityPage() {
        service.pageFor(WebPage.Account.SECURITY).ifPresent(page -> account.handOff().open(page));
    }

    public String exchangeName() {
        return account.exchangeName();
    }

    public String methodName(MethodRow row) {
        return messages.get("ui.verification.method." + row.method().name());
    }

    @Override
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return work.workingProperty();
    }
}
