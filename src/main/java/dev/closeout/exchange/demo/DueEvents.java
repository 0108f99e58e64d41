package dev.closeout.exchange.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.closeout.account.AccountStatus;
import dev.closeout.account.Profile;
import dev.closeout.exchange.SnapshotWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * What the demo exchange does by itself when its time comes: deposits and withdrawals that
 * arrive, unstaking, appeals settled, locked Earn that matures, the closing queue and the purge
 * of a closed account's data. Works on the state it is given, which the exchange makes a copy.
 */
final class DueEvents {

    private final DemoAccount account;
    private final DemoExtras extras;
    private final DemoSettings settings;
    private final Instant now;

    DueEvents(DemoAccount account, DemoExtras extras, DemoSettings settings, Instant now) {
        this.account = account;
        this.extras = extras;
        this.settings = settings;
        this.now = now;
    }

    /** Whether anything is due by now (what {@link #settle} would do): most of the time, nothing. */
    boolean any() {
        return extras.scheduled.stream().anyMatch(s -> !s.at().isAfter(now))
                || account.profile.status() == AccountStatus.ACTIVE && new Holdings(account, extras, settings, now).anyMatured();
    }

    /** Does what is due; the audit inputs that record it, or null when nothing was. */
    ObjectNode settle() {
        Holdings holdings = new Holdings(account, extras, settings, now);
        List<Scheduled> due = extras.scheduled.stream().filter(s -> !s.at().isAfter(now))
                .sorted(Comparator.comparing(Scheduled::at)).toList();
        boolean matured = account.profile.status() == AccountStatus.ACTIVE && holdings.releaseMatured();
        if (due.isEmpty() && !matured) {
            return null;
        }
        extras.scheduled.removeAll(due);
        ArrayNode events = DemoStore.JSON.createArrayNode();
        for (Scheduled event : due) {
            events.addObject().put("kind", event.kind().name()).put("ref", event.ref()).put("at", event.at().toString());
            switch (event.kind()) {
                case DEPOSIT_CREDITED -> holdings.depositCredited(event.ref());
                case WITHDRAWAL_COMPLETED -> holdings.withdrawalCompleted(event.ref());
                case UNSTAKE_ARRIVES -> holdings.unstakeArrives(event.ref());
                case APPEAL_SETTLED -> new Relations(account, extras, settings, now).appealSettled(event.ref());
                case CLOSURE_COMPLETES -> closed(event.at());
                case DATA_PURGED -> extras.retained.removeIf(r -> r.accountId().equals(event.ref()));
            }
        }
        if (matured) {
            events.addObject().put("kind", "LOCKED_EARN_MATURED");
        }
        ObjectNode inputs = DemoStore.JSON.createObjectNode();
        inputs.set("events", events);
        return inputs;
    }

    /** The queue reached the account: closed, its email and phone released, its data kept read-only for the retention period. */
    private void closed(Instant at) {
        Profile p = account.profile;
        account.profile = new Profile(p.accountId(), p.email(), null, AccountStatus.CLOSED, p.kycVerified(), 0, null, p.security());
        LocalDate purgeOn = LocalDate.ofInstant(at, ZoneOffset.UTC).plus(settings.dataRetention());
        extras.retained.add(new DemoExtras.Retained(p.accountId(), p.email(), at, purgeOn,
                new SnapshotWriter().toJson(account.snapshot(at))));
        extras.scheduled.add(new Scheduled(purgeOn.atStartOfDay(ZoneOffset.UTC).toInstant(), Scheduled.Kind.DATA_PURGED, p.accountId()));
        account.subAccounts.clear();
        extras.autoSubscribe.clear();
    }
}
