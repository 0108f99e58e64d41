package dev.closeout.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Amounts as a person reads them, in their locale, the same in the app and on the command line:
 * grouped ("120,350 SHIB"), never padded with zeros ("0.0202 BTC", not "0.02020000"), and never
 * rounded: an amount is what the person must move, to its last unit (up to the 8 decimals
 * exchanges keep). Dollars and the coins that track them show cents ("330.00 USDT"); USD values
 * are always two decimals.
 */
public final class Amounts {

    /** What an exchange keeps of an amount: no coin is divided further. */
    private static final int MOST_DECIMALS = 8;
    /** Money counted in cents: the dollar and the stablecoins that track it. */
    private static final Set<String> CENTS = Set.of("USD", "USDT", "USDC", "BUSD", "FDUSD", "TUSD", "DAI", "USDP", "USDE", "EUR", "GBP");

    private final Locale locale;

    public Amounts(Locale locale) {
        this.locale = locale;
    }

    /** The number alone, as {@link #of} writes it. */
    public String number(BigDecimal amount, String asset) {
        DecimalFormat format = format();
        format.setMinimumFractionDigits(asset != null && CENTS.contains(asset) ? 2 : 0);
        format.setMaximumFractionDigits(Math.max(MOST_DECIMALS, amount.stripTrailingZeros().scale()));
        return format.format(amount);
    }

    /** "120,350 SHIB", "0.0202 BTC", "1,843.25 USDT". */
    public String of(BigDecimal amount, String asset) {
        return number(amount, asset) + " " + asset;
    }

    /** A USD value: two decimals, rounded half up, grouped. */
    public String usd(BigDecimal value) {
        DecimalFormat format = format();
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    private DecimalFormat format() {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        return format;
    }
}
