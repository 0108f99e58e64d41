package dev.closeout.closure.export;

import java.math.BigDecimal;

/** How a value becomes text in every CSV file of an export, Closeout's own and the other tools' alike. */
final class CsvText {

    /** The first characters that make a spreadsheet read a cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvText() {
    }

    /** The value as written: amounts as exact plain decimals, moments as ISO-8601, codes by name, absent as null. */
    static String of(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        return v instanceof Enum<?> code ? code.name() : v.toString();
    }

    /**
     * The value as a CSV cell. Text a spreadsheet would take for a formula (starting with
     * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a single
     * quote in front, as OWASP advises against CSV injection; amounts, moments and codes are
     * never text, so a negative amount stays a number a tax tool can read.
     */
    static String cell(Object v) {
        String text = of(v);
        return v instanceof String && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
