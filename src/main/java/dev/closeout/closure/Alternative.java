package dev.closeout.closure;

import dev.closeout.account.AccountStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * The four paths a person who came to close an account can take, gentlest first: what each
 * keeps, by the exchanges' typical rules, and when each can be taken.
 */
public enum Alternative {
    /** Take every coin off the exchange and keep the account, empty but open. */
    WITHDRAW(EnumSet.allOf(Aspect.class), EnumSet.of(AccountStatus.ACTIVE)),
    /** Switch off what runs by itself: API keys, recurring plans, open orders, the futures account. */
    DISABLE(EnumSet.allOf(Aspect.class), EnumSet.of(AccountStatus.ACTIVE)),
    /** Ask support to freeze the account: no log-in, no trading, every record kept, undone through support. */
    FREEZE(EnumSet.of(Aspect.KYC_KEPT, Aspect.VIP_AND_HISTORY_KEPT, Aspect.REVERSIBLE),
            EnumSet.of(AccountStatus.ACTIVE, AccountStatus.FROZEN)),
    /** Close the account for good: the close-account wizard. */
    CLOSE(EnumSet.noneOf(Aspect.class), EnumSet.of(AccountStatus.ACTIVE, AccountStatus.FROZEN));

    /** What the comparison of the alternatives asks of each: the questions a person weighs. */
    public enum Aspect {
        LOG_IN, TRADE, KYC_KEPT, VIP_AND_HISTORY_KEPT, REVERSIBLE
    }

    private final Set<Aspect> kept;
    private final Set<AccountStatus> openTo;

    Alternative(Set<Aspect> kept, Set<AccountStatus> openTo) {
        this.kept = kept;
        this.openTo = openTo;
    }

    /** The comparison's answer for this path: yes, the person can log in, trade, keeps KYC, VIP and history, can come back. */
    public boolean yes(Aspect aspect) {
        return kept.contains(aspect);
    }

    /**
     * Whether the path can be taken with the account as it is: nothing moves while it is
     * frozen, closing or closed, but a frozen account can still be unfrozen or closed.
     */
    public boolean openTo(AccountStatus status) {
        return openTo.contains(status);
    }
}
