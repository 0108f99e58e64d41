package dev.closeout.closure.plan;

import dev.closeout.closure.TypicalFees;
import dev.closeout.closure.WayOut;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * The exchange's rules an exit plan prices its trades and waits with, beside the withdrawal networks'
 * minimums and fees (which are the exchange's own, read from it, and the dust limit, {@link
 * dev.closeout.closure.DustLimit}). These are typical figures, not published ones: the 2 % dust fee is
 * Binance's documented example ({@code dribbletPercentage}); once every 6 hours is what its help pages
 * say (its error text says 24 hours); the smallest sale of 5 USDT, the spot fee of 0.1 % and the
 * USDⓈ-M fee of 0.05 % are Binance's standard figures, which an account's own tier may lower; a day
 * of unbonding is typical of staking. The demo exchange applies these very figures.
 */
public record ExitRules(BigDecimal dustFee, Duration dustInterval, BigDecimal smallestSaleUsd, BigDecimal tradingFee,
        BigDecimal futuresFee, Duration unbonding) {

    public static final ExitRules TYPICAL = new ExitRules(TypicalFees.DUST_CONVERSION, Duration.ofHours(6), WayOut.MINIMUM_ORDER_USDT,
            TypicalFees.SPOT_TRADE, TypicalFees.FUTURES_TAKER, Duration.ofDays(1));

    public ExitRules {
        Objects.requireNonNull(dustFee, "dustFee");
        Objects.requireNonNull(dustInterval, "dustInterval");
        Objects.requireNonNull(smallestSaleUsd, "smallestSaleUsd");
        Objects.requireNonNull(tradingFee, "tradingFee");
        Objects.requireNonNull(futuresFee, "futuresFee");
        Objects.requireNonNull(unbonding, "unbonding");
    }
}
