package dev.closeout.exchange.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.closeout.exchange.DemoControls.InboxMessage;
import dev.closeout.exchange.VerificationMethod;
import dev.closeout.exchange.VerificationStatus.Problem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /** The demo's side of security verification. Codes are kept as SHA-256 hashes. */
    static final class Verification {
        Map<VerificationMethod, SentCode> sent = new EnumMap<>(VerificationMethod.class);
        Map<VerificationMethod, Instant> verifiedAt = new EnumMap<>(VerificationMethod.class);
        int wrongCodes;
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
