package dev.closeout.closure.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One history table as CSV: RFC 4180 (commas, quotation marks, CRLF), UTF-8, a header row, an
 * absent value as an empty field, text that a spreadsheet would run as a formula neutralised.
 */
final class HistoryCsv {

    /** How many rows are written between two looks at whether the user cancelled. */
    private static final int ROWS_BETWEEN_CHECKS = 1_000;

    private HistoryCsv() {
    }

    static <T> void write(HistoryTable<T> table, List<T> records, OutputStream out, Runnable checkCancelled) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(table.header()).get();
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            List<String> row = new ArrayList<>(table.columns().size());
            int n = 0;
            for (T record : records) {
                if (++n % ROWS_BETWEEN_CHECKS == 0) {
                    checkCancelled.run();
                }
                row.clear();
                table.columns().forEach(c -> row.add(c.cell(record)));
                printer.printRecord(row);
            }
        }
    }
}
