package dev.closeout.account.history;

import dev.closeout.account.Wallet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** Funds moved between two of the account's own wallets. */
public record WalletTransfer(String id, Instant at, String asset, BigDecimal amount, Wallet from, Wallet to) {

    public WalletTransfer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
    }
}
