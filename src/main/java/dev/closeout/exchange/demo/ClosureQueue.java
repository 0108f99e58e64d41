package dev.closeout.exchange.demo;

import static dev.closeout.exchange.ActionResult.pending;
import static dev.closeout.exchange.ActionResult.refused;

import dev.closeout.account.AccountStatus;
import dev.closeout.closure.Condition;
import dev.closeout.closure.ConditionResult;
import dev.closeout.closure.Eligibility;
import dev.closeout.closure.ReadinessReport;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.ClosureProgress;
import dev.closeout.exchange.VerificationMethod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The demo account's closure: asked for once verified and eligible, then the queue to CLOSED and the data's purge. */
final class ClosureQueue {

    private final DemoAccount account;
    private final DemoExtras extras;
    private final DemoSettings settings;
    private final Instant now;

    ClosureQueue(DemoAccount account, DemoExtras extras, DemoSettings settings, Instant now) {
        this.account = account;
        this.extras = extras;
        this.settings = settings;
        this.now = now;
    }

    /**
     * The closure asked for: refused while not verified or not eligible, and while the account is
     * not active ({@code statusRefusal}, the words for its status); else the account is CLOSING.
     */
    ActionResult request(DemoVerification verification, Set<VerificationMethod> required, Optional<ActionResult> statusRefusal) {
        AccountStatus status = account.profile.status();
        if (status == AccountStatus.CLOSING) {
            return pending("action.closure.alreadyRequested", Times.at(extras.closure.completesAt()));
        }
        if (status != AccountStatus.ACTIVE) {
            return statusRefusal.orElseThrow();
        }
        if (!verification.status(required, now).complete()) {
            return refused("action.closure.notVerified");
        }
        // Judged again here, under the same lock that changes the status: what the user saw may be stale.
        ReadinessReport report = Eligibility.evaluate(account.snapshot(now));
        if (!report.eligible()) {
            String unmet = report.conditions().stream().filter(c -> !c.met()).map(ConditionResult::condition)
                    .map(Condition::name).collect(Collectors.joining(", "));
            return refused("action.closure.notEligible", unmet, String.valueOf(report.blockers().size()));
        }
        verification.spend();
        extras.closure = new DemoExtras.Closure(now, now.plus(settings.closureProcessing()));
        extras.scheduled.add(new Scheduled(extras.closure.completesAt(), Scheduled.Kind.CLOSURE_COMPLETES, account.profile.accountId()));
        account.profile = account.profile.withStatus(AccountStatus.CLOSING);
        return pending("action.closure.accepted", Times.at(extras.closure.completesAt()));
    }

    /** How far the closing has come, once asked for. */
    Optional<ClosureProgress> progress() {
        if (extras.closure == null) {
            return Optional.empty();
        }
        LocalDate purgeOn = extras.retained.stream().filter(r -> r.accountId().equals(account.profile.accountId()))
                .map(DemoExtras.Retained::purgeOn).findFirst().orElse(null);
        return Optional.of(new ClosureProgress(account.profile.status(), extras.closure.requestedAt(),
                extras.closure.completesAt(), purgeOn));
    }
}
