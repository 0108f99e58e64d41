package dev.closeout.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The one reader of every amount, date and moment that comes from outside: snapshot files,
 * exchange answers, what the user types. A {@link BigDecimal} takes "1e999999999" without a
 * word, and then {@code toPlainString} or {@code setScale} on it runs for minutes or fills the
 * memory; a year 999999999 breaks date arithmetic. These bounds refuse such values where they
 * enter, naming where they were found, so nothing further on has to guard against them.
 * <p>
 * The bounds are far beyond any money: the largest token supplies have 16 to 18 digits before
 * the point, so 36 leave room for any sum of them in any unit; the finest units in use (NEAR's
 * yocto, 24 places; ETH's wei, 18), and the price in BTC of the smallest coins worked out to 16
 * digits (about 32 places), stay inside 48 places after it. 64 characters hold the longest such
 * amount with sign, point and exponent to spare.
 */
public final class BoundedInput {

    /** The longest decimal text read. */
    public static final int MAX_AMOUNT_LENGTH = 64;
    /** Digits before the point: an amount stays below 10^36. */
    public static final int MAX_WHOLE_DIGITS = 36;
    /** Digits after the point, the amount written out in full. */
    public static final int MAX_DECIMAL_PLACES = 48;
    /** The longest RFC 3339 date and time: nine fraction digits and an offset. */
    private static final int MAX_MOMENT_LENGTH = 35;

    private BoundedInput() {
    }

    /** Why a value was refused. */
    public enum Problem {
        NOT_DECIMAL("not a decimal number"),
        TOO_LONG("longer than " + MAX_AMOUNT_LENGTH + " characters"),
        OUT_OF_BOUNDS("more than " + MAX_WHOLE_DIGITS + " digits before the point or " + MAX_DECIMAL_PLACES + " after it"),
        NOT_DATE("not an RFC 3339 date (YYYY-MM-DD)"),
        NOT_MOMENT("not an RFC 3339 date and time (YYYY-MM-DDThh:mm:ss with Z or an offset)");

        private final String english;

        Problem(String english) {
            this.english = english;
        }
    }

    /**
     * A value refused, with where it was found (a JSON path, a field of an answer, a form's
     * field; null when the caller names the place itself, as the snapshot reader does with the
     * JSON path it spells out only on a complaint). Unchecked, so that it crosses the exchanges'
     * mapping lambdas; every reader of outside data turns it into its own kind of bad-input error.
     */
    public static final class Refused extends IllegalArgumentException {

        private final String where;
        private final Problem problem;

        Refused(String where, Problem problem, String text) {
            super((where == null ? "" : where + ": ") + problem.english + ": \"" + shortened(text) + "\"");
            this.where = where;
            this.problem = problem;
        }

        public String where() {
            return where;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** An amount written as text, in the format's syntax {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?}. */
    public static BigDecimal amount(String text, String where) {
        if (text.length() > MAX_AMOUNT_LENGTH) {
            throw new Refused(where, Problem.TOO_LONG, text);
        }
        if (!isDecimal(text)) {
            throw new Refused(where, Problem.NOT_DECIMAL, text);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            // Only an exponent beyond an int gets here: the syntax was checked.
            throw new Refused(where, Problem.OUT_OF_BOUNDS, text);
        }
        return amount(value, where);
    }

    /** An amount some other parser made (a JSON number): the same bounds. */
    public static BigDecimal amount(BigDecimal value, String where) {
        // scale() and precision() are cheap on a value whose digits fit 64 characters; a JSON
        // number's digits are bounded by the JSON reader's own limit.
        if (value.scale() > MAX_DECIMAL_PLACES || (long) value.precision() - value.scale() > MAX_WHOLE_DIGITS) {
            throw new Refused(where, Problem.OUT_OF_BOUNDS, value.toString());
        }
        return value;
    }

    /** A moment in RFC 3339: a four-digit year, seconds, Z or an offset such as +02:00. */
    public static Instant moment(String text, String where) {
        if (text.length() > MAX_MOMENT_LENGTH || !isMoment(text)) {
            throw new Refused(where, Problem.NOT_MOMENT, text);
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new Refused(where, Problem.NOT_MOMENT, text);
        }
    }

    /** A calendar date in RFC 3339: {@code YYYY-MM-DD}. */
    public static LocalDate date(String text, String where) {
        if (text.length() != 10 || !isDate(text, 0)) {
            throw new Refused(where, Problem.NOT_DATE, text);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Refused(where, Problem.NOT_DATE, text);
        }
    }

    /**
     * The format's decimal syntax, checked by hand: a large snapshot has hundreds of thousands
     * of amounts, and a regular expression per amount is a good part of the time it takes to
     * read one. ASCII digits only (a BigDecimal would also take other scripts' digits).
     */
    public static boolean isDecimal(String text) {
        int n = text.length();
        int wholeStart = afterSign(text, 0);
        int i = afterDigits(text, wholeStart);
        boolean digits = i > wholeStart;
        if (i < n && text.charAt(i) == '.') {
            int fractionStart = i + 1;
            i = afterDigits(text, fractionStart);
            digits |= i > fractionStart;
        }
        if (!digits) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int exponentStart = afterSign(text, i + 1);
            i = afterDigits(text, exponentStart);
            if (i == exponentStart) {
                return false;
            }
        }
        return i == n;
    }

    private static int afterSign(String text, int i) {
        return i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-') ? i + 1 : i;
    }

    private static int afterDigits(String text, int i) {
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code YYYY-MM-DD(T|t)hh:mm:ss(.f{1,9})?(Z|z|(+|-)hh:mm)}: the shape; the calendar is the JDK's to check. */
    private static boolean isMoment(String text) {
        int n = text.length();
        if (n < 20 || !isDate(text, 0) || (text.charAt(10) != 'T' && text.charAt(10) != 't')
                || !digits(text, 11, 2) || text.charAt(13) != ':' || !digits(text, 14, 2)
                || text.charAt(16) != ':' || !digits(text, 17, 2)) {
            return false;
        }
        int i = 19;
        if (text.charAt(i) == '.') {
            int start = ++i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == start || i - start > 9) {
                return false;
            }
        }
        if (i < n && (text.charAt(i) == 'Z' || text.charAt(i) == 'z')) {
            return i + 1 == n;
        }
        return i + 6 == n && (text.charAt(i) == '+' || text.charAt(i) == '-')
                && digits(text, i + 1, 2) && text.charAt(i + 3) == ':' && digits(text, i + 4, 2);
    }

    private static boolean isDate(String text, int at) {
        return text.length() >= at + 10 && digits(text, at, 4) && text.charAt(at + 4) == '-'
                && digits(text, at + 5, 2) && text.charAt(at + 7) == '-' && digits(text, at + 8, 2);
    }

    private static boolean digits(String text, int at, int count) {
        if (text.length() < at + count) {
            return false;
        }
        for (int i = at; i < at + count; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String shortened(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
