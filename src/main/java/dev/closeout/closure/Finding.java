package dev.closeout.closure;

import dev.closeout.account.Wallet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One item that stands in the way of closure and what to do about it. Fields that do not
 * apply to the kind are null:
 * <ul>
 * <li>{@code id}: the order, product, P2P order or transfer id; a sub-account's email; an unknown part's name;</li>
 * <li>{@code type}: the order type, Earn or staking product, P2P, sub-account or account status, transfer direction;</li>
 * <li>{@code amount}: what is held, in {@code asset} (a position's quantity; a wallet total in BTC);</li>
 * <li>{@code usdValue}: the amount at the snapshot's price, when there is one;</li>
 * <li>{@code owed}: borrowed plus interest, for a liability; {@code date}: when a locked item frees up;</li>
 * <li>{@code reason}: why the source could not read a part.</li>
 * </ul>
 */
public record Finding(
        FindingKind kind,
        Fix fix,
        Wallet wallet,
        String asset,
        BigDecimal amount,
        BigDecimal usdValue,
        BigDecimal owed,
        String id,
        String symbol,
        String type,
        LocalDate date,
        String reason) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fix, "fix");
    }
}
