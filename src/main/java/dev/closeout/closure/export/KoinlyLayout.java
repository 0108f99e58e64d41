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
 * Koinly's universal CSV template: one row per record, what was sent, what was received and the
 * fee, each with its currency. Koinly takes the fee from the wallet on top of what was sent, so a
 * withdrawal's fee comes out of its amount here and a dust conversion's fee goes back onto what it
 * became; a deposit carries none, as Koinly allows none. Tags (Koinly calls the column Label) are
 * the ones Koinly documents: Reward, Add to Pool / Remove from Pool for Earn and staking, Realized
 * P&L for futures, Cost and Fee refund for futures fees, Swap for a move between two of the
 * account's own wallets (tax-free, the coin's cost kept). A P2P order's fiat was paid outside the
 * exchange: it is the row's worth, not a leg.
 */
final class KoinlyLayout extends ToolLayout {

    static final String FILE = "koinly-universal.csv";
    private static final DateTimeFormatter TIME = utc("yyyy-MM-dd HH:mm:ss 'UTC'");

    KoinlyLayout() {
        super(FILE, "KOINLY", "Date", "Sent Amount", "Sent Currency", "Received Amount", "Received Currency", "Fee Amount",
                "Fee Currency", "Net Worth Amount", "Net Worth Currency", "Label", "Description", "TxHash");
    }

    /** One row; absent amounts leave their amount and currency empty. */
    private void koinly(Instant at, Leg sent, Leg received, Leg fee, Leg worth, String label, String description, String txHash) {
        row(at, TIME.format(at), amount(sent), currency(sent), amount(received), currency(received), amount(fee), currency(fee),
                amount(worth), currency(worth), label, description, txHash);
    }

    private record Leg(BigDecimal amount, String currency) {
    }

    private static Leg leg(BigDecimal amount, String currency) {
        return new Leg(amount, currency);
    }

    private static BigDecimal amount(Leg leg) {
        return leg == null ? null : leg.amount();
    }

    private static String currency(Leg leg) {
        return leg == null ? null : leg.currency();
    }

    @Override
    void trade(Trade t) {
        Leg base = leg(orZero(t.quantity()), t.base());
        Leg quote = leg(orZero(t.quoteAmount()), t.quote());
        Leg fee = charged(t.fee(), t.feeAsset()) ? leg(t.fee(), t.feeAsset()) : null;
        boolean buy = t.side() == Side.BUY;
        koinly(t.at(), buy ? quote : base, buy ? base : quote, fee, null, null, ref(t), null);
    }

    @Override
    void deposit(Deposit d) {
        boolean moved = moved(d);
        koinly(d.at(), null, leg(ifMoved(moved, orZero(d.amount())), d.asset()), null, null, null, remark(d, moved, d.status()),
                d.txId());
    }

    @Override
    void withdrawal(Withdrawal w) {
        boolean moved = moved(w);
        BigDecimal amount = ifMoved(moved, orZero(w.amount()));
        Leg fee = moved && charged(w.fee(), w.asset()) ? leg(w.fee(), w.asset()) : null;
        BigDecimal sent = fee == null ? amount : amount.subtract(fee.amount());
        koinly(w.at(), leg(sent, w.asset()), null, fee, null, null, remark(w, moved, w.status()), w.txId());
    }

    @Override
    void transfer(WalletTransfer t) {
        Leg moved = leg(orZero(t.amount()), t.asset());
        koinly(t.at(), moved, moved, null, null, "Swap", described(t, t.from() + " to " + t.to()), null);
    }

    @Override
    void earn(EarnEvent e) {
        Leg amount = leg(orZero(e.amount()), e.asset());
        String description = described(e, e.product() + " " + e.kind(), e.productId());
        switch (e.kind()) {
            case SUBSCRIPTION -> koinly(e.at(), amount, null, null, null, "Add to Pool", description, null);
            case REDEMPTION -> koinly(e.at(), null, amount, null, null, "Remove from Pool", description, null);
            case REWARD -> koinly(e.at(), null, amount, null, null, "Reward", description, null);
        }
    }

    @Override
    void dust(DustConversion d) {
        Leg fee = charged(d.fee(), d.toAsset()) ? leg(d.fee(), d.toAsset()) : null;
        BigDecimal received = orZero(d.toAmount()).add(fee == null ? BigDecimal.ZERO : fee.amount());
        koinly(d.at(), leg(orZero(d.amount()), d.asset()), leg(received, d.toAsset()), fee, null, null, ref(d), null);
    }

    @Override
    void p2p(P2pTrade p) {
        boolean moved = moved(p);
        Leg amount = leg(ifMoved(moved, orZero(p.amount())), p.asset());
        Leg worth = moved && p.fiatAmount() != null && p.fiat() != null ? leg(p.fiatAmount(), p.fiat()) : null;
        String description = described(p, moved ? null : p.status() + ", moved nothing",
                p.price() == null ? null : "price " + p.price().toPlainString() + " " + p.fiat());
        boolean buy = p.side() == Side.BUY;
        koinly(p.at(), buy ? null : amount, buy ? amount : null, null, worth, null, description, null);
    }

    @Override
    void futures(FuturesIncome f) {
        BigDecimal amount = orZero(f.amount());
        boolean in = amount.signum() >= 0;
        String label = f.kind() != FuturesIncome.Kind.COMMISSION ? "Realized P&L" : in ? "Fee refund" : "Cost";
        Leg moved = leg(amount.abs(), f.asset());
        String description = described(f, f.kind().name(), f.symbol());
        koinly(f.at(), in ? null : moved, in ? moved : null, null, null, label, description, null);
    }
}
