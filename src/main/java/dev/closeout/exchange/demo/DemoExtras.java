package dev.closeout.exchange.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.closeout.exchange.DemoControls.InboxMessage;
import dev.closeout.exchange.VerificationMethod;
import dev.closeout.exchange.VerificationStatus.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the demo exchange knows beyond the account snapshot: its own side of the account
 * (sub-account funds, auto-subscribe, timers, codes, the closing queue, retained accounts).
 * Saved with the account in one file; Jackson writes its fields.
 */
final class DemoExtras {

    /** Each sub-account's funds, which the master's snapshot does not list. */
    Map<String, Map<String, BigDecimal>> subAccountFunds = new LinkedHashMap<>();
    /** Earn products that re-subscribe by themselves at maturity or after redemption. */
    Set<String> autoSubscribe = new LinkedHashSet<>();
    /** Assets the exchange no longer trades: not convertible, not sellable. */
    Set<String> delisted = new LinkedHashSet<>();
    Instant lastDustConversion;
    List<Scheduled> scheduled = new ArrayList<>();
    boolean futuresClosed;
    long nextId = 1;
    /** The demo account's authenticator seed, Base64. A simulated user's, never a real one's. */
    String authenticatorKey;
    Verification verification = new Verification();
    List<InboxMessage> inbox = new ArrayList<>();
    Closure closure;
    List<Retained> retained = new ArrayList<>();
    /** When the account was seeded: its year of history before then is generated from this moment. Absent for an account registered anew. */
    Instant seededAt;
    /** When an account registered anew was opened: its history starts then. */
    Instant registeredAt;
    DemoActivity activity = new DemoActivity();

    /** A deep copy, to change while this one stays as saved: Jackson's round trip is the saved form, so nothing is left out. */
    DemoExtras copy() {
        try {
            return DemoStore.JSON.treeToValue(DemoStore.JSON.valueToTree(this), DemoExtras.class);
        } catch (IOException e) {
            throw new IllegalStateException("the demo's side always reads back as it was written", e);
        }
    }

    /** What a state file must hold for the demo to run on it; a file that parses but does not is as unreadable as one that does not. */
    void validate() {
        require(subAccountFunds != null && autoSubscribe != null && delisted != null && scheduled != null && inbox != null
                && retained != null && activity != null && verification != null, "a part of the demo's side is missing");
        require(!scheduled.contains(null) && scheduled.stream().allMatch(s -> s.at() != null && s.kind() != null),
                "a scheduled event without its time or kind");
        require(nextId >= 1, "the next id is not positive");
        require(authenticatorKey != null && authenticatorKeyLength() >= 16, "the authenticator key is missing or too short");
        Verification v = verification;
        require(v.sent != null && v.verifiedAt != null && v.wrongCodesByMethod != null && v.sendTimes != null, "a part of verification is missing");
        require(v.wrongCodesByMethod.values().stream().allMatch(n -> n != null && n >= 0), "a negative count of wrong codes");
    }

    private int authenticatorKeyLength() {
        try {
            return Base64.getDecoder().decode(authenticatorKey).length;
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    private static void require(boolean holds, String otherwise) {
        if (!holds) {
            throw new IllegalArgumentException(otherwise);
        }
    }

    /** The demo's side of security verification. Codes are kept as SHA-256 hashes. */
    static final class Verification {
        Map<VerificationMethod, SentCode> sent = new EnumMap<>(VerificationMethod.class);
        Map<VerificationMethod, Instant> verifiedAt = new EnumMap<>(VerificationMethod.class);
        /**
         * Wrong codes in a row, per method: a right code of one method does not forgive another's.
         * (Named apart from the single count files of the first format kept, which is ignored on reading.)
         */
        Map<VerificationMethod, Integer> wrongCodesByMethod = new EnumMap<>(VerificationMethod.class);
        /** When each method's codes were sent within the last hour, for the hourly cap. */
        Map<VerificationMethod, List<Instant>> sendTimes = new EnumMap<>(VerificationMethod.class);
        Instant lockedUntil;
        Problem lastProblem;
        long lastAuthenticatorStep = -1;
    }

    record SentCode(String hash, Instant sentAt, Instant expiresAt, boolean used) {
    }

    record Closure(Instant requestedAt, Instant completesAt) {
    }

    /** A closed account's data, kept read-only until {@code purgeOn}. */
    record Retained(String accountId, String email, Instant closedAt, LocalDate purgeOn, JsonNode account) {
    }
}
