package dev.closeout.exchange.demo;

import java.time.Instant;

/** Something the demo exchange will do by itself when its clock reaches {@code at}. */
record Scheduled(Instant at, Kind kind, String ref) {

    enum Kind {
        /** A deposit in flight is credited to Spot. */
        DEPOSIT_CREDITED,
        /** A withdrawal in flight has left the exchange. */
        WITHDRAWAL_COMPLETED,
        /** Unstaked funds arrive in Spot. */
        UNSTAKE_ARRIVES,
        /** Support settles a P2P order under appeal. */
        APPEAL_SETTLED,
        /** The closing queue reaches the account. */
        CLOSURE_COMPLETES,
        /** A closed account's retained data is deleted. */
        DATA_PURGED
    }
}
