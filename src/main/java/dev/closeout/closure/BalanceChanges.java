package dev.closeout.closure;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Balance;
import dev.closeout.account.Wallet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed in the balances between two readings of one account: a deposit landing, unstaked
 * funds arriving, a matured product released, an order filled. Said in so many words, so that no
 * balance changes under the person's eyes without a word.
 */
public final class BalanceChanges {

    /** One wallet's holding of one asset went up or down by {@code change}. */
    public record Change(Wallet wallet, String asset, BigDecimal change) {
    }

    private BalanceChanges() {
    }

    /** Every change of what is held, wallet by wallet, in the order the later reading lists them; none across accounts. */
    public static List<Change> between(AccountSnapshot before, AccountSnapshot after) {
        if (!before.profile().accountId().equals(after.profile().accountId())) {
            return List.of();
        }
        Map<String, Change> held = new LinkedHashMap<>();
        for (Balance b : after.balances()) {
            held.merge(b.wallet() + "|" + b.asset(), new Change(b.wallet(), b.asset(), b.held()),
                    (x, y) -> new Change(x.wallet(), x.asset(), x.change().add(y.change())));
        }
        for (Balance b : before.balances()) {
            held.merge(b.wallet() + "|" + b.asset(), new Change(b.wallet(), b.asset(), b.held().negate()),
                    (x, y) -> new Change(x.wallet(), x.asset(), x.change().add(y.change())));
        }
        List<Change> changes = new ArrayList<>();
        held.values().stream().filter(c -> c.change().signum() != 0).forEach(changes::add);
        return changes;
    }
}
