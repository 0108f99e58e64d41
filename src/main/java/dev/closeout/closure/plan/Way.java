package dev.closeout.closure.plan;

import dev.closeout.exchange.WithdrawalNetwork;
import java.util.Objects;

/**
 * How one holding leaves: withdrawn on a network, sold for USDT, converted to BNB as dust, left in the
 * account, or (for the USDT everything sold became) spent on {@code target}, then withdrawn on
 * {@code network}.
 */
record Way(Kind kind, WithdrawalNetwork network, String target) {

    enum Kind { WITHDRAW, SELL, DUST, BUY, LEAVE }

    static final Way SELL = new Way(Kind.SELL, null, null);
    static final Way DUST = new Way(Kind.DUST, null, null);
    static final Way LEAVE = new Way(Kind.LEAVE, null, null);

    Way {
        Objects.requireNonNull(kind, "kind");
    }

    static Way withdraw(WithdrawalNetwork network) {
        return new Way(Kind.WITHDRAW, Objects.requireNonNull(network), null);
    }

    static Way buy(String target, WithdrawalNetwork network) {
        return new Way(Kind.BUY, Objects.requireNonNull(network), Objects.requireNonNull(target));
    }

    boolean is(Kind k) {
        return kind == k;
    }
}
