package dev.closeout.closure;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Balance;
import dev.closeout.account.P2pOrder;
import dev.closeout.account.Position;
import dev.closeout.account.Side;
import dev.closeout.account.SnapshotSource;
import dev.closeout.account.Wallet;
import dev.closeout.closure.Review.Amount;
import dev.closeout.closure.Review.Destination;
import dev.closeout.closure.Review.Kind;
import dev.closeout.closure.Review.Notice;
import dev.closeout.closure.Review.Part;
import dev.closeout.closure.export.ExportResult;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.WithdrawalNetwork;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule of what is reviewed before it happens: an action that moves money out of the
 * person's own wallets (a withdrawal, a sale, a conversion, a repayment, a released P2P trade),
 * makes a profit or loss real, forfeits rewards, tells someone else, or cannot be undone. What
 * stays between the person's own wallets and can be done again (cancelling an order, moving to
 * Spot, unstaking, a flexible redemption) runs without one.
 */
public final class Reviews {

    private static final int SCALE = 8;

    private final AccountSnapshot snapshot;
    private final LocalDate today;

    public Reviews(AccountSnapshot snapshot) {
        this.snapshot = snapshot;
        this.today = LocalDate.ofInstant(snapshot.takenAt(), ZoneOffset.UTC);
    }

    /**
     * The review of {@code action} on the account as the snapshot has it; empty when it runs
     * without one. A withdrawal is reviewed on its network ({@code network}, ignored otherwise).
     */
    public Optional<Review> of(AccountAction action, Optional<WithdrawalNetwork> network) {
        if (action instanceof AccountAction.Withdraw w) {
            return Optional.of(withdrawal(w, network.orElseThrow(() -> new IllegalArgumentException("a withdrawal needs its network"))));
        } else if (action instanceof AccountAction.SellToUsdt s) {
            return Optional.of(sale(s));
        } else if (action instanceof AccountAction.BuyWithUsdt b) {
            return Optional.of(purchase(b));
        } else if (action instanceof AccountAction.ConvertDust d) {
            return Optional.of(dust(d.assets()));
        } else if (action instanceof AccountAction.RepayMargin r) {
            return Optional.of(repayment(r));
        } else if (action instanceof AccountAction.ClosePosition p) {
            return Optional.of(positionClosed(p));
        } else if (action instanceof AccountAction.RedeemEarn e) {
            return earlyRedemption(e.earnId());
        } else if (action instanceof AccountAction.CancelP2pOrder c) {
            return Optional.of(p2p(Kind.CANCEL_P2P, c.orderId(), Notice.OTHER_PARTY_TOLD));
        } else if (action instanceof AccountAction.ReleaseP2pOrder r) {
            return Optional.of(p2p(Kind.RELEASE_P2P, r.orderId(), Notice.PAYMENT_FIRST));
        } else if (action instanceof AccountAction.CloseSubAccount c) {
            return Optional.of(new Review(Kind.CLOSE_SUB_ACCOUNT, c.email(), null, null, null, false, null, null, null, List.of(),
                    Set.of(Notice.FUNDS_MOVED_FIRST), true));
        } else if (action instanceof AccountAction.DeleteApiKey k) {
            return Optional.of(new Review(Kind.DELETE_API_KEY, k.label(), null, null, null, false, null, null, null, List.of(),
                    ownKey() ? Set.of(Notice.OWN_KEY) : Set.of(), true));
        }
        return Optional.empty();
    }

    /** The same, for an action that is never a withdrawal. */
    public Optional<Review> of(AccountAction action) {
        return of(action, Optional.empty());
    }

    private Review withdrawal(AccountAction.Withdraw w, WithdrawalNetwork n) {
        return new Review(Kind.WITHDRAW, null, new Amount(w.amount(), w.asset()), usd(w.amount(), w.asset()),
                new Amount(n.fee(), w.asset()), false, new Amount(n.arriving(w.amount()), w.asset()), null,
                new Destination(w.address(), n.name(), n.typicalTime()), List.of(), Set.of(Notice.NETWORK_MUST_MATCH), true);
    }

    /** A sale takes what is free (the rest stays in its orders), at the market price, for the typical fee. */
    private Review sale(AccountAction.SellToUsdt s) {
        BigDecimal free = free(s.wallet(), s.asset());
        BigDecimal value = usd(free, s.asset());
        Amount fee = value == null ? null : new Amount(value.multiply(TypicalFees.SPOT_TRADE).setScale(SCALE, RoundingMode.UP), "USDT");
        Amount arrives = value == null ? null : new Amount(value.subtract(fee.amount()).setScale(SCALE, RoundingMode.DOWN), "USDT");
        return new Review(Kind.SELL, null, new Amount(free, s.asset()), value, fee, true, arrives, null, null, List.of(), Set.of(), true);
    }

    /** A purchase spends the USDT at the market price, for the typical fee; what arrives is an estimate until it fills. */
    private Review purchase(AccountAction.BuyWithUsdt b) {
        Amount fee = new Amount(b.usdt().multiply(TypicalFees.SPOT_TRADE).setScale(SCALE, RoundingMode.UP), "USDT");
        Amount arrives = snapshot.priceOf(b.asset()).filter(p -> p.signum() > 0)
                .map(p -> new Amount(b.usdt().subtract(fee.amount()).divide(p, SCALE, RoundingMode.DOWN), b.asset())).orElse(null);
        return new Review(Kind.BUY, b.asset(), new Amount(b.usdt(), "USDT"), usd(b.usdt(), "USDT"), fee, true, arrives, null, null,
                List.of(), Set.of(), true);
    }

    /** A conversion lists every balance it takes, each with the BNB it gives and the fee it costs. */
    private Review dust(Set<String> assets) {
        DustLimit limit = DustLimit.of(snapshot);
        Optional<BigDecimal> bnb = snapshot.priceOf("BNB").filter(p -> p.signum() > 0);
        List<Part> parts = new ArrayList<>();
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal gives = BigDecimal.ZERO;
        BigDecimal costs = BigDecimal.ZERO;
        for (Balance b : snapshot.balances()) {
            BigDecimal price = snapshot.prices().get(b.asset());
            if (!limit.isDust(b, price) || !(assets.isEmpty() || assets.contains(b.asset()))) {
                continue;
            }
            BigDecimal usd = b.held().multiply(price);
            Amount give = bnb.map(p -> new Amount(usd.subtract(usd.multiply(TypicalFees.DUST_CONVERSION))
                    .divide(p, SCALE, RoundingMode.DOWN), "BNB")).orElse(null);
            Amount cost = bnb.map(p -> new Amount(usd.multiply(TypicalFees.DUST_CONVERSION).divide(p, SCALE, RoundingMode.UP), "BNB"))
                    .orElse(null);
            parts.add(new Part(new AccountAction.ConvertDust(Set.of(b.asset())), new Amount(b.held(), b.asset()), usd, give, cost));
            value = value.add(usd);
            gives = give == null ? gives : gives.add(give.amount());
            costs = cost == null ? costs : cost.amount().add(costs);
        }
        return new Review(Kind.CONVERT_DUST, null, null, value, bnb.isPresent() ? new Amount(costs, "BNB") : null, true,
                bnb.isPresent() ? new Amount(gives, "BNB") : null, null, null, parts, Set.of(), true);
    }

    private Review repayment(AccountAction.RepayMargin r) {
        BigDecimal owed = snapshot.balances().stream().filter(b -> b.wallet() == r.wallet() && b.asset().equals(r.asset()))
                .map(b -> b.owed().add(b.free().min(BigDecimal.ZERO).negate())).reduce(BigDecimal.ZERO, BigDecimal::add);
        Amount repaid = new Amount(owed, r.asset());
        return new Review(Kind.REPAY, r.wallet().name(), repaid, usd(owed, r.asset()), null, false, null, repaid, null, List.of(),
                Set.of(), true);
    }

    /** Closing at the market price makes the open profit or loss real, less the typical taker fee. */
    private Review positionClosed(AccountAction.ClosePosition p) {
        List<Position> closed = snapshot.positions().stream()
                .filter(x -> x.wallet() == p.wallet() && (p.symbol() == null || x.symbol().equals(p.symbol()))).toList();
        String settlement = closed.isEmpty() ? "USDT" : settlement(closed.get(0));
        BigDecimal pnl = closed.stream().map(x -> x.unrealizedPnl() == null ? BigDecimal.ZERO : x.unrealizedPnl())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (closed.isEmpty()) {
            pnl = snapshot.balances().stream().filter(b -> b.wallet() == p.wallet() && b.unrealizedPnl() != null)
                    .map(Balance::unrealizedPnl).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        BigDecimal fee = BigDecimal.ZERO;
        for (Position x : closed) {
            Optional<BigDecimal> price = snapshot.priceOf(Pairs.base(x.symbol()));
            if (p.wallet() != Wallet.COINM_FUTURES && price.isPresent()) {
                fee = fee.add(x.quantity().abs().multiply(price.get()).multiply(TypicalFees.FUTURES_TAKER));
            }
        }
        Amount quantity = closed.size() == 1 ? new Amount(closed.get(0).quantity(), Pairs.base(closed.get(0).symbol())) : null;
        String subject = closed.size() == 1 ? closed.get(0).symbol() : p.wallet().name();
        return new Review(Kind.CLOSE_POSITION, subject, quantity, null,
                fee.signum() == 0 ? null : new Amount(fee.setScale(SCALE, RoundingMode.UP), settlement), true, null,
                new Amount(pnl, settlement), null, List.of(), Set.of(), true);
    }

    /** Redeeming before maturity forfeits the penalty; a flexible or matured product is only the person's own funds back. */
    private Optional<Review> earlyRedemption(String id) {
        return snapshot.earn().stream().filter(e -> e.id().equals(id) && e.maturesOn() != null && e.maturesOn().isAfter(today))
                .findFirst().map(e -> {
                    BigDecimal penalty = e.earlyRedemptionPenalty() == null ? BigDecimal.ZERO : e.earlyRedemptionPenalty();
                    return new Review(Kind.REDEEM_EARLY, e.id(), new Amount(e.amount(), e.asset()), usd(e.amount(), e.asset()), null,
                            false, new Amount(e.amount().subtract(penalty), e.asset()), new Amount(penalty, e.asset()), null,
                            List.of(), Set.of(), true);
                });
    }

    /** Ending a P2P trade: a cancelled sale's crypto comes back to Funding; a released one goes to the buyer. */
    private Review p2p(Kind kind, String id, Notice notice) {
        Optional<P2pOrder> order = snapshot.p2pOrders().stream().filter(o -> o.id().equals(id)).findFirst();
        Amount amount = order.filter(o -> o.amount() != null && o.asset() != null).map(o -> new Amount(o.amount(), o.asset())).orElse(null);
        boolean sale = order.map(o -> o.side() == Side.SELL).orElse(false);
        Amount back = kind == Kind.CANCEL_P2P && sale ? amount : null;
        Amount given = kind == Kind.RELEASE_P2P ? amount : null;
        return new Review(kind, id, amount, amount == null ? null : usd(amount.amount(), amount.asset()), null, false, back, given, null,
                List.of(), Set.of(notice), true);
    }

    /** Switching features off: every step listed; deleting a key or closing a position cannot be undone. */
    public Review disabling(List<? extends AccountAction> actions) {
        Set<Notice> notices = EnumSet.noneOf(Notice.class);
        boolean irreversible = false;
        for (AccountAction a : actions) {
            if (a instanceof AccountAction.DeleteApiKey) {
                irreversible = true;
                if (ownKey()) {
                    notices.add(Notice.OWN_KEY);
                }
            } else if (a instanceof AccountAction.ClosePosition) {
                irreversible = true;
                notices.add(Notice.POSITIONS_CLOSED);
            }
        }
        // A position closed at the market price says the profit or loss it makes real.
        List<Part> parts = actions.stream().map(a -> new Part(a, null, null,
                a instanceof AccountAction.ClosePosition p ? positionClosed(p).givenUp() : null, null)).toList();
        return new Review(Kind.DISABLE, null, null, null, null, false, null, null, null, parts, notices, irreversible);
    }

    /** A freeze asked of support for {@code reason}: nobody logs in or trades until support unfreezes it. */
    public static Review freeze(String reason) {
        return new Review(Kind.FREEZE, reason, null, null, null, false, null, null, null, List.of(), Set.of(Notice.SUPPORT_UNFREEZES), false);
    }

    /**
     * The last summary before the account is closed: what it still holds, where the withdrawals Closeout sent went
     * ({@code sent}), and whether its history was exported ({@code exported}, where to).
     */
    public Review closure(BigDecimal usdHeld, List<AccountAction.Withdraw> sent, Optional<ExportResult> exported) {
        List<Part> parts = new ArrayList<>();
        sent.forEach(w -> parts.add(new Part(w, new Amount(w.amount(), w.asset()), null, null, null)));
        return new Review(Kind.CLOSE_ACCOUNT, exported.map(e -> e.folder().toString()).orElse(null), null, usdHeld, null, false, null,
                null, null, parts, Set.of(exported.isPresent() ? Notice.HISTORY_EXPORTED : Notice.HISTORY_NOT_EXPORTED), true);
    }

    /** Binance's snapshot lists the key it was read with: deleting its keys deletes Closeout's way in. */
    private boolean ownKey() {
        return snapshot.source() == SnapshotSource.BINANCE && !snapshot.apiKeys().isEmpty();
    }

    private BigDecimal free(Wallet wallet, String asset) {
        return snapshot.balances().stream().filter(b -> b.wallet() == wallet && b.asset().equals(asset) && b.isolatedSymbol() == null)
                .map(Balance::free).findFirst().orElse(BigDecimal.ZERO);
    }

    private BigDecimal usd(BigDecimal amount, String asset) {
        return snapshot.priceOf(asset).map(amount::multiply).orElse(null);
    }

    /** USDⓈ-M positions settle in their quote asset, COIN-M ones in their coin. */
    private static String settlement(Position p) {
        String base = Pairs.base(p.symbol());
        return p.wallet() == Wallet.COINM_FUTURES ? base : p.symbol().substring(base.length());
    }
}
