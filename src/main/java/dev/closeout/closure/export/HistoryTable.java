package dev.closeout.closure.export;

import dev.closeout.account.history.AccountHistory;
import dev.closeout.account.history.HistoryPart;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * One part of the history as a table: its CSV file, its name in the JSON bundle, and its
 * columns. The same columns, under the same names, make the CSV rows and the bundle's objects.
 */
record HistoryTable<T>(HistoryPart part, String file, String jsonName, Function<AccountHistory, List<T>> records,
        List<Column<T>> columns) {

    /** A column's name and how a record gives its value. */
    record Column<T>(String name, Function<T, Object> value) {

        /** The value as written: amounts as exact plain decimals, moments as ISO-8601, codes by name, absent as null. */
        String text(T record) {
            return textOf(value.apply(record));
        }

        private static String textOf(Object v) {
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
         * never text, so a negative amount stays a number.
         */
        String cell(T record) {
            Object v = value.apply(record);
            String text = textOf(v);
            return v instanceof String && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        }
    }

    /** The first characters that make a spreadsheet read a cell as a formula. */
    static final String FORMULA_STARTS = "=+-@\t\r";

    static <T> Column<T> column(String name, Function<T, Object> value) {
        return new Column<>(name, value);
    }

    String[] header() {
        return columns.stream().map(Column::name).toArray(String[]::new);
    }
}
