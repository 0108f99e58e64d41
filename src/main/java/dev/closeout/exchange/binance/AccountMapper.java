package dev.closeout.exchange.binance;

import static dev.closeout.exchange.binance.Json.decimal;
import static dev.closeout.exchange.binance.Json.instant;
import static dev.closeout.exchange.binance.Json.items;
import static dev.closeout.exchange.binance.Json.required;
import static dev.closeout.exchange.binance.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.closeout.account.ApiKey;
import dev.closeout.account.P2pOrder;
import dev.closeout.account.PendingTransfer;
import dev.closeout.account.Side;
import dev.closeout.account.SubAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The account itself, its key, and what involves other people or is in transit: P2P, sub-accounts, deposits. */
final class AccountMapper {

    /** P2P statuses still open, by the snapshot's words; COMPLETED and the CANCELLED ones are over. */
    private static final Map<String, P2pOrder.Status> OPEN_P2P = Map.of(
            "PENDING", P2pOrder.Status.PENDING_PAYMENT,
            "TRADING", P2pOrder.Status.PENDING_PAYMENT,
            "BUYER_PAYED", P2pOrder.Status.PAID,
            "DISTRIBUTING", P2pOrder.Status.PAID,
            "IN_APPEAL", P2pOrder.Status.APPEALING);
    private static final List<String> CLOSED_P2P = List.of("COMPLETED", "CANCELLED", "CANCELLED_BY_SYSTEM");
    /** Deposit statuses still in flight: 0 pending, 6 credited but not yet withdrawable, 8 waiting for the user. */
    private static final Map<String, String> DEPOSITS_IN_FLIGHT = Map.of(
            "0", "PENDING", "6", "CREDITED_CANNOT_WITHDRAW", "8", "WAITING_USER_CONFIRM");

    private AccountMapper() {
    }

    /** /sapi/v1/account/status: {@code "Normal"}; other values are not documented. */
    static void status(JsonNode answer, Draft draft) {
        draft.accountStatus = required(answer, "data");
    }

    /** /sapi/v1/account/info. */
    static void enabledProducts(JsonNode answer, Draft draft) {
        draft.vipLevel = answer.path("vipLevel").canConvertToInt() ? answer.path("vipLevel").asInt() : null;
    }

    /** /sapi/v1/account/apiRestrictions: what this key may do, in the snapshot's words. */
    static void keyPermissions(JsonNode answer, String label, Draft draft) {
        List<ApiKey.Permission> permissions = new ArrayList<>();
        add(permissions, answer, "enableReading", ApiKey.Permission.READ);
        add(permissions, answer, "enableSpotAndMarginTrading", ApiKey.Permission.SPOT_TRADE);
        add(permissions, answer, "enableMargin", ApiKey.Permission.MARGIN);
        add(permissions, answer, "enableFutures", ApiKey.Permission.FUTURES);
        add(permissions, answer, "enableWithdrawals", ApiKey.Permission.WITHDRAW);
        add(permissions, answer, "permitsUniversalTransfer", ApiKey.Permission.UNIVERSAL_TRANSFER);
        if (List.of("enableInternalTransfer", "enableVanillaOptions", "enablePortfolioMarginTrading", "enableFixApiTrade",
                "enableFixReadOnly").stream().anyMatch(f -> answer.path(f).asBoolean(false))) {
            permissions.add(ApiKey.Permission.OTHER);
        }
        draft.apiKey = new ApiKey(label, permissions, instant(answer, "createTime"));
        draft.optionsTrading = answer.path("enableVanillaOptions").asBoolean(false);
    }

    private static void add(List<ApiKey.Permission> permissions, JsonNode answer, String field, ApiKey.Permission permission) {
        if (answer.path(field).asBoolean(false)) {
            permissions.add(permission);
        }
    }

    /**
     * /sapi/v1/c2c/orderMatch/listUserOrderHistory, every page: the orders not yet over. A status
     * Binance adds later is taken as still open, so it blocks rather than hides.
     */
    static void p2p(List<JsonNode> pages, Draft draft) {
        for (JsonNode page : pages) {
            checkP2pAnswer(page);
            for (JsonNode o : Json.rows(page, "data")) {
                String status = required(o, "orderStatus");
                if (CLOSED_P2P.contains(status)) {
                    continue;
                }
                String side = text(o, "tradeType");
                draft.p2pOrders.add(new P2pOrder(required(o, "orderNumber"),
                        "BUY".equals(side) ? Side.BUY : "SELL".equals(side) ? Side.SELL : null,
                        text(o, "asset"), text(o, "fiat"), decimal(o, "amount"),
                        OPEN_P2P.getOrDefault(status, P2pOrder.Status.PENDING_PAYMENT), instant(o, "createTime")));
            }
        }
    }

    /** The C2C answer wraps its list and says in {@code success} whether it worked. */
    static void checkP2pAnswer(JsonNode page) {
        if (page.has("success") && !page.path("success").asBoolean()) {
            throw new OddAnswer(OddAnswer.Kind.SAYS_FAILED, String.valueOf(text(page, "message")));
        }
    }


    /** /sapi/v1/sub-account/list, every page: a frozen sub-account is still open. */
    static void subAccounts(List<JsonNode> pages, Draft draft) {
        for (JsonNode page : pages) {
            for (JsonNode s : items(page, "subAccounts")) {
                draft.subAccounts.add(new SubAccount(required(s, "email"),
                        s.path("isFreeze").asBoolean(false) ? SubAccount.Status.FROZEN : SubAccount.Status.ACTIVE,
                        instant(s, "createTime")));
            }
        }
    }


    /** /sapi/v1/capital/deposit/hisrec (the last 90 days): deposits still arriving. */
    static void deposits(JsonNode answer, Draft draft) {
        for (JsonNode d : items(answer, null)) {
            String status = DEPOSITS_IN_FLIGHT.get(text(d, "status"));
            if (status != null) {
                draft.transfers.add(new PendingTransfer(required(d, "id"), PendingTransfer.Direction.DEPOSIT, required(d, "coin"),
                        Json.requiredDecimal(d, "amount"), text(d, "network"), status));
            }
        }
    }
}
