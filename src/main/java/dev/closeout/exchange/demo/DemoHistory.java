package dev.closeout.exchange.demo;

import dev.closeout.account.P2pOrder;
import dev.closeout.account.history.AccountHistory;
import dev.closeout.account.history.Deposit;
import dev.closeout.account.history.DustConversion;
import dev.closeout.account.history.EarnEvent;
import dev.closeout.account.history.FuturesIncome;
import dev.closeout.account.history.P2pTrade;
import dev.closeout.account.history.Trade;
import dev.closeout.account.history.WalletTransfer;
import dev.closeout.account.history.Withdrawal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The demo account's whole history: the generated year before it was seeded, what was done in
 * it since, and its P2P orders as they stand now. The demo gives every part; nothing is left out.
 */
final class DemoHistory {

    /** The demo's P2P rate for a euro's worth of USDT, where a seeded order names no price. */
    private static final BigDecimal EUR_PER_USDT = new BigDecimal("0.93");

    private DemoHistory() {
    }

    static AccountHistory of(DemoAccount account, DemoExtras extras, Instant now) {
        // An account registered anew has no year before it: its history starts when it was opened.
        Instant opened = extras.registeredAt != null ? extras.registeredAt : now;
        AccountHistory year = extras.seededAt == null
                ? new AccountHistory(opened, now, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                        List.of(), List.of())
                : DemoYear.before(extras.seededAt);
        DemoActivity since = extras.activity;
        List<P2pTrade> p2p = new ArrayList<>(year.p2pOrders());
        account.p2pOrders.forEach(o -> p2p.add(p2pTrade(o)));
        List<Trade> trades = both(year.trades(), since.trades, Trade::at);
        List<Deposit> deposits = both(year.deposits(), since.deposits, Deposit::at);
        List<Withdrawal> withdrawals = both(year.withdrawals(), since.withdrawals, Withdrawal::at);
        List<WalletTransfer> transfers = both(year.transfers(), since.transfers, WalletTransfer::at);
        List<EarnEvent> earn = both(year.earn(), since.earn, EarnEvent::at);
        List<DustConversion> dust = both(year.dustConversions(), since.dustConversions, DustConversion::at);
        List<FuturesIncome> futures = both(year.futuresIncome(), since.futuresIncome, FuturesIncome::at);
        return new AccountHistory(year.from(), now, trades, deposits, withdrawals, transfers, earn, dust,
                DemoYear.oldestFirst(p2p, P2pTrade::at), futures, List.of());
    }

    private static <T> List<T> both(List<T> year, List<T> since, Function<T, Instant> at) {
        List<T> all = new ArrayList<>(year);
        all.addAll(since);
        return DemoYear.oldestFirst(all, at);
    }

    private static P2pTrade p2pTrade(P2pOrder o) {
        BigDecimal price = "EUR".equals(o.fiat()) ? EUR_PER_USDT : null;
        BigDecimal fiatAmount = price == null || o.amount() == null ? null : o.amount().multiply(price).setScale(2, RoundingMode.HALF_UP);
        return new P2pTrade(o.id(), o.createdAt(), o.side(), o.asset(), o.amount(), o.fiat(), price, fiatAmount, o.status());
    }
}
