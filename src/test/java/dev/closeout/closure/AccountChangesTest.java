package dev.closeout.closure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.Snapshots;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Wallet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What changed in an account by itself between two readings, wallet by wallet. */
class AccountChangesTest {

    @Test
    void a_deposit_landing_is_a_change_of_its_wallet_and_a_balance_gone_is_one_too() {
        AccountCheck before = check(Snapshots.snapshot("""
                "balances": [ { "wallet": "SPOT", "asset": "USDT", "free": "662.37" }, { "wallet": "FUNDING", "asset": "PEPE", "free": "1" } ]"""));
        AccountCheck after = check(Snapshots.snapshot("""
                "balances": [ { "wallet": "SPOT", "asset": "USDT", "free": "782.37" } ]"""));

        assertEquals(List.of(new AccountChanges.BalanceChange(Wallet.SPOT, "USDT", new BigDecimal("120.00")),
                new AccountChanges.BalanceChange(Wallet.FUNDING, "PEPE", new BigDecimal("-1"))), AccountChanges.between(before, after).balances());
    }

    @Test
    void another_account_read_after_this_one_is_no_change_of_it() {
        AccountCheck before = check(Snapshots.snapshot("""
                "balances": [ { "wallet": "SPOT", "asset": "USDT", "free": "662.37" } ]"""));
        AccountCheck other = check(Snapshots.snapshot("""
                "profile": { "accountId": "2", "email": "b@example.com", "status": "ACTIVE" }"""));

        assertTrue(AccountChanges.between(before, other).none());
    }

    private static AccountCheck check(AccountSnapshot snapshot) {
        return new AccountCheck(snapshot, Eligibility.evaluate(snapshot));
    }
}
