package dev.closeout.closure.export;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an export's records back, written here apart from the code that wrote them: each kind
 * of record from its fields by name, the same for a CSV row and an object of the JSON bundle.
 */
final class ExportedRecords {

    /** One exported part: its file, its name in the bundle, its header, how to read a record and where the original is. */
    record Part(String file, String jsonName, List<String> header, Function<Fields, Object> read,
            Function<AccountHistory, List<?>> original) {
    }

    /** A record's fields by name; an empty CSV field or a missing JSON field is absent. */
    interface Fields {
        String text(String name);

        default BigDecimal amount(String name) {
            String t = text(name);
            return t == null ? null : new BigDecimal(t);
        }

        default Instant time() {
            return Instant.parse(text("time"));
        }

        default Wallet wallet(String name) {
            return Wallet.valueOf(text(name));
        }

        default Side side() {
            return Side.valueOf(text("side"));
        }
    }

    static final List<Part> PARTS = List.of(
            new Part("trades.csv", "trades", List.of("time", "id", "wallet", "symbol", "base", "quote", "side", "price", "quantity",
                    "quoteAmount", "fee", "feeAsset"), f -> new Trade(f.text("id"), f.time(), f.wallet("wallet"), f.text("symbol"),
                    f.text("base"), f.side(), f.amount("price"), f.amount("quantity"), f.amount("quoteAmount"), f.amount("fee"),
                    f.text("feeAsset")),
                    AccountHistory::trades),
            new Part("deposits.csv", "deposits", List.of("time", "id", "asset", "amount", "network", "address", "txId", "status"),
                    f -> new Deposit(f.text("id"), f.time(), f.text("asset"), f.amount("amount"), f.text("network"), f.text("address"),
                            f.text("txId"), Deposit.Status.valueOf(f.text("status"))), AccountHistory::deposits),
            new Part("withdrawals.csv", "withdrawals", List.of("time", "id", "asset", "amount", "fee", "network", "address", "txId",
                    "status"), f -> new Withdrawal(f.text("id"), f.time(), f.text("asset"), f.amount("amount"), f.amount("fee"),
                    f.text("network"), f.text("address"), f.text("txId"), Withdrawal.Status.valueOf(f.text("status"))),
                    AccountHistory::withdrawals),
            new Part("transfers.csv", "transfers", List.of("time", "id", "asset", "amount", "from", "to"),
                    f -> new WalletTransfer(f.text("id"), f.time(), f.text("asset"), f.amount("amount"), f.wallet("from"), f.wallet("to")),
                    AccountHistory::transfers),
            new Part("earn.csv", "earn", List.of("time", "id", "kind", "product", "productId", "asset", "amount"),
                    f -> new EarnEvent(f.text("id"), f.time(), EarnEvent.Kind.valueOf(f.text("kind")),
                            EarnEvent.Product.valueOf(f.text("product")), f.text("productId"), f.text("asset"), f.amount("amount")),
                    AccountHistory::earn),
            new Part("dust-conversions.csv", "dustConversions", List.of("time", "id", "asset", "amount", "toAsset", "toAmount",
                    "fee"), f -> new DustConversion(f.text("id"), f.time(), f.text("asset"), f.amount("amount"), f.text("toAsset"),
                    f.amount("toAmount"), f.amount("fee")), AccountHistory::dustConversions),
            new Part("p2p-orders.csv", "p2pOrders", List.of("time", "id", "side", "asset", "amount", "fiat", "price", "fiatAmount",
                    "status"), f -> new P2pTrade(f.text("id"), f.time(), f.side(), f.text("asset"), f.amount("amount"), f.text("fiat"),
                    f.amount("price"), f.amount("fiatAmount"), P2pOrder.Status.valueOf(f.text("status"))), AccountHistory::p2pOrders),
            new Part("futures-income.csv", "futuresIncome", List.of("time", "id", "wallet", "symbol", "kind", "asset", "amount"),
                    f -> new FuturesIncome(f.text("id"), f.time(), f.wallet("wallet"), f.text("symbol"),
                            FuturesIncome.Kind.valueOf(f.text("kind")), f.text("asset"), f.amount("amount")),
                    AccountHistory::futuresIncome));

    private ExportedRecords() {
    }

    /** The CSV file's header and records, read as RFC 4180. */
    static List<Object> csv(Part part, Path file, List<String> header) throws IOException {
        List<Object> records = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            header.addAll(parser.getHeaderNames());
            for (CSVRecord row : parser) {
                records.add(part.read().apply(name -> row.get(name).isEmpty() ? null : row.get(name)));
            }
        }
        return records;
    }

    static List<Object> json(Part part, JsonNode history) {
        List<Object> records = new ArrayList<>();
        for (JsonNode object : history.required(part.jsonName())) {
            records.add(part.read().apply(name -> object.has(name) ? object.get(name).asText() : null));
        }
        return records;
    }
}
