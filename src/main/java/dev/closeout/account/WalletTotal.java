package dev.closeout.account;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The exchange's own total of one wallet, in BTC. {@code itemized} false means the snapshot
 * does not list that wallet's items, so only this total shows what is there.
 */
public record WalletTotal(Wallet wallet, BigDecimal btcValue, boolean itemized) {

    public WalletTotal {
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(btcValue, "btcValue");
    }
}
