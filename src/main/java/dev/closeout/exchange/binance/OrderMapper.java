package dev.closeout.exchange.binance;

import static dev.closeout.exchange.binance.Json.decimal;
import static dev.closeout.exchange.binance.Json.instant;
import static dev.closeout.exchange.binance.Json.items;
import static dev.closeout.exchange.binance.Json.required;
import static dev.closeout.exchange.binance.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.closeout.account.OpenOrder;
import dev.closeout.account.Side;
import dev.closeout.account.Wallet;
import dev.closeout.exchange.binance.Draft.MappedOrder;
import dev.closeout.exchange.binance.OrderRef.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every kind of open order Binance lists, as the snapshot's open orders. */
final class OrderMapper {

    private OrderMapper() {
    }

    /**
     * /api/v3/openOrders and /api/v3/openOrderList. An order that belongs to a list (an OCO's
     * two legs) is shown once, as the list: cancelling the list cancels both legs.
     */
    static void spot(List<JsonNode> openOrders, List<JsonNode> orderLists, Draft draft) {
        Map<String, JsonNode> legs = new HashMap<>();
        for (JsonNode page : openOrders) {
            for (JsonNode o : items(page, null)) {
                String listId = text(o, "orderListId");
                if (listId != null && !listId.equals("-1")) {
                    legs.put(required(o, "orderId"), o);
                    continue;
                }
                add(draft, o, Kind.SPOT, Wallet.SPOT, required(o, "orderId"), "type", "origQty", "time");
            }
        }
        for (JsonNode page : orderLists) {
            for (JsonNode list : items(page, null)) {
                String symbol = required(list, "symbol");
                JsonNode leg = items(list, "orders").stream()
                        .map(o -> legs.get(text(o, "orderId"))).filter(java.util.Objects::nonNull).findFirst().orElse(null);
                OrderRef ref = new OrderRef(Kind.SPOT_LIST, symbol, required(list, "orderListId"), false);
                draft.orders.add(new MappedOrder(new OpenOrder(ref.id(), Wallet.SPOT, symbol, type(text(list, "contingencyType")),
                        leg == null ? null : side(text(leg, "side")), leg == null ? null : decimal(leg, "price"),
                        leg == null ? null : decimal(leg, "origQty"), leg == null ? null : decimal(leg, "executedQty"),
                        instant(list, "transactionTime")), ref));
            }
        }
    }

    /**
     * /sapi/v1/margin/openOrders: cross or isolated, as each order says. The legs of one order
     * list (an OCO's two, with the same {@code orderListId}) are shown once, as the list, with the
     * first leg's side, price and quantity: cancelling the list cancels them all, and cancelling
     * one leg would cancel the others anyway. These answers do not say which kind of list it is
     * (OCO, OTO, OTOCO), so its type is OTHER.
     */
    static void margin(List<JsonNode> pages, Draft draft) {
        Map<OrderRef, JsonNode> lists = new LinkedHashMap<>();
        for (JsonNode page : pages) {
            for (JsonNode o : items(page, null)) {
                boolean isolated = o.path("isIsolated").asBoolean(false);
                String listId = text(o, "orderListId");
                if (listId != null && !listId.equals("-1")) {
                    lists.putIfAbsent(new OrderRef(Kind.MARGIN_LIST, required(o, "symbol"), listId, isolated), o);
                    continue;
                }
                add(draft, o, Kind.MARGIN, isolated ? Wallet.ISOLATED_MARGIN : Wallet.CROSS_MARGIN, required(o, "orderId"),
                        "type", "origQty", "time");
            }
        }
        lists.forEach((ref, leg) -> draft.orders.add(new MappedOrder(new OpenOrder(ref.id(),
                ref.isolated() ? Wallet.ISOLATED_MARGIN : Wallet.CROSS_MARGIN, ref.symbol(), OpenOrder.Type.OTHER,
                side(text(leg, "side")), decimal(leg, "price"), decimal(leg, "origQty"), decimal(leg, "executedQty"),
                instant(leg, "time")), ref)));
    }

    /** /fapi/v1/openOrders and /dapi/v1/openOrders. */
    static void futures(JsonNode orders, Kind kind, Wallet wallet, Draft draft) {
        for (JsonNode o : items(orders, null)) {
            add(draft, o, kind, wallet, required(o, "orderId"), "type", "origQty", "time");
        }
    }

    /** /fapi/v1/openAlgoOrders: USDⓈ-M stop and take-profit orders, which since December 2025 live apart. */
    static void usdmConditional(JsonNode orders, Draft draft) {
        for (JsonNode o : items(orders, null)) {
            add(draft, o, Kind.USDM_CONDITIONAL, Wallet.USDM_FUTURES, required(o, "algoId"), "orderType", "quantity", "createTime");
        }
    }

    /** /sapi/v1/algo/spot/openOrders and /sapi/v1/algo/futures/openOrders: TWAP and VP orders still working. */
    static void algo(JsonNode answer, Kind kind, Wallet wallet, Draft draft) {
        for (JsonNode o : Json.rows(answer, "orders")) {
            String symbol = required(o, "symbol");
            OrderRef ref = new OrderRef(kind, symbol, required(o, "algoId"), false);
            draft.orders.add(new MappedOrder(new OpenOrder(ref.id(), wallet, symbol, type(text(o, "algoType")),
                    side(text(o, "side")), null, decimal(o, "totalQty"), decimal(o, "executedQty"), instant(o, "bookTime")), ref));
        }
    }

    /** /eapi/v1/openOrders: options orders, all limit orders. */
    static void options(JsonNode orders, Draft draft) {
        for (JsonNode o : items(orders, null)) {
            add(draft, o, Kind.OPTIONS, Wallet.OPTIONS, required(o, "orderId"), "type", "quantity", "createTime");
        }
    }

    /**
     * /sapi/v1/convert/limit/queryOpenOrders: Convert limit orders, each selling {@code fromAsset}
     * for {@code toAsset} once {@code ratio} is reached. The spec has no Convert market; the money
     * comes from Spot (or Funding), so the order is a limit sell of the pair in Spot. Everything
     * this endpoint lists is open, whatever its {@code orderStatus} says: Binance's own example
     * shows "SUCCESS".
     */
    static void convert(JsonNode answer, Draft draft) {
        for (JsonNode o : items(answer, "list")) {
            String symbol = required(o, "fromAsset") + required(o, "toAsset");
            OrderRef ref = new OrderRef(Kind.CONVERT, symbol, required(o, "orderId"), false);
            draft.orders.add(new MappedOrder(new OpenOrder(ref.id(), Wallet.SPOT, symbol, OpenOrder.Type.LIMIT, Side.SELL,
                    decimal(o, "ratio"), decimal(o, "fromAmount"), null, instant(o, "createTime")), ref));
        }
    }

    private static void add(Draft draft, JsonNode o, Kind kind, Wallet wallet, String id, String typeField,
                            String quantityField, String timeField) {
        String symbol = required(o, "symbol");
        OrderRef ref = new OrderRef(kind, symbol, id, o.path("isIsolated").asBoolean(false));
        BigDecimal price = decimal(o, "price");
        Instant created = instant(o, timeField);
        draft.orders.add(new MappedOrder(new OpenOrder(ref.id(), wallet, symbol, type(text(o, typeField)), side(text(o, "side")),
                price, decimal(o, quantityField), decimal(o, "executedQty"), created), ref));
    }

    /** Binance's order types by the snapshot's names; the rest (MARKET, OPO, …) are OTHER. */
    static OpenOrder.Type type(String binanceType) {
        return Arrays.stream(OpenOrder.Type.values()).filter(t -> t.name().equals(binanceType)).findFirst().orElse(OpenOrder.Type.OTHER);
    }

    private static Side side(String side) {
        return "BUY".equals(side) ? Side.BUY : "SELL".equals(side) ? Side.SELL : null;
    }
}
