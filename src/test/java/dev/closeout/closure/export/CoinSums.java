package dev.closeout.closure.export;

import dev.closeout.account.P2pOrder;
import dev.closeout.account.Side;
import dev.closeout.account.history.AccountHistory;
import dev.closeout.account.history.Deposit;
import dev.closeout.account.history.DustConversion;
import dev.closeout.account.history.EarnEvent;
import dev.closeout.account.history.FuturesIncome;
import dev.closeout.account.history.P2pTrade;
import dev.closeout.account.history.Trade;
import dev.closeout.account.history.Withdrawal;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Each coin's net change, from the history's records and from each tool's written file, worked out
 * here apart from the code that writes the files. Coins that net to zero are left out, so that a
 * coin one side shows only in rows of 0 is not a difference.
 */
final class CoinSums {

    private final Map<String, BigDecimal> sums = new TreeMap<>();

    private CoinSums() {
    }

    private void add(String coin, BigDecimal amount) {
        if (amount != null && amount.signum() != 0) {
            sums.merge(coin, amount, BigDecimal::add);
        }
    }

    private Map<String, BigDecimal> result() {
        Map<String, BigDecimal> nonZero = new TreeMap<>();
        sums.forEach((coin, sum) -> {
            if (sum.signum() != 0) {
                nonZero.put(coin, sum.stripTrailingZeros());
            }
        });
        return nonZero;
    }

    /**
     * What the records themselves say moved: a trade's two legs and its fee; credited deposits;
     * withdrawals that did not fail, fee included; nothing for a transfer between the account's
     * wallets; Earn and staking as outside the wallets; dust out and what it became in; completed
     * P2P orders' coin; futures income as signed.
     */
    static Map<String, BigDecimal> ofHistory(AccountHistory history) {
        CoinSums coins = new CoinSums();
        for (Trade t : history.trades()) {
            boolean buy = t.side() == Side.BUY;
            coins.add(t.base(), buy ? t.quantity() : t.quantity().negate());
            coins.add(t.quote(), buy ? t.quoteAmount().negate() : t.quoteAmount());
            if (t.fee() != null) {
                coins.add(t.feeAsset(), t.fee().negate());
            }
        }
        history.deposits().stream().filter(d -> d.status() == Deposit.Status.COMPLETED).forEach(d -> coins.add(d.asset(), d.amount()));
        history.withdrawals().stream().filter(w -> w.status() != Withdrawal.Status.FAILED)
                .forEach(w -> coins.add(w.asset(), w.amount().negate()));
        for (EarnEvent e : history.earn()) {
            coins.add(e.asset(), e.kind() == EarnEvent.Kind.SUBSCRIPTION ? e.amount().negate() : e.amount());
        }
        for (DustConversion d : history.dustConversions()) {
            coins.add(d.asset(), d.amount().negate());
            coins.add(d.toAsset(), d.toAmount());
        }
        for (P2pTrade p : history.p2pOrders()) {
            if (p.status() == P2pOrder.Status.COMPLETED) {
                coins.add(p.asset(), p.side() == Side.BUY ? p.amount() : p.amount().negate());
            }
        }
        for (FuturesIncome f : history.futuresIncome()) {
            coins.add(f.asset(), f.amount());
        }
        return coins.result();
    }

    /** Binance's statement: the sum of Change, coin by coin. */
    static Map<String, BigDecimal> ofStatement(Path file) throws IOException {
        return ofFile(file, "Coin", "Change");
    }

    /** Koinly: what was received, less what was sent and the fee on top of it. */
    static Map<String, BigDecimal> ofKoinly(Path file) throws IOException {
        return ofFile(file, "Received Currency", "Received Amount", "Sent Currency", "-Sent Amount", "Fee Currency", "-Fee Amount");
    }

    /** CoinTracking: Buy less Sell; its fee column is information, already inside those amounts. */
    static Map<String, BigDecimal> ofCoinTracking(Path file) throws IOException {
        return ofFile(file, "Buy Currency", "Buy Amount", "Sell Currency", "-Sell Amount");
    }

    /** Each row's amounts added to their coins: pairs of a currency column and an amount column, "-" before one taken away. */
    private static Map<String, BigDecimal> ofFile(Path file, String... currencyAndAmount) throws IOException {
        CoinSums coins = new CoinSums();
        for (CSVRecord row : rows(file)) {
            for (int i = 0; i < currencyAndAmount.length; i += 2) {
                String column = currencyAndAmount[i + 1];
                BigDecimal amount = amount(row, column.startsWith("-") ? column.substring(1) : column);
                coins.add(row.get(currencyAndAmount[i]), column.startsWith("-") && amount != null ? amount.negate() : amount);
            }
        }
        return coins.result();
    }

    static List<CSVRecord> rows(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    /** An amount as a tax tool reads it: a plain decimal, never quoted like text, never an exponent. */
    private static BigDecimal amount(CSVRecord row, String column) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("-?\\d+(\\.\\d+)?")) {
            throw new AssertionError(column + " is not a plain decimal: " + text + " in " + row);
        }
        return new BigDecimal(text);
    }
}
