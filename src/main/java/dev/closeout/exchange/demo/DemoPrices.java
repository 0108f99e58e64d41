package dev.closeout.exchange.demo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * A price per asset for each day of the demo account's year before it was seeded, walked
 * backwards from the seeded prices: believable, and the same every time for the same seed.
 * The walk itself is in doubles (it is noise, not money); each day's price becomes a
 * BigDecimal of six significant digits before any amount is computed from it.
 */
final class DemoPrices {

    static final int DAYS = 365;
    private static final MathContext SIX_DIGITS = new MathContext(6);
    private static final double DAILY_MOVE = 0.03;
    private static final double MEME_DAILY_MOVE = 0.055;
    /** A year ago prices were lower on the whole: each day back takes a little off. */
    private static final double DAILY_DRIFT_BACK = 0.0012;

    private final Map<String, BigDecimal[]> daily = new HashMap<>();

    DemoPrices(Map<String, BigDecimal> seeded, Random random) {
        seeded.forEach((asset, price) -> {
            BigDecimal[] days = new BigDecimal[DAYS + 1];
            double p = price.doubleValue();
            boolean stable = asset.equals("USDT") || asset.equals("USDC");
            double move = asset.equals("SHIB") || asset.equals("PEPE") || asset.equals("DOGE") ? MEME_DAILY_MOVE : DAILY_MOVE;
            for (int day = DAYS; day >= 0; day--) {
                days[day] = stable ? price : new BigDecimal(p, SIX_DIGITS);
                p *= StrictMath.exp(random.nextGaussian() * move - DAILY_DRIFT_BACK);
            }
            daily.put(asset, days);
        });
    }

    /** The asset's USD price on a day: 0 is a year before seeding, {@link #DAYS} the day of seeding. */
    BigDecimal on(String asset, int day) {
        BigDecimal[] days = daily.get(asset);
        if (days == null) {
            throw new IllegalArgumentException("the demo has no price for " + asset);
        }
        return days[Math.max(0, Math.min(DAYS, day))];
    }
}
