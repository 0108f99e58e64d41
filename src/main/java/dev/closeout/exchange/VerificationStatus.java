package dev.closeout.exchange;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where security verification stands. {@code verified} holds the methods whose codes were
 * accepted and are still fresh; {@code canResendAt} when each code method may send again;
 * {@code lockedUntil} is set while too many wrong codes lock verification;
 * {@code lastProblem} says why the last code was not accepted.
 */
public record VerificationStatus(
        Set<VerificationMethod> required,
        Set<VerificationMethod> verified,
        Map<VerificationMethod, Instant> canResendAt,
        int attemptsLeft,
        Optional<Instant> lockedUntil,
        Optional<Problem> lastProblem,
        boolean supported) {

    public enum Problem { WRONG_CODE, EXPIRED, NOT_SENT, ALREADY_USED, LOCKED, NOT_REQUIRED, MALFORMED }

    public VerificationStatus {
        required = Set.copyOf(required);
        verified = Set.copyOf(verified);
        canResendAt = Map.copyOf(canResendAt);
    }

    public static VerificationStatus unsupported() {
        return new VerificationStatus(Set.of(), Set.of(), Map.of(), 0, Optional.empty(), Optional.empty(), false);
    }

    /** Every required method verified and still fresh. */
    public boolean complete() {
        return supported && verified.containsAll(required);
    }
}
