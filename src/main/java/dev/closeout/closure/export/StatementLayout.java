package dev.closeout.closure.export;

import dev.closeout.account.Side;
import dev.closeout.account.Wallet;
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
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Binance's transaction statement ("Export transaction records" on binance.com): one row per
 * change of one coin in one wallet, {@code Change} signed. A trade is its two legs and its fee,
 * a transfer a row in each wallet, a dust conversion the small balance and what it became. The
 * demo is written in the same layout, which tax tools and portfolio trackers read as Binance's.
 *
 * <p>Binance documents how to download the statement, not its operation names nor its account
 * names: the ones here are typical, as real statements show them and open-source importers read
 * them (rotki's Binance importer among them). Where no sample shows a name (a transfer to Options,
 * dust to another coin than BNB), the name is Closeout's own, in the same form.
 */
final class StatementLayout extends ToolLayout {

    static final String FILE = "binance-statement.csv";
    private static final DateTimeFormatter TIME = utc("yyyy-MM-dd HH:mm:ss");
    private static final Map<Wallet, String> ACCOUNTS = new EnumMap<>(Map.of(Wallet.SPOT, "Spot", Wallet.FUNDING, "Funding",
            Wallet.CROSS_MARGIN, "Cross Margin", Wallet.ISOLATED_MARGIN, "Isolated Margin", Wallet.USDM_FUTURES, "USD-MFutures",
            Wallet.COINM_FUTURES, "Coin-MFutures", Wallet.OPTIONS, "Options", Wallet.TRADING_BOT, "Trading Bots",
            Wallet.COPY_TRADING, "Copy Trading", Wallet.EARN, "Earn"));
    private static final Set<Wallet> MARGIN = Set.of(Wallet.CROSS_MARGIN, Wallet.ISOLATED_MARGIN);

    private final String userId;

    /** {@code userId}: the account's id, Binance's first column. */
    StatementLayout(String userId) {
        super(FILE, "STATEMENT", "User_ID", "UTC_Time", "Account", "Operation", "Coin", "Change", "Remark");
        this.userId = userId;
    }

    private void change(Instant at, Wallet wallet, String operation, String coin, BigDecimal change, String remark) {
        row(at, userId, TIME.format(at), ACCOUNTS.get(wallet), operation, coin, change, remark);
    }

    @Override
    void trade(Trade t) {
        boolean buy = t.side() == Side.BUY;
        String ref = ref(t);
        BigDecimal quantity = orZero(t.quantity());
        BigDecimal quote = orZero(t.quoteAmount());
        change(t.at(), t.wallet(), buy ? "Transaction Buy" : "Transaction Sold", t.base(), buy ? quantity : quantity.negate(), ref);
        change(t.at(), t.wallet(), buy ? "Transaction Spend" : "Transaction Revenue", t.quote(), buy ? quote.negate() : quote, ref);
        if (charged(t.fee(), t.feeAsset())) {
            change(t.at(), t.wallet(), "Transaction Fee", t.feeAsset(), t.fee().negate(), ref);
        }
    }

    @Override
    void deposit(Deposit d) {
        boolean moved = moved(d);
        change(d.at(), Wallet.SPOT, "Deposit", d.asset(), ifMoved(moved, orZero(d.amount())), remark(d, moved, d.status()));
    }

    @Override
    void withdrawal(Withdrawal w) {
        boolean moved = moved(w);
        change(w.at(), Wallet.SPOT, "Withdraw", w.asset(), ifMoved(moved, orZero(w.amount())).negate(),
                remark(w, moved, w.status()));
    }

    @Override
    void transfer(WalletTransfer t) {
        String operation = transferName(t.from(), t.to());
        change(t.at(), t.from(), operation, t.asset(), orZero(t.amount()).negate(), ref(t));
        change(t.at(), t.to(), operation, t.asset(), orZero(t.amount()), ref(t));
    }

    /** Binance names a transfer by the pair of wallets, whichever way it went. */
    private static String transferName(Wallet from, Wallet to) {
        Set<Wallet> ends = Set.of(from, to);
        if (ends.equals(Set.of(Wallet.SPOT, Wallet.FUNDING))) {
            return "Transfer Between Main and Funding Wallet";
        } else if (ends.equals(Set.of(Wallet.SPOT, Wallet.USDM_FUTURES))) {
            return "Transfer Between Spot Account and UM Futures Account";
        } else if (ends.equals(Set.of(Wallet.SPOT, Wallet.COINM_FUTURES))) {
            return "Transfer Between Spot Account and CM Futures Account";
        } else if (MARGIN.contains(from) || MARGIN.contains(to)) {
            return "Transfer Between Main Account/Futures and Margin Account";
        }
        return "Transfer Between " + ACCOUNTS.get(from) + " and " + ACCOUNTS.get(to);
    }

    @Override
    void earn(EarnEvent e) {
        BigDecimal amount = orZero(e.amount());
        change(e.at(), Wallet.SPOT, earnName(e), e.asset(), e.kind() == EarnEvent.Kind.SUBSCRIPTION ? amount.negate() : amount,
                ref(e));
    }

    private static String earnName(EarnEvent e) {
        return switch (e.product()) {
            case FLEXIBLE -> switch (e.kind()) {
                case SUBSCRIPTION -> "Simple Earn Flexible Subscription";
                case REDEMPTION -> "Simple Earn Flexible Redemption";
                case REWARD -> "Simple Earn Flexible Interest";
            };
            case LOCKED -> switch (e.kind()) {
                case SUBSCRIPTION -> "Simple Earn Locked Subscription";
                case REDEMPTION -> "Simple Earn Locked Redemption";
                case REWARD -> "Simple Earn Locked Rewards";
            };
            case STAKING -> switch (e.kind()) {
                case SUBSCRIPTION -> "Staking Purchase";
                case REDEMPTION -> "Staking Redemption";
                case REWARD -> "Staking Rewards";
            };
        };
    }

    /** What the small balance became is net of the conversion's fee, as Binance credits it. */
    @Override
    void dust(DustConversion d) {
        String operation = "Small Assets Exchange " + d.toAsset();
        change(d.at(), Wallet.SPOT, operation, d.asset(), orZero(d.amount()).negate(), ref(d));
        change(d.at(), Wallet.SPOT, operation, d.toAsset(), orZero(d.toAmount()), ref(d));
    }

    @Override
    void p2p(P2pTrade p) {
        boolean moved = moved(p);
        BigDecimal amount = ifMoved(moved, orZero(p.amount()));
        change(p.at(), Wallet.FUNDING, "P2P Trading", p.asset(), p.side() == Side.BUY ? amount : amount.negate(),
                remark(p, moved, p.status()));
    }

    @Override
    void futures(FuturesIncome f) {
        String operation = switch (f.kind()) {
            case REALIZED_PNL -> "Realized Profit and Loss";
            case COMMISSION -> "Fee";
            case FUNDING_FEE -> "Funding Fee";
        };
        change(f.at(), f.wallet(), operation, f.asset(), orZero(f.amount()), ref(f));
    }
}
