package dev.closeout.account;

import java.util.Objects;

/** A part of the account the source could not read; nothing may be assumed about it. */
public record UnknownPart(Part part, String reason) {

    public UnknownPart {
        Objects.requireNonNull(part, "part");
    }

    public enum Part {
        BALANCES("balances"), POSITIONS("positions"), EARN("earn"), STAKING("staking"),
        LAUNCHPOOL("launchpool"), LAUNCHPAD("launchpad"), OPEN_ORDERS("openOrders"),
        P2P_ORDERS("p2pOrders"), SUB_ACCOUNTS("subAccounts"), PENDING_TRANSFERS("pendingTransfers"),
        PROFILE("profile");

        private final String key;

        Part(String key) {
            this.key = key;
        }

        /** The name the snapshot format uses: the snapshot's own field name. */
        public String key() {
            return key;
        }
    }
}
