package dev.closeout.closure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.P2pOrder;
import dev.closeout.account.Side;
import dev.closeout.account.Wallet;
import dev.closeout.account.history.AccountHistory;
import dev.closeout.account.history.Deposit;
import dev.closeout.account.history.DustConversion;
import dev.closeout.account.history.EarnEvent;
import dev.closeout.account.history.FuturesIncome;
import dev.closeout.account.history.P2pTrade;
import dev.closeout.account.history.Trade;
import dev.closeout.account.history.WalletTransfer;
import dev.closeout.account.history.Withdrawal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The other tools' layouts, row by row, for a small history with one record of each kind. */
class ToolLayoutsTest {

    private static final Instant BOUGHT = Instant.parse("2026-03-01T10:15:30.250Z");
    private static final Instant SOLD = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-04-01T00:00:00Z");

    private static final Trade BUY_BTC = new Trade("41", BOUGHT, Wallet.SPOT, "BTCUSDT", "BTC", Side.BUY, d("60000"), d("0.5"),
            d("30000"), d("0.0005"), "BTC");
    private static final Trade SELL_ETH_FEE_IN_BNB = new Trade("42", SOLD, Wallet.SPOT, "ETHBTC", "ETH", Side.SELL, d("0.05"),
            d("2"), d("0.1"), d("0.01"), "BNB");
    private static final Deposit FORMULA_DEPOSIT = new Deposit("dep-1", BOUGHT.minusSeconds(3600), "USDT", d("1000"), "TRX",
            "TX1", "=HYPERLINK(\"http://x\")", Deposit.Status.COMPLETED);
    private static final Withdrawal WITHDRAWAL = new Withdrawal("wd-1", LATER, "BTC", d("0.1"), d("0.0005"), "BTC", "bc1q", "ab",
            Withdrawal.Status.COMPLETED);
    private static final Withdrawal FAILED = new Withdrawal("wd-2", LATER, "BTC", d("0.2"), d("0.0005"), "BTC", "bc1q", null,
            Withdrawal.Status.FAILED);

    private static AccountHistory history() {
        return new AccountHistory(BOUGHT.minusSeconds(86_400), LATER, List.of(BUY_BTC, SELL_ETH_FEE_IN_BNB),
                List.of(FORMULA_DEPOSIT), List.of(WITHDRAWAL, FAILED),
                List.of(new WalletTransfer("tr-1", LATER, "USDT", d("100"), Wallet.SPOT, Wallet.FUNDING)),
                List.of(new EarnEvent("earn-1", LATER, EarnEvent.Kind.REWARD, EarnEvent.Product.STAKING, "eth", "ETH", d("0.001"))),
                List.of(new DustConversion("dust-1", LATER, "ADA", d("0.9"), "BNB", d("0.001"), d("0.00002"))),
                List.of(new P2pTrade("p-1", LATER, Side.BUY, "USDT", d("100"), "EUR", d("0.92"), d("92.00"), P2pOrder.Status.COMPLETED)),
                List.of(new FuturesIncome("f-1", LATER, Wallet.USDM_FUTURES, "BTCUSDT", FuturesIncome.Kind.REALIZED_PNL, "USDT",
                        d("-12.5"))), List.of());
    }

    @Test
    void binances_statement_shows_a_buy_as_its_two_legs_and_its_fee_in_the_columns_binance_uses() throws Exception {
        List<CSVRecord> rows = written(new StatementLayout("35493"));

        assertEquals(List.of("User_ID", "UTC_Time", "Account", "Operation", "Coin", "Change", "Remark"), rows.get(0).getParser()
                .getHeaderNames());
        assertEquals(List.of(
                List.of("35493", "2026-03-01 10:15:30", "Spot", "Transaction Buy", "BTC", "0.5", "trade 41"),
                List.of("35493", "2026-03-01 10:15:30", "Spot", "Transaction Spend", "USDT", "-30000", "trade 41"),
                List.of("35493", "2026-03-01 10:15:30", "Spot", "Transaction Fee", "BTC", "-0.0005", "trade 41")),
                cells(rows, "trade 41"));
        assertEquals(List.of(List.of("35493", "2026-04-01 00:00:00", "Spot", "Withdraw", "BTC", "0",
                "withdrawal wd-2: FAILED, moved nothing")), cells(rows, "withdrawal wd-2"));
        assertEquals(List.of("Spot", "Funding"), cells(rows, "transfer tr-1").stream().map(r -> r.get(2)).toList());
    }

    @Test
    void the_rows_are_oldest_first_whatever_part_of_the_history_they_come_from() throws Exception {
        List<CSVRecord> rows = written(new StatementLayout("35493"));

        assertEquals("deposit dep-1", rows.get(0).get("Remark"));
        List<String> times = rows.stream().map(r -> r.get("UTC_Time")).toList();
        assertEquals(times.stream().sorted().toList(), times);
    }

    @Test
    void a_negative_change_stays_a_number_while_text_that_looks_like_a_formula_is_quoted() throws Exception {
        String statement = text(new StatementLayout("35493"));
        String koinly = text(new KoinlyLayout());

        assertTrue(statement.contains(",-30000,"), statement);
        assertTrue(koinly.contains(",\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"), koinly);
    }

    @Test
    void koinly_takes_a_withdrawals_fee_on_top_of_what_was_sent_so_the_amount_sent_leaves_the_fee_out() throws Exception {
        List<CSVRecord> rows = written(new KoinlyLayout());

        assertEquals(List.of("Date", "Sent Amount", "Sent Currency", "Received Amount", "Received Currency", "Fee Amount",
                "Fee Currency", "Net Worth Amount", "Net Worth Currency", "Label", "Description", "TxHash"),
                rows.get(0).getParser().getHeaderNames());
        assertEquals(List.of(List.of("2026-04-01 00:00:00 UTC", "0.0995", "BTC", "", "", "0.0005", "BTC", "", "", "", "withdrawal wd-1",
                "ab")), cells(rows, "withdrawal wd-1"));
        assertEquals(List.of(List.of("2026-03-01 10:15:30 UTC", "30000", "USDT", "0.5", "BTC", "0.0005", "BTC", "", "", "", "trade 41",
                "")), cells(rows, "trade 41"));
    }

    @Test
    void koinly_gets_a_p2p_purchase_as_a_deposit_worth_what_was_paid_and_a_staking_reward_tagged_reward() throws Exception {
        List<CSVRecord> rows = written(new KoinlyLayout());

        CSVRecord p2p = only(rows, "p2p p-1");
        assertEquals(List.of("100", "USDT", "92.00", "EUR", ""), List.of(p2p.get("Received Amount"), p2p.get("Received Currency"),
                p2p.get("Net Worth Amount"), p2p.get("Net Worth Currency"), p2p.get("Sent Amount")));
        assertEquals("Reward", only(rows, "earn earn-1").get("Label"));
        assertEquals("Realized P&L", only(rows, "futures f-1").get("Label"));
        assertEquals("12.5", only(rows, "futures f-1").get("Sent Amount"));
    }

    @Test
    void cointracking_counts_fees_inside_the_amounts_and_gives_a_fee_in_a_third_coin_a_row_of_its_own() throws Exception {
        List<CSVRecord> rows = written(new CoinTrackingLayout("Binance"));

        assertEquals(List.of("Type", "Buy Amount", "Buy Currency", "Sell Amount", "Sell Currency", "Fee", "Fee Currency", "Exchange",
                "Trade-Group", "Comment", "Date", "Tx-ID"), rows.get(0).getParser().getHeaderNames());
        assertEquals(List.of(List.of("Trade", "0.4995", "BTC", "30000", "USDT", "0.0005", "BTC", "Binance", "trades", "trade 41",
                "2026-03-01 10:15:30", "")), cells(rows, "trade 41"));
        assertEquals(List.of(List.of("Trade", "0.1", "BTC", "2", "ETH", "", "", "Binance", "trades", "trade 42",
                "2026-03-02 08:00:00", "")), cells(rows, "trade 42"));
        assertEquals(List.of(List.of("Other Fee", "", "", "0.01", "BNB", "", "", "Binance", "trades", "trade 42 fee",
                "2026-03-02 08:00:00", "")), cells(rows, "trade 42 fee"));
        assertEquals(List.of("Withdrawal", "0.1", "0.0005"), List.of(only(rows, "withdrawal wd-1").get("Type"),
                only(rows, "withdrawal wd-1").get("Sell Amount"), only(rows, "withdrawal wd-1").get("Fee")));
        assertEquals(List.of("Trade", "0.001", "BNB", "0.9", "ADA"), List.of(only(rows, "dust dust-1 ADA").get("Type"),
                only(rows, "dust dust-1 ADA").get("Buy Amount"), only(rows, "dust dust-1 ADA").get("Buy Currency"),
                only(rows, "dust dust-1 ADA").get("Sell Amount"), only(rows, "dust dust-1 ADA").get("Sell Currency")));
        assertEquals("Swap (non taxable)", only(rows, "transfer tr-1").get("Type"));
    }

    @Test
    void every_layout_gives_every_record_a_row_that_names_it() throws Exception {
        for (ToolLayout layout : List.of(new StatementLayout("1"), new KoinlyLayout(), new CoinTrackingLayout("Binance"))) {
            List<String> named = written(layout).stream().map(ToolLayoutsTest::ref).distinct().toList();

            assertEquals(List.of("deposit dep-1", "trade 41", "trade 42", "trade 42 fee", "withdrawal wd-1", "withdrawal wd-2",
                    "transfer tr-1", "earn earn-1", "dust dust-1 ADA", "p2p p-1", "futures f-1").stream()
                    .filter(ref -> layout instanceof CoinTrackingLayout || !ref.endsWith(" fee")).sorted().toList(),
                    named.stream().sorted().toList(), layout.file());
        }
    }

    /** The record a row names: its remark, description or comment up to the first colon. */
    static String ref(CSVRecord row) {
        String text = row.isMapped("Remark") ? row.get("Remark") : row.isMapped("Description") ? row.get("Description")
                : row.get("Comment");
        return text.contains(": ") ? text.substring(0, text.indexOf(": ")) : text;
    }

    private static CSVRecord only(List<CSVRecord> rows, String ref) {
        List<CSVRecord> named = rows.stream().filter(r -> ref(r).equals(ref)).toList();
        assertEquals(1, named.size(), ref);
        return named.get(0);
    }

    private static List<List<String>> cells(List<CSVRecord> rows, String ref) {
        return rows.stream().filter(r -> ref(r).equals(ref)).map(CSVRecord::toList).toList();
    }

    private static String text(ToolLayout layout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        layout.write(layout.rows(history(), () -> { }), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> written(ToolLayout layout) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text(layout)))) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }
}
