package dev.closeout.closure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.closeout.account.Wallet;
import dev.closeout.account.history.Deposit;
import dev.closeout.account.history.DustConversion;
import dev.closeout.account.history.FuturesIncome;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** What a spreadsheet makes of the history's CSV files: text stays text, amounts stay numbers. */
class HistoryCsvTest {

    private static final Instant AT = Instant.parse("2026-11-24T09:30:00Z");

    private static <T> List<CSVRecord> rows(HistoryTable<T> table, List<T> records) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HistoryCsv.write(table, records, out, () -> { });
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_starts_with_a_quote_and_harmless_text_is_left_as_it_is() throws Exception {
        Deposit hostile = new Deposit("-2+3", AT, "@SUM(A1)", new BigDecimal("1.5"), "+cmd|' /C calc'!A0",
                "=HYPERLINK(\"https://evil.example\",\"refund\")", "\tTAB", Deposit.Status.COMPLETED);
        Deposit plain = new Deposit("769754833590042625", AT, "BTC", new BigDecimal("0.5"), "BTC", "bc1q-with-a-dash", "\rCR",
                Deposit.Status.COMPLETED);

        List<CSVRecord> rows = rows(HistoryTables.DEPOSITS, List.of(hostile, plain));

        CSVRecord first = rows.get(0);
        assertEquals(List.of("'-2+3", "'@SUM(A1)", "'+cmd|' /C calc'!A0", "'=HYPERLINK(\"https://evil.example\",\"refund\")", "'\tTAB"),
                List.of(first.get("id"), first.get("asset"), first.get("network"), first.get("address"), first.get("txId")));
        assertEquals(List.of("769754833590042625", "BTC", "bc1q-with-a-dash", "'\rCR"),
                List.of(rows.get(1).get("id"), rows.get(1).get("asset"), rows.get(1).get("address"), rows.get(1).get("txId")));
    }

    @Test
    void negative_amounts_stay_plain_numbers_and_times_and_codes_are_never_quoted() throws Exception {
        FuturesIncome fee = new FuturesIncome("usdm-COMMISSION-1", AT, Wallet.USDM_FUTURES, "-BTCUSDT", FuturesIncome.Kind.COMMISSION,
                "USDT", new BigDecimal("-0.01000000"));

        CSVRecord row = rows(HistoryTables.FUTURES, List.of(fee)).get(0);

        assertEquals(List.of("2026-11-24T09:30:00Z", "USDM_FUTURES", "COMMISSION", "-0.01000000", "'-BTCUSDT"),
                List.of(row.get("time"), row.get("wallet"), row.get("kind"), row.get("amount"), row.get("symbol")));
    }

    @Test
    void the_json_bundle_keeps_the_text_exactly_as_the_exchange_gave_it() {
        Deposit hostile = new Deposit("d1", AT, "USDT", BigDecimal.ONE, null, "=1+1", null, Deposit.Status.COMPLETED);

        HistoryTable.Column<Deposit> address = HistoryTables.DEPOSITS.columns().stream().filter(c -> c.name().equals("address"))
                .findFirst().orElseThrow();

        assertEquals("=1+1", address.text(hostile));
        assertEquals("'=1+1", address.cell(hostile));
    }

    @Test
    void a_dust_conversion_says_which_asset_the_dust_became() throws Exception {
        DustConversion toFdusd = new DustConversion("777", AT, "XRP", new BigDecimal("3.5"), "FDUSD", new BigDecimal("0.0123"),
                new BigDecimal("0.0002"));

        CSVRecord row = rows(HistoryTables.DUST, List.of(toFdusd)).get(0);

        assertEquals(List.of("time", "id", "asset", "amount", "toAsset", "toAmount", "fee"), row.getParser().getHeaderNames());
        assertEquals(List.of("2026-11-24T09:30:00Z", "777", "XRP", "3.5", "FDUSD", "0.0123", "0.0002"), row.toList());
    }
}
