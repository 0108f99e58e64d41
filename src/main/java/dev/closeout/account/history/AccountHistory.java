package dev.closeout.account.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What happened in an account from {@code from} to {@code to}, each list oldest first. What the
 * source could not give is listed in {@code notIncluded}, never left out silently.
 */
public record AccountHistory(
        Instant from,
        Instant to,
        List<Trade> trades,
        List<Deposit> deposits,
        List<Withdrawal> withdrawals,
        List<WalletTransfer> transfers,
        List<EarnEvent> earn,
        List<DustConversion> dustConversions,
        List<P2pTrade> p2pOrders,
        List<FuturesIncome> futuresIncome,
        List<NotIncluded> notIncluded) {

    /** Something the source could not give, why, and where the user can get it instead (a page of the exchange). */
    public record NotIncluded(String what, String reason, String whereToGetIt) {
    }

    public AccountHistory {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        trades = List.copyOf(trades);
        deposits = List.copyOf(deposits);
        withdrawals = List.copyOf(withdrawals);
        transfers = List.copyOf(transfers);
        earn = List.copyOf(earn);
        dustConversions = List.copyOf(dustConversions);
        p2pOrders = List.copyOf(p2pOrders);
        futuresIncome = List.copyOf(futuresIncome);
        notIncluded = List.copyOf(notIncluded);
    }

    /** The records of one part. */
    public List<?> records(HistoryPart part) {
        return switch (part) {
            case TRADES -> trades;
            case DEPOSITS -> deposits;
            case WITHDRAWALS -> withdrawals;
            case TRANSFERS -> transfers;
            case EARN -> earn;
            case DUST_CONVERSIONS -> dustConversions;
            case P2P_ORDERS -> p2pOrders;
            case FUTURES_INCOME -> futuresIncome;
        };
    }

    /** How many records there are in all. */
    public int size() {
        int size = 0;
        for (HistoryPart part : HistoryPart.values()) {
            size += records(part).size();
        }
        return size;
    }
}
