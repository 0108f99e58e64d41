package dev.closeout.i18n;

import java.math.BigDecimal;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/** The words Closeout says to people, from the {@code dev.closeout.i18n.messages} bundle. */
public final class Messages {

    public static final String BUNDLE = "dev.closeout.i18n.messages";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * The texts for a language. English has its own (empty) bundle over the base file, so that
     * English chosen on a Chinese system is not replaced by the system's language.
     */
    public static Messages forLocale(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale), locale);
    }

    public Locale locale() {
        return locale;
    }

    /** A failure in the user's words. */
    public String say(WordedException failure) {
        return get(failure.messageKey(), failure.args().toArray());
    }

    /** The text for a key, with {@code {0}}-style arguments filled in. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text for key " + key, e);
        }
        MessageFormat format = new MessageFormat(pattern, locale);
        return format.format(numbersWhereCounted(format, args));
    }

    /**
     * Arguments often arrive as text (an exchange's answer keeps its numbers as strings); where
     * the pattern counts or formats a number ({@code {0,choice,…}}), the text becomes that number.
     * Elsewhere text stays text, so an order id "884120" is never grouped as "884,120".
     */
    private static Object[] numbersWhereCounted(MessageFormat format, Object[] args) {
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] values = args.clone();
        for (int i = 0; i < values.length && i < formats.length; i++) {
            if (formats[i] instanceof NumberFormat && values[i] instanceof String text && NUMBER.matcher(text).matches()) {
                values[i] = new BigDecimal(text);
            }
        }
        return values;
    }

    /** A moment as people read it here, in UTC (the exchange's time zone). */
    public String moment(Instant instant) {
        return DateTimeFormatter.ofPattern(bundle.getString("format.moment"), locale).withZone(ZoneOffset.UTC).format(instant);
    }

    /** Amounts and USD values written the way this language writes numbers. */
    public Amounts amounts() {
        return new Amounts(locale);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
