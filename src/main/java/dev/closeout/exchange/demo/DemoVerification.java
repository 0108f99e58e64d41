package dev.closeout.exchange.demo;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import dev.closeout.account.Profile;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.DemoControls.InboxMessage;
import dev.closeout.exchange.VerificationMethod;
import dev.closeout.exchange.VerificationStatus;
import dev.closeout.exchange.VerificationStatus.Problem;
import dev.closeout.exchange.demo.DemoExtras.SentCode;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

/**
 * The exchange's side of security verification: six-digit codes by email and SMS (valid for a
 * while, resendable after a pause, a new one voiding the old), RFC 6238 authenticator codes
 * (one step either way, never the same step twice), at most so many codes an hour, and a
 * lockout after too many wrong codes of one method. Codes are compared in constant time, and
 * typed in any script's digits (a Persian keyboard types ۱۲۳).
 */
final class DemoVerification {

    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator();

    private final DemoExtras extras;
    private final DemoSettings settings;
    private final SecureRandom random;

    DemoVerification(DemoExtras extras, DemoSettings settings, SecureRandom random) {
        this.extras = extras;
        this.settings = settings;
        this.random = random;
    }

    /** The methods a profile has switched on: only those are asked for. */
    static Set<VerificationMethod> required(Profile.SecurityMethods security) {
        Set<VerificationMethod> required = EnumSet.noneOf(VerificationMethod.class);
        if (security != null) {
            if (Boolean.TRUE.equals(security.email())) {
                required.add(VerificationMethod.EMAIL);
            }
            if (Boolean.TRUE.equals(security.sms())) {
                required.add(VerificationMethod.SMS);
            }
            if (Boolean.TRUE.equals(security.authenticator())) {
                required.add(VerificationMethod.AUTHENTICATOR);
            }
        }
        return required;
    }

    /**
     * What a freeze asks for, by its reason (the part before any ":"): who lost their phone or authenticator, or fears
     * someone else is in, is asked for the email code alone, so that the freeze is quick and within their reach; any
     * other reason asks for every method switched on. Without email switched on, every method is asked for.
     */
    static Set<VerificationMethod> forFreeze(String reason, Set<VerificationMethod> required) {
        String why = reason == null ? "" : reason.split(":", 2)[0].strip();
        boolean urgent = why.equals("LOST_DEVICE") || why.equals("SECURITY_WORRY");
        return urgent && required.contains(VerificationMethod.EMAIL) ? EnumSet.of(VerificationMethod.EMAIL) : required;
    }

    static String newAuthenticatorKey(SecureRandom random) {
        byte[] key = new byte[20];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    ActionResult send(VerificationMethod method, Set<VerificationMethod> required, String to, Instant now) {
        if (method == VerificationMethod.AUTHENTICATOR || !required.contains(method)) {
            return ActionResult.refused("action.verification.notRequired", method.name());
        }
        DemoExtras.Verification v = extras.verification;
        SentCode previous = v.sent.get(method);
        if (previous != null && now.isBefore(previous.sentAt().plus(settings.resendAfter()))) {
            // Rounded up: 59.2 s to wait is 60, exactly 60 s is 60.
            Duration left = Duration.between(now, previous.sentAt().plus(settings.resendAfter()));
            long seconds = left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0);
            return ActionResult.refused("action.verification.resendTooSoon", String.valueOf(seconds));
        }
        List<Instant> lastHour = v.sendTimes.computeIfAbsent(method, m -> new ArrayList<>());
        lastHour.removeIf(at -> !now.isBefore(at.plus(HOUR)));
        if (lastHour.size() >= settings.maxCodesPerHour()) {
            Duration left = Duration.between(now, lastHour.get(0).plus(HOUR));
            long minute = Duration.ofMinutes(1).toNanos();
            long minutes = (left.toNanos() + minute - 1) / minute; // rounded up, as the wait before a resend is
            return ActionResult.refused("action.verification.hourlyCap", String.valueOf(settings.maxCodesPerHour()),
                    String.valueOf(minutes));
        }
        lastHour.add(now);
        // Locale.ROOT: under a Persian or Arabic default locale %d would write digits the code box then refuses.
        String code = String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
        Instant expiresAt = now.plus(settings.codeValidity());
        v.sent.put(method, new SentCode(hash(code), now, expiresAt, false));
        // The new code voids the old one: the inbox says so, as it says which one was used.
        extras.inbox.replaceAll(m -> m.channel() == method && m.use() == InboxMessage.Use.UNUSED ? m.with(InboxMessage.Use.REPLACED) : m);
        extras.inbox.add(new InboxMessage(now, method, to, code, expiresAt, InboxMessage.Use.UNUSED));
        return ActionResult.done("action.verification.sent", method.name(), to);
    }

    VerificationStatus verify(VerificationMethod method, String code, Set<VerificationMethod> required, Instant now) {
        DemoExtras.Verification v = extras.verification;
        v.lastProblem = check(method, code == null ? "" : asciiDigits(code.strip()), required, now);
        if (v.lastProblem == Problem.WRONG_CODE && v.wrongCodesByMethod.merge(method, 1, Integer::sum) >= settings.maxWrongCodes()) {
            v.lockedUntil = now.plus(settings.lockout());
            v.wrongCodesByMethod.clear();
        }
        return status(required, now);
    }

    /** Digits of any script as their ASCII digits ("۱۲۳" and "١٢٣" are "123"); everything else as typed. */
    static String asciiDigits(String typed) {
        StringBuilder ascii = new StringBuilder(typed.length());
        typed.codePoints().forEach(c -> ascii.appendCodePoint(Character.isDigit(c) ? '0' + Character.digit(c, 10) : c));
        return ascii.toString();
    }

    private Problem check(VerificationMethod method, String code, Set<VerificationMethod> required, Instant now) {
        DemoExtras.Verification v = extras.verification;
        if (v.lockedUntil != null && now.isBefore(v.lockedUntil)) {
            return Problem.LOCKED;
        }
        if (!required.contains(method)) {
            return Problem.NOT_REQUIRED;
        }
        if (!SIX_DIGITS.matcher(code).matches()) {
            return Problem.MALFORMED;
        }
        if (method == VerificationMethod.AUTHENTICATOR) {
            return checkAuthenticator(code, now);
        }
        SentCode sent = v.sent.get(method);
        if (sent == null) {
            return Problem.NOT_SENT;
        }
        if (!sameCode(sent.hash(), hash(code))) {
            return Problem.WRONG_CODE;
        }
        if (sent.used()) {
            return Problem.ALREADY_USED;
        }
        if (!now.isBefore(sent.expiresAt())) {
            return Problem.EXPIRED;
        }
        v.sent.put(method, new SentCode(sent.hash(), sent.sentAt(), sent.expiresAt(), true));
        extras.inbox.replaceAll(m -> m.channel() == method && m.use() == InboxMessage.Use.UNUSED ? m.with(InboxMessage.Use.USED) : m);
        v.verifiedAt.put(method, now);
        v.wrongCodesByMethod.remove(method);
        return null;
    }

    private Problem checkAuthenticator(String code, Instant now) {
        DemoExtras.Verification v = extras.verification;
        long step = now.getEpochSecond() / TOTP.getTimeStep().getSeconds();
        for (long s = step - 1; s <= step + 1; s++) {
            if (sameCode(hash(authenticatorCode(s)), hash(code))) {
                if (s <= v.lastAuthenticatorStep) {
                    return Problem.ALREADY_USED;
                }
                v.lastAuthenticatorStep = s;
                v.verifiedAt.put(VerificationMethod.AUTHENTICATOR, now);
                v.wrongCodesByMethod.remove(VerificationMethod.AUTHENTICATOR);
                return null;
            }
        }
        return Problem.WRONG_CODE;
    }

    VerificationStatus status(Set<VerificationMethod> required, Instant now) {
        DemoExtras.Verification v = extras.verification;
        Set<VerificationMethod> fresh = EnumSet.noneOf(VerificationMethod.class);
        v.verifiedAt.forEach((method, at) -> {
            if (required.contains(method) && now.isBefore(at.plus(settings.verificationFreshFor()))) {
                fresh.add(method);
            }
        });
        Map<VerificationMethod, Instant> resend = new EnumMap<>(VerificationMethod.class);
        v.sent.forEach((method, sent) -> resend.put(method, sent.sentAt().plus(settings.resendAfter())));
        boolean locked = v.lockedUntil != null && now.isBefore(v.lockedUntil);
        // The method nearest its limit says how many wrong codes are left before the lockout.
        int mostWrong = v.wrongCodesByMethod.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new VerificationStatus(required, fresh, resend, locked ? 0 : settings.maxWrongCodes() - mostWrong,
                locked ? Optional.of(v.lockedUntil) : Optional.empty(), Optional.ofNullable(v.lastProblem), true);
    }

    /** Verification is spent on the request it allowed: the next one needs new codes. */
    void spend() {
        extras.verification.verifiedAt.clear();
        extras.verification.lastProblem = null;
    }

    String authenticatorCode(Instant now) {
        return authenticatorCode(now.getEpochSecond() / TOTP.getTimeStep().getSeconds());
    }

    private String authenticatorCode(long step) {
        byte[] key = Base64.getDecoder().decode(extras.authenticatorKey);
        try {
            return TOTP.generateOneTimePasswordString(new SecretKeySpec(key, TOTP.getAlgorithm()),
                    Instant.ofEpochSecond(step * TOTP.getTimeStep().getSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("the demo's authenticator key is always a valid HMAC key", e);
        }
    }

    private static boolean sameCode(String hashA, String hashB) {
        return MessageDigest.isEqual(hashA.getBytes(StandardCharsets.US_ASCII), hashB.getBytes(StandardCharsets.US_ASCII));
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
