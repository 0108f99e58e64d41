package dev.closeout.exchange.demo;

import dev.closeout.account.history.Deposit;
import dev.closeout.account.history.DustConversion;
import dev.closeout.account.history.EarnEvent;
import dev.closeout.account.history.FuturesIncome;
import dev.closeout.account.history.Trade;
import dev.closeout.account.history.WalletTransfer;
import dev.closeout.account.history.Withdrawal;
import java.util.ArrayList;
import java.util.List;

/**
 * What happened in the demo account since it was seeded, kept for its history: sales,
 * conversions, transfers, withdrawals, redemptions, closed positions, deposits credited.
 * Saved with the demo's side; few entries, since a person makes them one by one.
 */
final class DemoActivity {

    List<Trade> trades = new ArrayList<>();
    List<Deposit> deposits = new ArrayList<>();
    List<Withdrawal> withdrawals = new ArrayList<>();
    List<WalletTransfer> transfers = new ArrayList<>();
    List<EarnEvent> earn = new ArrayList<>();
    List<DustConversion> dustConversions = new ArrayList<>();
    List<FuturesIncome> futuresIncome = new ArrayList<>();

    /** A deposit in flight was credited. */
    void depositCompleted(String id) {
        deposits.replaceAll(d -> d.id().equals(id) ? d.completed() : d);
    }

    /** A withdrawal in flight left the exchange. */
    void withdrawalCompleted(String id) {
        withdrawals.replaceAll(w -> w.id().equals(id) ? w.completed() : w);
    }
}
