package dev.closeout.exchange;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The demo exchange's own tools, shown as the demo's: its inbox, its clock, a reset. */
public interface DemoControls {

    /** Email and SMS messages the demo has "delivered", newest last. */
    List<InboxMessage> inbox() throws ExchangeException;

    /** The code the demo account's authenticator app would show now. */
    String authenticatorCode() throws ExchangeException;

    /** The demo's time. */
    Instant now();

    /** Moves the demo's time forward: maturities, queues and delays follow. */
    void advance(Duration duration) throws ExchangeException;

    /** Restores the seeded account. */
    void reset() throws ExchangeException;

    /** Where the demo's state file was moved on opening because it could not be read; empty when all was well. */
    Optional<Path> setAsideFile();

    /**
     * A delivered code and what became of it: {@code use} says whether it was used or a newer code
     * replaced it (a code saved before this was kept reads as unused); whether it expired is
     * {@code expiresAt} against the demo's time.
     */
    record InboxMessage(Instant sentAt, VerificationMethod channel, String to, String code, Instant expiresAt, Use use) {

        public enum Use { UNUSED, USED, REPLACED }

        public InboxMessage {
            use = use == null ? Use.UNUSED : use;
        }

        public InboxMessage with(Use now) {
            return new InboxMessage(sentAt, channel, to, code, expiresAt, now);
        }
    }
}
