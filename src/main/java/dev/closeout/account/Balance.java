package dev.closeout.account;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One asset in one wallet. Optional amounts are null when the source did not report them,
 * so a written snapshot says exactly what was read. {@code isolatedSymbol} names the pair of
 * an isolated-margin balance.
 */
public record Balance(
        Wallet wallet,
        String asset,
        BigDecimal free,
        BigDecimal locked,
        BigDecimal borrowed,
        BigDecimal interest,
        BigDecimal unrealizedPnl,
        String isolatedSymbol) {

    public Balance {
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(free, "free");
    }

    /** A plain balance with nothing locked, borrowed or at stake. */
    public static Balance of(Wallet wallet, String asset, BigDecimal free) {
        return new Balance(wallet, asset, free, null, null, null, null, null);
    }

    /** What the account holds of the asset here: free plus locked in orders. */
    public BigDecimal held() {
        return free.add(Amounts.orZero(locked));
    }

    /** What the account owes here: borrowed plus interest. */
    public BigDecimal owed() {
        return Amounts.orZero(borrowed).add(Amounts.orZero(interest));
    }
}
