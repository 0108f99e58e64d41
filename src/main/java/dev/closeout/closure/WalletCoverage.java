package dev.closeout.closure;

import dev.closeout.account.Balance;
import dev.closeout.account.EarnPosition;
import dev.closeout.account.StakingPosition;
import dev.closeout.account.Wallet;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether the items read of a wallet account for the exchange's own total of it. The items'
 * worth in BTC is summed from the USD prices; an item with no price is of unknown worth, not
 * nothing, so it can cover any gap. A wallet whose items are worth clearly less than its total
 * (the gap above both {@value #GAP_PERCENT}% of the total and {@code 0.00001} BTC) holds
 * something Closeout does not see: it is not itemised.
 */
public final class WalletCoverage {

    static final int GAP_PERCENT = 10;
    private static final BigDecimal SMALLEST_GAP_BTC = new BigDecimal("0.00001");

    /** What a wallet's items are worth in BTC, and how many of them have no price to say it. */
    public record Worth(BigDecimal btc, int unpriced) {

        /** Whether these items are worth clearly less than the exchange's {@code total}. */
        public boolean fallsShortOf(BigDecimal total) {
            if (unpriced > 0) {
                return false;
            }
            BigDecimal gap = total.subtract(btc);
            return gap.compareTo(SMALLEST_GAP_BTC) > 0
                    && gap.multiply(BigDecimal.valueOf(100)).compareTo(total.multiply(BigDecimal.valueOf(GAP_PERCENT))) > 0;
        }
    }

    private WalletCoverage() {
    }

    /**
     * The worth of what is listed in {@code wallet}: its balances (free, locked and any
     * unrealised profit), and for Earn its positions and staking. {@code usdPrices} must price
     * BTC for anything but BTC to have a worth.
     */
    public static Worth of(Wallet wallet, List<Balance> balances, List<EarnPosition> earn, List<StakingPosition> staking,
                           Map<String, BigDecimal> usdPrices) {
        List<Map.Entry<String, BigDecimal>> items = new ArrayList<>();
        for (Balance b : balances) {
            if (b.wallet() == wallet) {
                BigDecimal pnl = b.unrealizedPnl() == null ? BigDecimal.ZERO : b.unrealizedPnl().max(BigDecimal.ZERO);
                items.add(Map.entry(b.asset(), b.held().add(pnl)));
            }
        }
        if (wallet == Wallet.EARN) {
            earn.forEach(e -> items.add(Map.entry(e.asset(), e.amount())));
            staking.forEach(st -> items.add(Map.entry(st.asset(), st.amount())));
        }
        BigDecimal btc = BigDecimal.ZERO;
        int unpriced = 0;
        for (Map.Entry<String, BigDecimal> item : items) {
            BigDecimal worth = inBtc(item.getKey(), item.getValue(), usdPrices);
            if (worth == null) {
                unpriced++;
            } else {
                btc = btc.add(worth);
            }
        }
        return new Worth(btc, unpriced);
    }

    private static BigDecimal inBtc(String asset, BigDecimal amount, Map<String, BigDecimal> usdPrices) {
        if ("BTC".equals(asset) || amount.signum() == 0) {
            return amount;
        }
        BigDecimal price = usdPrices.get(asset);
        BigDecimal btcPrice = usdPrices.get("BTC");
        if (price == null || btcPrice == null || btcPrice.signum() <= 0) {
            return null;
        }
        return amount.multiply(price).divide(btcPrice, MathContext.DECIMAL64);
    }
}
