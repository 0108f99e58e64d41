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

/**
 * Simple Earn's six history endpoints: subscriptions, redemptions and rewards of flexible and
 * locked products. A subscription or redemption that failed moved nothing and is left out.
 * Rewards carry no id of their own: theirs is made of the product, the moment, the asset and
 * Binance's kind of reward, which together tell two rewards apart.
 */
final class EarnHistoryMapper {

    private EarnHistoryMapper() {
    }

    /** One page of one of the six readings. */
    static List<EarnEvent> events(HistoryReading reading, JsonNode page) {
        List<EarnEvent> events = new ArrayList<>();
        for (JsonNode row : items(page, "rows")) {
            if ("FAILED".equals(text(row, "status"))) {
                continue;
            }
            events.add(switch (reading) {
                case FLEXIBLE_SUBSCRIPTIONS -> event(row, "flexible-subscription-" + required(row, "purchaseId"), Kind.SUBSCRIPTION,
                        Product.FLEXIBLE, product(row), "amount");
                case FLEXIBLE_REDEMPTIONS -> event(row, "flexible-redemption-" + required(row, "redeemId"), Kind.REDEMPTION,
                        Product.FLEXIBLE, product(row), "amount");
                case FLEXIBLE_REWARDS -> event(row, rewardId("flexible", product(row), row), Kind.REWARD, Product.FLEXIBLE, product(row),
                        "rewards");
                case LOCKED_SUBSCRIPTIONS -> event(row, "locked-subscription-" + required(row, "purchaseId"), Kind.SUBSCRIPTION,
                        Product.LOCKED, position(row), "amount");
                case LOCKED_REDEMPTIONS -> event(row, "locked-redemption-" + required(row, "redeemId"), Kind.REDEMPTION,
                        Product.LOCKED, position(row), "amount");
                case LOCKED_REWARDS -> event(row, rewardId("locked", position(row), row), Kind.REWARD, Product.LOCKED, position(row),
                        "amount");
                default -> throw new IllegalArgumentException(reading + " is not a Simple Earn history");
            });
        }
        return events;
    }

    private static EarnEvent event(JsonNode row, String id, Kind kind, Product product, String productId, String amountField) {
        return new EarnEvent(id, moment(row, "time"), kind, product, productId, required(row, "asset"), decimal(row, amountField));
    }

    /** A flexible product is named {@code productId} in some answers and {@code projectId} in others. */
    private static String product(JsonNode row) {
        return text(row, "productId") != null ? text(row, "productId") : text(row, "projectId");
    }

    /** A locked subscription belongs to a position of a project; the position is what is redeemed. */
    private static String position(JsonNode row) {
        return text(row, "positionId") != null ? text(row, "positionId") : text(row, "projectId");
    }

    private static String rewardId(String product, String productId, JsonNode row) {
        return product + "-reward-" + productId + "-" + required(row, "time") + "-" + required(row, "asset")
                + (text(row, "type") == null ? "" : "-" + text(row, "type"));
    }
}
