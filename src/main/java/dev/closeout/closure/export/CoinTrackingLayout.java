package dev.closeout.closure.export;

import dev.closeout.account.Side;
import dev.closeout.account.history.Deposit;
import dev.closeout.account.history.DustConversion;
import dev.closeout.account.history.EarnEvent;
import dev.closeout.account.history.FuturesIncome;
import dev.closeout.account.history.P2pTrade;
import dev.closeout.account.history.Trade;
import dev.closeout.account.history.WalletTransfer;
import dev.closeout.account.history.Withdrawal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * CoinTracking's CSV import: one row per record, Buy and Sell with their currencies, as
 * CoinTracking's import page asks, with its optional Tx-ID. CoinTracking counts the amounts as
 * they reached or left the account, fees included, and the fee column only as information; a fee
 * in a third coin (BNB paying for a BTC/USDT trade) it does not count at all, so such a fee is an
 * Other Fee row of its own beside the trade's. Types are CoinTracking's: Trade, Deposit,
 * Withdrawal, Staking, Lending Income, Other Fee, Swap (non taxable) for a move between two of the
 * account's own wallets; futures income is Derivatives / Futures Profit or Loss (typical: seen in
 * CoinTracking's list of types, not on its import page). A P2P order's fiat was paid outside the
 * exchange: the order is a Deposit or Withdrawal of the coin, its fiat amount in the comment.
 */
final class CoinTrackingLayout extends ToolLayout {

    static final String FILE = "cointracking.csv";
    private static final DateTimeFormatter TIME = utc("yyyy-MM-dd HH:mm:ss");

    private final String exchange;

    /** {@code exchange}: the Exchange column, the name CoinTracking lists the account under. */
    CoinTrackingLayout(String exchange) {
        super(FILE, "COINTRACKING", "Type", "Buy Amount", "Buy Currency", "Sell Amount", "Sell Currency", "Fee", "Fee Currency",
                "Exchange", "Trade-Group", "Comment", "Date", "Tx-ID");
        this.exchange = exchange;
    }

    /** How CoinTracking's list of exchanges names the account's exchange; the demo by Closeout's own name for it. */
    static String exchangeName(String exchangeId) {
        return exchangeId.equals("binance") ? "Binance" : "Closeout " + exchangeId;
    }

    private void coinTracking(Instant at, String type, BigDecimal buy, String buyCurrency, BigDecimal sell, String sellCurrency,
            BigDecimal fee, String feeCurrency, String group, String comment, String txId) {
        row(at, type, buy, buy == null ? null : buyCurrency, sell, sell == null ? null : sellCurrency, fee,
                fee == null ? null : feeCurrency, exchange, group, comment, TIME.format(at), txId);
    }

    /** What a trade bought and paid, its fee inside whichever side is in the fee's coin. */
    @Override
    void trade(Trade t) {
        boolean buy = t.side() == Side.BUY;
        String bought = buy ? t.base() : t.quote();
        String paid = buy ? t.quote() : t.base();
        BigDecimal in = orZero(buy ? t.quantity() : t.quoteAmount());
        BigDecimal out = orZero(buy ? t.quoteAmount() : t.quantity());
        boolean charged = charged(t.fee(), t.feeAsset());
        boolean inside = charged && (t.feeAsset().equals(bought) || t.feeAsset().equals(paid));
        if (inside && t.feeAsset().equals(bought)) {
            in = in.subtract(t.fee());
        } else if (inside) {
            out = out.add(t.fee());
        }
        coinTracking(t.at(), "Trade", in, bought, out, paid, inside ? t.fee() : null, t.feeAsset(), "trades", ref(t), null);
        if (charged && !inside) {
            coinTracking(t.at(), "Other Fee", null, null, t.fee(), t.feeAsset(), null, null, "trades", ref(t) + " fee", null);
        }
    }

    @Override
    void deposit(Deposit d) {
        boolean moved = moved(d);
        coinTracking(d.at(), "Deposit", ifMoved(moved, orZero(d.amount())), d.asset(), null, null, null, null, "deposits",
                remark(d, moved, d.status()), d.txId());
    }

    /** The amount that left, fee included, as CoinTracking's own example of a withdrawal has it. */
    @Override
    void withdrawal(Withdrawal w) {
        boolean moved = moved(w);
        BigDecimal fee = moved && charged(w.fee(), w.asset()) ? w.fee() : null;
        coinTracking(w.at(), "Withdrawal", null, null, ifMoved(moved, orZero(w.amount())), w.asset(), fee, w.asset(), "withdrawals",
                remark(w, moved, w.status()), w.txId());
    }

    @Override
    void transfer(WalletTransfer t) {
        BigDecimal amount = orZero(t.amount());
        coinTracking(t.at(), "Swap (non taxable)", amount, t.asset(), amount, t.asset(), null, null, "transfers",
                described(t, t.from() + " to " + t.to()), null);
    }

    @Override
    void earn(EarnEvent e) {
        BigDecimal amount = orZero(e.amount());
        String comment = described(e, e.product() + " " + e.kind(), e.productId());
        switch (e.kind()) {
            case SUBSCRIPTION -> coinTracking(e.at(), "Withdrawal", null, null, amount, e.asset(), null, null, "earn", comment, null);
            case REDEMPTION -> coinTracking(e.at(), "Deposit", amount, e.asset(), null, null, null, null, "earn", comment, null);
            case REWARD -> coinTracking(e.at(), e.product() == EarnEvent.Product.STAKING ? "Staking" : "Lending Income", amount,
                    e.asset(), null, null, null, null, "earn", comment, null);
        }
    }

    /** What the small balance became is already net of the fee, which is in that coin. */
    @Override
    void dust(DustConversion d) {
        BigDecimal fee = charged(d.fee(), d.toAsset()) ? d.fee() : null;
        coinTracking(d.at(), "Trade", orZero(d.toAmount()), d.toAsset(), orZero(d.amount()), d.asset(), fee, d.toAsset(), "dust",
                ref(d), null);
    }

    @Override
    void p2p(P2pTrade p) {
        boolean moved = moved(p);
        BigDecimal amount = ifMoved(moved, orZero(p.amount()));
        String comment = described(p, moved ? null : p.status() + ", moved nothing",
                p.fiatAmount() == null ? null : p.side() + " for " + p.fiatAmount().toPlainString() + " " + p.fiat());
        if (p.side() == Side.BUY) {
            coinTracking(p.at(), "Deposit", amount, p.asset(), null, null, null, null, "p2p", comment, null);
        } else {
            coinTracking(p.at(), "Withdrawal", null, null, amount, p.asset(), null, null, "p2p", comment, null);
        }
    }

    @Override
    void futures(FuturesIncome f) {
        BigDecimal amount = orZero(f.amount());
        boolean in = amount.signum() >= 0;
        String type = f.kind() == FuturesIncome.Kind.COMMISSION ? in ? "Reward / Bonus" : "Other Fee"
                : in ? "Derivatives / Futures Profit" : "Derivatives / Futures Loss";
        String comment = described(f, f.kind().name(), f.symbol());
        if (in) {
            coinTracking(f.at(), type, amount, f.asset(), null, null, null, null, "futures", comment, null);
        } else {
            coinTracking(f.at(), type, null, null, amount.negate(), f.asset(), null, null, "futures", comment, null);
        }
    }
}
