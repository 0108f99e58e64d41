package dev.closeout.closure;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Balance;
import dev.closeout.account.OpenOrder;
import dev.closeout.account.P2pOrder;
import dev.closeout.account.Side;
import dev.closeout.account.Wallet;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What keeps a balance where it is, so that a finding offers only what can run now and says why
 * nothing can: funds in P2P escrow or in open orders, a loan still owed, open futures positions.
 */
public final class Holds {

    private static final Set<Wallet> FUTURES = EnumSet.of(Wallet.USDM_FUTURES, Wallet.COINM_FUTURES);
    private static final Set<P2pOrder.Status> OPEN_P2P = EnumSet.of(P2pOrder.Status.PENDING_PAYMENT, P2pOrder.Status.PAID,
            P2pOrder.Status.APPEALING);

    /** What holds a balance: {@code amount} of {@code asset}, by the orders {@code ids} (none for a loan or positions). */
    public record Held(Kind kind, BigDecimal amount, String asset, List<String> ids) {

        public Held {
            ids = List.copyOf(ids);
        }
    }

    /** What it is held by. */
    public enum Kind { P2P_ORDER, OPEN_ORDER, LOAN, POSITIONS }

    private Holds() {
    }

    /** What keeps the finding's balance from moving now; empty when something of it can move, or it is no balance. */
    public static Optional<Held> of(Finding f, AccountSnapshot snapshot) {
        if (f.kind() != FindingKind.BALANCE) {
            return Optional.empty();
        }
        Optional<Balance> line = line(f, snapshot);
        BigDecimal owed = line.map(Balance::owed).orElse(BigDecimal.ZERO);
        if (owed.signum() != 0 && f.fix() != Fix.REPAY_LIABILITY) {
            return Optional.of(new Held(Kind.LOAN, owed, f.asset(), List.of()));
        }
        if (FUTURES.contains(f.wallet()) && snapshot.positions().stream().anyMatch(p -> p.wallet() == f.wallet())) {
            return Optional.of(new Held(Kind.POSITIONS, f.amount(), f.asset(), List.of()));
        }
        return Withdrawals.free(f, snapshot).signum() > 0 ? Optional.empty() : lockedPart(snapshot, f.wallet(), f.asset());
    }

    /**
     * What holds the locked part of a wallet's {@code asset}, however much of it is free ("80 USDT held by P2P order
     * 30771" beside the 250 that can move); empty when none of it is locked.
     */
    public static Optional<Held> lockedPart(AccountSnapshot snapshot, Wallet wallet, String asset) {
        BigDecimal locked = snapshot.balances().stream().filter(b -> b.wallet() == wallet && b.asset().equals(asset))
                .map(Balance::locked).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (locked.signum() <= 0) {
            return Optional.empty();
        }
        List<String> p2p = snapshot.p2pOrders().stream()
                .filter(o -> o.side() == Side.SELL && asset.equals(o.asset()) && OPEN_P2P.contains(o.status())).map(P2pOrder::id).toList();
        if (wallet == Wallet.FUNDING && !p2p.isEmpty()) {
            return Optional.of(new Held(Kind.P2P_ORDER, locked, asset, p2p));
        }
        List<String> orders = snapshot.openOrders().stream().filter(o -> o.market() == wallet && holds(o, asset))
                .map(OpenOrder::id).toList();
        return Optional.of(new Held(Kind.OPEN_ORDER, locked, asset, orders));
    }

    /** A sell holds its base asset, a buy its quote. */
    private static boolean holds(OpenOrder o, String asset) {
        return o.side() == Side.SELL ? o.symbol().startsWith(asset) : o.side() == Side.BUY && o.symbol().endsWith(asset);
    }

    /** Something of the balance can move to Spot now: it is free, owes nothing, and no futures position holds the wallet. */
    static boolean movable(Finding f, AccountSnapshot snapshot) {
        return Withdrawals.free(f, snapshot).signum() > 0 && of(f, snapshot).isEmpty();
    }

    /** The P2P order is a sale the buyer has paid: its crypto can be released, completing it. */
    static boolean releasable(Finding f, AccountSnapshot snapshot) {
        return snapshot.p2pOrders().stream().anyMatch(o -> o.id().equals(f.id()) && o.status() == P2pOrder.Status.PAID && o.side() == Side.SELL);
    }

    /** The wallet holds enough to repay what it owes. */
    static boolean repayable(Finding f, AccountSnapshot snapshot) {
        return f.owed() == null || Withdrawals.free(f, snapshot).compareTo(f.owed()) >= 0;
    }

    private static Optional<Balance> line(Finding f, AccountSnapshot snapshot) {
        return snapshot.balances().stream()
                .filter(b -> b.wallet() == f.wallet() && b.asset().equals(f.asset()) && Objects.equals(b.isolatedSymbol(), f.symbol()))
                .findFirst();
    }
}
