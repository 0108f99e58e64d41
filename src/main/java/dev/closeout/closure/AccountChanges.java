package dev.closeout.closure;

import dev.closeout.account.AccountStatus;
import dev.closeout.account.Balance;
import dev.closeout.account.Wallet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed in an account between two readings that the person did not ask for: a deposit
 * that landed, staking released into Spot, a wait that ended, the closing queue moving on. The
 * app tells it where the person is, instead of letting rows change without a word.
 */
public record AccountChanges(List<BalanceChange> balances, int blockersCleared, int blockersAdded, AccountStatus statusBefore,
        AccountStatus statusAfter) {

    /** How much more (or less) of an asset a wallet holds now. */
    public record BalanceChange(Wallet wallet, String asset, BigDecimal by) {
    }

    public AccountChanges {
        balances = List.copyOf(balances);
    }

    /** The changes from {@code before} to {@code after}, wallet by wallet and asset by asset, in the order the account lists them. */
    public static AccountChanges between(AccountCheck before, AccountCheck after) {
        if (!before.snapshot().profile().accountId().equals(after.snapshot().profile().accountId())) {
            // Another account is no change of this one: its every balance is not news.
            AccountStatus status = after.snapshot().profile().status();
            return new AccountChanges(List.of(), 0, 0, status, status);
        }
        Map<String, BigDecimal> was = held(before);
        Map<String, BigDecimal> now = held(after);
        Map<String, BalanceChange> changes = new LinkedHashMap<>();
        for (Balance b : after.snapshot().balances()) {
            change(changes, b.wallet(), b.asset(), was, now);
        }
        for (Balance b : before.snapshot().balances()) {
            change(changes, b.wallet(), b.asset(), was, now);
        }
        // A blocker is the same one while it concerns the same thing, whatever its amount is now.
        List<String> had = before.report().blockers().stream().map(AccountChanges::which).toList();
        List<String> has = after.report().blockers().stream().map(AccountChanges::which).toList();
        int cleared = (int) had.stream().filter(f -> !has.contains(f)).count();
        int added = (int) has.stream().filter(f -> !had.contains(f)).count();
        return new AccountChanges(new ArrayList<>(changes.values()), cleared, added, before.snapshot().profile().status(),
                after.snapshot().profile().status());
    }

    public boolean none() {
        return balances.isEmpty() && blockersCleared == 0 && blockersAdded == 0 && statusBefore == statusAfter;
    }

    private static void change(Map<String, BalanceChange> changes, Wallet wallet, String asset, Map<String, BigDecimal> was,
            Map<String, BigDecimal> now) {
        String key = wallet + "/" + asset;
        BigDecimal by = now.getOrDefault(key, BigDecimal.ZERO).subtract(was.getOrDefault(key, BigDecimal.ZERO));
        if (by.signum() != 0) {
            changes.putIfAbsent(key, new BalanceChange(wallet, asset, by));
        }
    }

    private static String which(Finding f) {
        return f.kind() + "/" + f.wallet() + "/" + f.asset() + "/" + f.id() + "/" + f.symbol() + "/" + f.fix();
    }

    private static Map<String, BigDecimal> held(AccountCheck check) {
        Map<String, BigDecimal> held = new LinkedHashMap<>();
        for (Balance b : check.snapshot().balances()) {
            held.merge(b.wallet() + "/" + b.asset(), b.held(), BigDecimal::add);
        }
        return held;
    }
}
