package dev.closeout.closure;

import dev.closeout.exchange.WithdrawalNetwork;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** How an asset leaves the account, cheapest first. */
public enum WayOut {
    /** A network takes it: withdraw it to an address. */
    WITHDRAW,
    /** No network takes this amount, but it is worth a market order: sell it for USDT, then withdraw the USDT. */
    SELL,
    /** Too small to sell: convert it to BNB with the other small balances, then withdraw the BNB. */
    CONVERT,
    /** Neither: it stays in the account. */
    STAYS,
    /** The exchange withdraws only on its website, never through Closeout: its withdrawal page for the asset. */
    ON_EXCHANGE;

    /**
     * The smallest market order exchanges typically accept, in USDT: less cannot be sold. The
     * exchange's own answer has the last word.
     */
    public static final BigDecimal MINIMUM_ORDER_USDT = new BigDecimal("5");

    /**
     * The cheapest way out for the whole amount: a network that takes it, else a sale, else BNB,
     * else it stays. Where the exchange withdraws only on its website ({@code onWebsite}), its
     * page, but for what is small enough to become BNB here first.
     */
    public static WayOut of(List<WithdrawalNetwork> on, String asset, BigDecimal amount, Optional<BigDecimal> value,
            DustLimit dustLimit, boolean onWebsite) {
        WayOut way = here(on, asset, amount, value, dustLimit);
        return onWebsite && way != CONVERT ? ON_EXCHANGE : way;
    }

    private static WayOut here(List<WithdrawalNetwork> on, String asset, BigDecimal amount, Optional<BigDecimal> value,
            DustLimit dustLimit) {
        if (on.stream().anyMatch(n -> Withdrawals.takesWhole(n, amount))) {
            return WITHDRAW;
        }
        if (value.isEmpty()) {
            return STAYS;
        }
        if (sellable(asset, value.get())) {
            return SELL;
        }
        if (!"BNB".equals(asset) && value.get().compareTo(dustLimit.usdLimit()) < 0) {
            return CONVERT;
        }
        return STAYS;
    }

    /** A balance worth {@code usdValue} can be sold for USDT: it is not USDT, and worth at least the smallest order. */
    public static boolean sellable(String asset, BigDecimal usdValue) {
        return !"USDT".equals(asset) && usdValue != null && usdValue.compareTo(MINIMUM_ORDER_USDT) >= 0;
    }
}
