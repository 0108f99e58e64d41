package dev.closeout.closure.export;

import static dev.closeout.closure.export.HistoryTable.column;

import dev.closeout.account.history.AccountHistory;
import dev.closeout.account.history.DustConversion;
import dev.closeout.account.history.EarnEvent;
import dev.closeout.account.history.FuturesIncome;
import dev.closeout.account.history.HistoryPart;
import dev.closeout.account.history.P2pTrade;
import dev.closeout.account.history.Trade;
import dev.closeout.account.history.WalletTransfer;
import dev.closeout.account.history.Deposit;
import dev.closeout.account.history.Withdrawal;
import java.util.List;

/** The history's tables, in the order they are exported; the column names are the records' own. */
final class HistoryTables {

    static final HistoryTable<Trade> TRADES = new HistoryTable<>(HistoryPart.TRADES, "trades.csv", "trades",
            AccountHistory::trades, List.of(column("time", Trade::at), column("id", Trade::id), column("wallet", Trade::wallet),
                    column("symbol", Trade::symbol), column("base", Trade::base), column("quote", Trade::quote),
                    column("side", Trade::side), column("price", Trade::price),
                    column("quantity", Trade::quantity), column("quoteAmount", Trade::quoteAmount), column("fee", Trade::fee),
                    column("feeAsset", Trade::feeAsset)));

    static final HistoryTable<Deposit> DEPOSITS = new HistoryTable<>(HistoryPart.DEPOSITS, "deposits.csv", "deposits",
            AccountHistory::deposits, List.of(column("time", Deposit::at), column("id", Deposit::id),
                    column("asset", Deposit::asset), column("amount", Deposit::amount), column("network", Deposit::network),
                    column("address", Deposit::address), column("txId", Deposit::txId), column("status", Deposit::status)));

    static final HistoryTable<Withdrawal> WITHDRAWALS = new HistoryTable<>(HistoryPart.WITHDRAWALS, "withdrawals.csv",
            "withdrawals", AccountHistory::withdrawals, List.of(column("time", Withdrawal::at), column("id", Withdrawal::id),
                    column("asset", Withdrawal::asset), column("amount", Withdrawal::amount), column("fee", Withdrawal::fee),
                    column("network", Withdrawal::network), column("address", Withdrawal::address),
                    column("txId", Withdrawal::txId), column("status", Withdrawal::status)));

    static final HistoryTable<WalletTransfer> TRANSFERS = new HistoryTable<>(HistoryPart.TRANSFERS, "transfers.csv",
            "transfers", AccountHistory::transfers, List.of(column("time", WalletTransfer::at), column("id", WalletTransfer::id),
                    column("asset", WalletTransfer::asset), column("amount", WalletTransfer::amount),
                    column("from", WalletTransfer::from), column("to", WalletTransfer::to)));

    static final HistoryTable<EarnEvent> EARN = new HistoryTable<>(HistoryPart.EARN, "earn.csv", "earn", AccountHistory::earn,
            List.of(column("time", EarnEvent::at), column("id", EarnEvent::id), column("kind", EarnEvent::kind),
                    column("product", EarnEvent::product), column("productId", EarnEvent::productId),
                    column("asset", EarnEvent::asset), column("amount", EarnEvent::amount)));

    static final HistoryTable<DustConversion> DUST = new HistoryTable<>(HistoryPart.DUST_CONVERSIONS, "dust-conversions.csv",
            "dustConversions", AccountHistory::dustConversions, List.of(column("time", DustConversion::at),
                    column("id", DustConversion::id), column("asset", DustConversion::asset),
                    column("amount", DustConversion::amount), column("toAsset", DustConversion::toAsset),
                    column("toAmount", DustConversion::toAmount), column("fee", DustConversion::fee)));

    static final HistoryTable<P2pTrade> P2P = new HistoryTable<>(HistoryPart.P2P_ORDERS, "p2p-orders.csv", "p2pOrders",
            AccountHistory::p2pOrders, List.of(column("time", P2pTrade::at), column("id", P2pTrade::id),
                    column("side", P2pTrade::side), column("asset", P2pTrade::asset), column("amount", P2pTrade::amount),
                    column("fiat", P2pTrade::fiat), column("price", P2pTrade::price), column("fiatAmount", P2pTrade::fiatAmount),
                    column("status", P2pTrade::status)));

    static final HistoryTable<FuturesIncome> FUTURES = new HistoryTable<>(HistoryPart.FUTURES_INCOME, "futures-income.csv",
            "futuresIncome", AccountHistory::futuresIncome, List.of(column("time", FuturesIncome::at),
                    column("id", FuturesIncome::id), column("wallet", FuturesIncome::wallet),
                    column("symbol", FuturesIncome::symbol), column("kind", FuturesIncome::kind),
                    column("asset", FuturesIncome::asset), column("amount", FuturesIncome::amount)));

    static final List<HistoryTable<?>> ALL = List.of(TRADES, DEPOSITS, WITHDRAWALS, TRANSFERS, EARN, DUST, P2P, FUTURES);

    private HistoryTables() {
    }
}
