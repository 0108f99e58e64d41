package dev.closeout.closure;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Balance;
import dev.closeout.account.Wallet;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which small balances can be converted to BNB: a positive Spot, Funding or Cross Margin
 * balance worth less than 0.0003 BTC at the snapshot's prices (10 USD when BTC has no
 * price); never BNB itself, never an asset without a price.
 */
public record DustLimit(BigDecimal usdLimit) {

    public static final BigDecimal BTC_LIMIT = new BigDecimal("0.0003");
    public static final BigDecimal USD_LIMIT_WITHOUT_BTC_PRICE = BigDecimal.TEN;
    private static final Set<Wallet> CONVERTIBLE_WALLETS = EnumSet.of(Wallet.SPOT, Wallet.FUNDING, Wallet.CROSS_MARGIN);

    public static DustLimit of(AccountSnapshot snapshot) {
        return new DustLimit(snapshot.priceOf("BTC").map(BTC_LIMIT::multiply).orElse(USD_LIMIT_WITHOUT_BTC_PRICE));
    }

    public boolean isDust(Balance balance, BigDecimal price) {
        return CONVERTIBLE_WALLETS.contains(balance.wallet())
                && !"BNB".equals(balance.asset())
                && price != null
                && balance.held().signum() > 0
                && balance.held().multiply(price).compareTo(usdLimit) < 0;
    }
}
