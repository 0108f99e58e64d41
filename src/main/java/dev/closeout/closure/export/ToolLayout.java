package dev.closeout.closure.export;

import dev.closeout.account.P2pOrder;
import dev.closeout.account.history.AccountHistory;
import dev.closeout.account.history.Deposit;
import dev.closeout.account.history.DustConversion;
import dev.closeout.account.history.EarnEvent;
import dev.closeout.account.history.FuturesIncome;
import dev.closeout.account.history.P2pTrade;
import dev.closeout.account.history.Trade;
import dev.closeout.account.history.WalletTransfer;
import dev.closeout.account.history.Withdrawal;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The history in another tool's layout: each kind of record becomes the rows that tool reads,
 * every record exactly once, the whole file oldest first. The rows are written as Closeout's own
 * CSV files are (RFC 4180, UTF-8, amounts exact, text guarded against formulas, see {@link CsvText}).
 *
 * <p>What a record did to the account's coins is the same in every layout: a trade adds what it
 * bought and takes what it paid and its fee; a deposit adds its amount once credited; a
 * withdrawal takes its amount, fee included, unless it failed; a transfer moves between two of
 * the account's wallets; Earn and staking are outside the wallets, so a subscription takes, a
 * redemption and a reward add; a dust conversion takes the small balance and adds what it became;
 * a completed P2P order adds what was bought or takes what was sold (the fiat is paid outside the
 * exchange); futures income adds or takes its amount. A record that moved nothing (a failed
 * withdrawal, a deposit not yet credited, a P2P order not completed) still has its row, with 0.
 */
abstract class ToolLayout {

    /** How many records are turned into rows between two looks at whether the user cancelled. */
    private static final int RECORDS_BETWEEN_CHECKS = 1_000;

    /** One row: when, and its cells in the header's order (amounts as {@link BigDecimal}, text as String). */
    record Row(Instant at, List<Object> cells) {
    }

    private final String file;
    private final String contents;
    private final String[] header;
    private final List<Row> rows = new ArrayList<>();

    /** {@code file}: its name in the export; {@code contents}: what the manifest says it holds; then its columns. */
    ToolLayout(String file, String contents, String... header) {
        this.file = file;
        this.contents = contents;
        this.header = header;
    }

    final String file() {
        return file;
    }

    final String contents() {
        return contents;
    }

    abstract void trade(Trade t);

    abstract void deposit(Deposit d);

    abstract void withdrawal(Withdrawal w);

    abstract void transfer(WalletTransfer t);

    abstract void earn(EarnEvent e);

    abstract void dust(DustConversion d);

    abstract void p2p(P2pTrade p);

    abstract void futures(FuturesIncome f);

    /** Adds a row of the record being turned into rows. */
    final void row(Instant at, Object... cells) {
        if (cells.length != header.length) {
            throw new IllegalArgumentException(cells.length + " cells for " + header.length + " columns");
        }
        rows.add(new Row(at, Arrays.asList(cells)));
    }

    /** Every record's rows, oldest first; records of one moment keep the history's order. */
    final List<Row> rows(AccountHistory history, Runnable checkCancelled) {
        rows.clear();
        each(history.trades(), this::trade, checkCancelled);
        each(history.deposits(), this::deposit, checkCancelled);
        each(history.withdrawals(), this::withdrawal, checkCancelled);
        each(history.transfers(), this::transfer, checkCancelled);
        each(history.earn(), this::earn, checkCancelled);
        each(history.dustConversions(), this::dust, checkCancelled);
        each(history.p2pOrders(), this::p2p, checkCancelled);
        each(history.futuresIncome(), this::futures, checkCancelled);
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::at));
        return sorted;
    }

    private static <T> void each(List<T> records, Consumer<T> turn, Runnable checkCancelled) {
        int n = 0;
        for (T record : records) {
            if (++n % RECORDS_BETWEEN_CHECKS == 0) {
                checkCancelled.run();
            }
            turn.accept(record);
        }
    }

    /** Writes the rows {@link #rows} made. */
    final void write(List<Row> all, OutputStream out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).get();
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            for (Row row : all) {
                for (Object cell : row.cells()) {
                    printer.print(CsvText.cell(cell));
                }
                printer.println();
            }
        }
    }

    /** The name every layout gives a record, so that a row can be traced back to it: its kind and id. */
    static String ref(Object record) {
        if (record instanceof Trade t) {
            return "trade " + t.id();
        } else if (record instanceof Deposit d) {
            return "deposit " + d.id();
        } else if (record instanceof Withdrawal w) {
            return "withdrawal " + w.id();
        } else if (record instanceof WalletTransfer t) {
            return "transfer " + t.id();
        } else if (record instanceof EarnEvent e) {
            return "earn " + e.id();
        } else if (record instanceof DustConversion d) {
            // The assets of one conversion share its id.
            return "dust " + d.id() + " " + d.asset();
        } else if (record instanceof P2pTrade p) {
            return "p2p " + p.id();
        } else if (record instanceof FuturesIncome f) {
            return "futures " + f.id();
        }
        throw new IllegalArgumentException("not a history record: " + record);
    }

    /** The record's name, then what more there is to say of it, if anything. */
    static String described(Object record, String... details) {
        String more = Arrays.stream(details).filter(d -> d != null && !d.isEmpty()).collect(Collectors.joining(", "));
        return more.isEmpty() ? ref(record) : ref(record) + ": " + more;
    }

    /** The record's name, and why it moved nothing where it did not. */
    static String remark(Object record, boolean moved, Enum<?> status) {
        return described(record, moved ? null : status.name() + ", moved nothing");
    }

    static boolean moved(Deposit d) {
        return d.status() == Deposit.Status.COMPLETED;
    }

    static boolean moved(Withdrawal w) {
        return w.status() != Withdrawal.Status.FAILED;
    }

    static boolean moved(P2pTrade p) {
        return p.status() == P2pOrder.Status.COMPLETED;
    }

    /** The amount where the record moved it, 0 where it moved nothing. */
    static BigDecimal ifMoved(boolean moved, BigDecimal amount) {
        return moved ? amount : BigDecimal.ZERO;
    }

    static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** A fee worth a row or a column: present and not zero. */
    static boolean charged(BigDecimal fee, String asset) {
        return fee != null && fee.signum() != 0 && asset != null;
    }

    /** A UTC moment in a layout's own pattern. */
    static DateTimeFormatter utc(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withZone(ZoneOffset.UTC);
    }
}
