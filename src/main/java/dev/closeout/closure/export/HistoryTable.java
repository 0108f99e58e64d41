package dev.closeout.closure.export;

import dev.closeout.account.history.AccountHistory;
import dev.closeout.account.history.HistoryPart;
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

        /** The value as written, for the JSON bundle: see {@link CsvText#of}. */
        String text(T record) {
            return CsvText.of(value.apply(record));
        }

        /** The value as a CSV cell, guarded against formulas: see {@link CsvText#cell}. */
        String cell(T record) {
            return CsvText.cell(value.apply(record));
        }
    }

    static <T> Column<T> column(String name, Function<T, Object> value) {
        return new Column<>(name, value);
    }

    String[] header() {
        return columns.stream().map(Column::name).toArray(String[]::new);
    }
}
