package dev.closeout.exchange.binance;

import static dev.closeout.exchange.binance.Json.decimal;
import static dev.closeout.exchange.binance.Json.instant;
import static dev.closeout.exchange.binance.Json.items;
import static dev.closeout.exchange.binance.Json.required;
import static dev.closeout.exchange.binance.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.closeout.account.P2pOrder;
import dev.closeout.account.Side;
import dev.closeout.account.Wallet;
import dev.closeout.account.history.Deposit;
import dev.closeout.account.history.DustConversion;
import dev.closeout.account.history.P2pTrade;
import dev.closeout.account.history.WalletTransfer;
import dev.closeout.account.history.Withdrawal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Money in and out of the account and between its wallets, as Binance's history endpoints list it. */
final class FundsHistoryMapper {

    /** Deposit statuses: 1 credited; 0 pending, 6 credited but not yet withdrawable, 8 waiting for the user; 2 rejected, 7 wrong deposit. */
    private static final Map<String, Deposit.Status> DEPOSIT_STATUS = Map.of("1", Deposit.Status.COMPLETED,
            "0", Deposit.Status.PROCESSING, "6", Deposit.Status.PROCESSING, "8", Deposit.Status.PROCESSING,
            "2", Deposit.Status.FAILED, "7", Deposit.Status.FAILED);
    /** Withdrawal statuses: 6 completed; 0 email sent, 2 awaiting approval, 4 processing; 1 cancelled, 3 rejected, 5 failed. */
    private static final Map<String, Withdrawal.Status> WITHDRAWAL_STATUS = Map.of("6", Withdrawal.Status.COMPLETED,
            "0", Withdrawal.Status.PROCESSING, "2", Withdrawal.Status.PROCESSING, "4", Withdrawal.Status.PROCESSING,
            "1", Withdrawal.Status.FAILED, "3", Withdrawal.Status.FAILED, "5", Withdrawal.Status.FAILED);
    /** The wallets in a universal transfer's type, such as {@code MAIN_UMFUTURE} (Spot to USDⓈ-M Futures). */
    private static final Map<String, Wallet> TRANSFER_WALLETS = Map.of("MAIN", Wallet.SPOT, "FUNDING", Wallet.FUNDING,
            "UMFUTURE", Wallet.USDM_FUTURES, "CMFUTURE", Wallet.COINM_FUTURES, "MARGIN", Wallet.CROSS_MARGIN, "OPTION", Wallet.OPTIONS);
    /** Binance writes a withdrawal's times as text in UTC. */
    private static final DateTimeFormatter UTC_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * Every universal-transfer type between two wallets the history names, in Binance's documented
     * list; those of isolated and portfolio margin need a pair or an account Closeout does not read.
     */
    static final List<String> TRANSFER_TYPES = List.of("MAIN_FUNDING", "FUNDING_MAIN", "MAIN_UMFUTURE", "UMFUTURE_MAIN",
            "MAIN_CMFUTURE", "CMFUTURE_MAIN", "MAIN_MARGIN", "MARGIN_MAIN", "MAIN_OPTION", "OPTION_MAIN", "FUNDING_UMFUTURE",
            "UMFUTURE_FUNDING", "FUNDING_CMFUTURE", "CMFUTURE_FUNDING", "FUNDING_MARGIN", "MARGIN_FUNDING", "FUNDING_OPTION",
            "OPTION_FUNDING", "UMFUTURE_MARGIN", "MARGIN_UMFUTURE", "CMFUTURE_MARGIN", "MARGIN_CMFUTURE", "UMFUTURE_OPTION",
            "OPTION_UMFUTURE", "MARGIN_OPTION", "OPTION_MARGIN");

    private FundsHistoryMapper() {
    }

    /** /sapi/v1/capital/deposit/hisrec: one page. An unknown status is taken as still arriving, not as arrived. */
    static List<Deposit> deposits(JsonNode page) {
        List<Deposit> deposits = new ArrayList<>();
        for (JsonNode d : items(page, null)) {
            deposits.add(new Deposit(required(d, "id"), moment(d, "insertTime"), required(d, "coin"), decimal(d, "amount"),
                    text(d, "network"), text(d, "address"), text(d, "txId"),
                    DEPOSIT_STATUS.getOrDefault(text(d, "status"), Deposit.Status.PROCESSING)));
        }
        return deposits;
    }

    /**
     * /sapi/v1/capital/withdraw/history: one page. The amount and the fee are Binance's own
     * ({@code amount}, {@code transactionFee}); Binance does not document whether the amount
     * includes the fee, so neither is changed here.
     */
    static List<Withdrawal> withdrawals(JsonNode page) {
        List<Withdrawal> withdrawals = new ArrayList<>();
        for (JsonNode w : items(page, null)) {
            withdrawals.add(new Withdrawal(required(w, "id"), utcText(w, "applyTime"), required(w, "coin"), decimal(w, "amount"),
                    decimal(w, "transactionFee"), text(w, "network"), text(w, "address"), text(w, "txId"),
                    WITHDRAWAL_STATUS.getOrDefault(text(w, "status"), Withdrawal.Status.PROCESSING)));
        }
        return withdrawals;
    }

    /** /sapi/v1/asset/transfer for one {@code type}: one page. A failed transfer moved nothing and is left out. */
    static List<WalletTransfer> transfers(JsonNode page, String askedType) {
        List<WalletTransfer> transfers = new ArrayList<>();
        for (JsonNode t : items(page, "rows")) {
            if ("FAILED".equals(text(t, "status"))) {
                continue;
            }
            String type = text(t, "type") == null ? askedType : text(t, "type");
            String[] ends = type.split("_");
            Wallet from = TRANSFER_WALLETS.get(ends[0]);
            Wallet to = ends.length == 2 ? TRANSFER_WALLETS.get(ends[1]) : null;
            if (from == null || to == null) {
                throw new IllegalArgumentException("a transfer of an unknown type: " + type);
            }
            transfers.add(new WalletTransfer(required(t, "tranId"), moment(t, "timestamp"), required(t, "asset"), decimal(t, "amount"),
                    from, to));
        }
        return transfers;
    }

    /**
     * /sapi/v1/asset/dribblet: every asset of every conversion. The assets converted together
     * share the conversion's id, as the record asks. Each detail names what it became
     * ({@code targetAsset}): BNB, unless the user chose another; a detail without it is from
     * before Binance offered a choice, when dust went to BNB only.
     */
    static List<DustConversion> dust(JsonNode answer) {
        List<DustConversion> conversions = new ArrayList<>();
        for (JsonNode conversion : items(answer, "userAssetDribblets")) {
            String id = required(conversion, "transId");
            for (JsonNode d : items(conversion, "userAssetDribbletDetails")) {
                Instant at = instant(d, "operateTime") != null ? instant(d, "operateTime") : moment(conversion, "operateTime");
                String to = text(d, "targetAsset") == null ? "BNB" : text(d, "targetAsset");
                conversions.add(new DustConversion(id, at, required(d, "fromAsset"), decimal(d, "amount"), to,
                        decimal(d, "transferedAmount"), decimal(d, "serviceChargeAmount")));
            }
        }
        return conversions;
    }

    /** How many conversions the dust log gave: at its limit, older ones may be left out. */
    static int dustConversions(JsonNode answer) {
        return items(answer, "userAssetDribblets").size();
    }

    /** /sapi/v1/c2c/orderMatch/listUserOrderHistory: one page, every order whatever became of it. */
    static List<P2pTrade> p2p(JsonNode page) {
        AccountMapper.checkP2pAnswer(page);
        List<P2pTrade> trades = new ArrayList<>();
        for (JsonNode o : items(page, "data")) {
            trades.add(new P2pTrade(required(o, "orderNumber"), moment(o, "createTime"), Side.valueOf(required(o, "tradeType")),
                    required(o, "asset"), decimal(o, "amount"), text(o, "fiat"), decimal(o, "unitPrice"), decimal(o, "totalPrice"),
                    p2pStatus(required(o, "orderStatus"))));
        }
        return trades;
    }

    /** A status Binance adds later is taken as still open, as the snapshot takes it. */
    private static P2pOrder.Status p2pStatus(String status) {
        return switch (status) {
            case "COMPLETED" -> P2pOrder.Status.COMPLETED;
            case "CANCELLED", "CANCELLED_BY_SYSTEM" -> P2pOrder.Status.CANCELLED;
            case "BUYER_PAYED", "DISTRIBUTING" -> P2pOrder.Status.PAID;
            case "IN_APPEAL" -> P2pOrder.Status.APPEALING;
            default -> P2pOrder.Status.PENDING_PAYMENT;
        };
    }

    /** A required moment in epoch milliseconds. */
    static Instant moment(JsonNode node, String field) {
        Instant at = instant(node, field);
        if (at == null) {
            throw new IllegalArgumentException("the answer has no " + field);
        }
        return at;
    }

    private static Instant utcText(JsonNode node, String field) {
        String text = required(node, field);
        try {
            return LocalDateTime.parse(text, UTC_TEXT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not a time: " + text, e);
        }
    }
}
