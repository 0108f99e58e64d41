package dev.closeout.exchange.binance;

import static dev.closeout.exchange.binance.FundsHistoryMapper.moment;
import static dev.closeout.exchange.binance.Json.decimal;
import static dev.closeout.exchange.binance.Json.items;
import static dev.closeout.exchange.binance.Json.required;
import static dev.closeout.exchange.binance.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.closeout.account.history.EarnEvent;
import dev.closeout.account.history.EarnEvent.Kind;
import dev.closeout.account.history.EarnEvent.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Simple Earn's six history endpoints: subscriptions, redemptions and rewards of flexible and
 * locked products. A subscription or redemption that failed moved nothing and is left out.
 * Rewards carry no id of their own: theirs is made of the product, the moment, the asset and
 * Binance's kind of reward, which together tell two rewards apart.
 */
final class EarnHistoryMapper {

    /** How one endpoint's rows read: the field of their id (none for rewards) and of their amount. */
    private record Rows(Kind kind, Product product, String idField, String amountField) {
    }

    private static final Map<HistoryReading, Rows> ROWS = Map.of(
            HistoryReading.FLEXIBLE_SUBSCRIPTIONS, new Rows(Kind.SUBSCRIPTION, Product.FLEXIBLE, "purchaseId", "amount"),
            HistoryReading.FLEXIBLE_REDEMPTIONS, new Rows(Kind.REDEMPTION, Product.FLEXIBLE, "redeemId", "amount"),
            HistoryReading.FLEXIBLE_REWARDS, new Rows(Kind.REWARD, Product.FLEXIBLE, null, "rewards"),
            HistoryReading.LOCKED_SUBSCRIPTIONS, new Rows(Kind.SUBSCRIPTION, Product.LOCKED, "purchaseId", "amount"),
            HistoryReading.LOCKED_REDEMPTIONS, new Rows(Kind.REDEMPTION, Product.LOCKED, "redeemId", "amount"),
            HistoryReading.LOCKED_REWARDS, new Rows(Kind.REWARD, Product.LOCKED, null, "amount"));

    private EarnHistoryMapper() {
    }

    /** One page of one of the six readings. */
    static List<EarnEvent> events(HistoryReading reading, JsonNode page) {
        Rows rows = ROWS.get(reading);
        if (rows == null) {
            throw new IllegalArgumentException(reading + " is not a Simple Earn history");
        }
        List<EarnEvent> events = new ArrayList<>();
        for (JsonNode row : items(page, "rows")) {
            if ("FAILED".equals(text(row, "status"))) {
                continue;
            }
            String productId = rows.product() == Product.FLEXIBLE ? product(row) : position(row);
            String id = rows.product().name().toLowerCase(Locale.ROOT) + "-" + rows.kind().name().toLowerCase(Locale.ROOT) + "-"
                    + (rows.idField() != null ? required(row, rows.idField()) : rewardOf(productId, row));
            events.add(new EarnEvent(id, moment(row, "time"), rows.kind(), rows.product(), productId, required(row, "asset"),
                    decimal(row, rows.amountField())));
        }
        return events;
    }

    /** A flexible product is named {@code productId} in some answers and {@code projectId} in others. */
    private static String product(JsonNode row) {
        return text(row, "productId") != null ? text(row, "productId") : text(row, "projectId");
    }

    /** A locked subscription belongs to a position of a project; the position is what is redeemed. */
    private static String position(JsonNode row) {
        return text(row, "positionId") != null ? text(row, "positionId") : text(row, "projectId");
    }

    private static String rewardOf(String productId, JsonNode row) {
        return productId + "-" + required(row, "time") + "-" + required(row, "asset") + (text(row, "type") == null ? "" : "-" + text(row, "type"));
    }
}
