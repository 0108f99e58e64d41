package dev.closeout.exchange.binance;

import static dev.closeout.exchange.ActionResult.done;
import static dev.closeout.exchange.ActionResult.refused;

import com.fasterxml.jackson.databind.JsonNode;
import dev.closeout.account.ApiKey;
import dev.closeout.account.EarnPosition;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.binance.BinanceHosts.Host;
import dev.closeout.exchange.binance.SnapshotMapper.Mapped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fixes Binance lets an API key do, and only when the key's permissions allow them:
 * cancelling open orders (spot, margin, futures, algo, options, Convert), converting dust to
 * BNB and redeeming flexible Earn. Everything else is unsupported: withdrawals never go through
 * Closeout.
 * Binance refusing a fix (an order already gone, dust converted too recently) is a refusal;
 * not reaching Binance is an {@link ExchangeException}.
 */
final class BinanceFixes {

    private final BinanceClient client;

    BinanceFixes(BinanceClient client) {
        this.client = client;
    }

    ActionResult perform(AccountAction action, Mapped seen) throws ExchangeException {
        if (action instanceof AccountAction.CancelOrder cancel) {
            OrderRef ref = seen.orders().get(cancel.orderId());
            return ref == null ? refused("action.binance.orderGone", cancel.orderId()) : cancel(ref, seen);
        }
        if (action instanceof AccountAction.CancelAllOrders) {
            return cancelAll(seen);
        }
        if (action instanceof AccountAction.ConvertDust dust) {
            return convertDust(dust, seen);
        }
        if (action instanceof AccountAction.RedeemEarn redeem) {
            return redeem(redeem.earnId(), seen);
        }
        return ActionResult.unsupported();
    }

    private ActionResult cancel(OrderRef ref, Mapped seen) throws ExchangeException {
        Optional<ActionResult> missing = ref.kind() == OrderRef.Kind.OPTIONS ? missingOptionsPermission(seen)
                : missingPermission(seen, ref.kind().futures() ? ApiKey.Permission.FUTURES : ApiKey.Permission.SPOT_TRADE);
        if (missing.isPresent()) {
            return missing.get();
        }
        Call call = switch (ref.kind()) {
            case SPOT -> Call.delete(Host.API, "/api/v3/order", 1).with("symbol", ref.symbol()).with("orderId", ref.binanceId());
            case SPOT_LIST -> Call.delete(Host.API, "/api/v3/orderList", 1).with("symbol", ref.symbol())
                    .with("orderListId", ref.binanceId());
            case MARGIN -> Call.delete(Host.API, "/sapi/v1/margin/order", 10).with("symbol", ref.symbol())
                    .with("orderId", ref.binanceId()).with("isIsolated", ref.isolated() ? "TRUE" : "FALSE");
            // "Margin Account Cancel OCO": the whole list, weight 1 of the account's (UID).
            case MARGIN_LIST -> Call.delete(Host.API, "/sapi/v1/margin/orderList", 1).with("symbol", ref.symbol())
                    .with("isIsolated", ref.isolated() ? "TRUE" : "FALSE").with("orderListId", ref.binanceId());
            case USDM -> Call.delete(Host.FAPI, "/fapi/v1/order", 1).with("symbol", ref.symbol()).with("orderId", ref.binanceId());
            case USDM_CONDITIONAL -> Call.delete(Host.FAPI, "/fapi/v1/algoOrder", 1).with("algoId", ref.binanceId());
            case COINM -> Call.delete(Host.DAPI, "/dapi/v1/order", 1).with("symbol", ref.symbol()).with("orderId", ref.binanceId());
            case SPOT_ALGO -> Call.delete(Host.API, "/sapi/v1/algo/spot/order", 1).with("algoId", ref.binanceId());
            case FUTURES_ALGO -> Call.delete(Host.API, "/sapi/v1/algo/futures/order", 1).with("algoId", ref.binanceId());
            case OPTIONS -> Call.delete(Host.EAPI, "/eapi/v1/order", 1).with("symbol", ref.symbol()).with("orderId", ref.binanceId());
            case CONVERT -> Call.post(Host.API, "/sapi/v1/convert/limit/cancelOrder", 200).with("orderId", ref.binanceId());
        };
        Reply reply = send(call);
        return reply.isRefusal() ? reply.refusal() : done("action.binance.orderCancelled", ref.id(), ref.symbol());
    }

    private ActionResult cancelAll(Mapped seen) throws ExchangeException {
        int cancelled = 0;
        List<String> left = new ArrayList<>();
        for (Map.Entry<String, OrderRef> order : seen.orders().entrySet()) {
            if (cancel(order.getValue(), seen).accepted()) {
                cancelled++;
            } else {
                left.add(order.getKey());
            }
        }
        return left.isEmpty() ? done("action.binance.ordersCancelled", String.valueOf(cancelled))
                : refused("action.binance.ordersLeft", String.valueOf(cancelled), String.join(", ", left));
    }

    /**
     * Asks Binance which balances it would convert (/sapi/v1/asset/dust-btc), then converts
     * those asked for, or all of them, in one request: Binance allows one conversion every few
     * hours. The assets go comma-separated, as Binance's documentation shows.
     */
    private ActionResult convertDust(AccountAction.ConvertDust dust, Mapped seen) throws ExchangeException {
        Optional<ActionResult> missing = missingPermission(seen, ApiKey.Permission.SPOT_TRADE);
        if (missing.isPresent()) {
            return missing.get();
        }
        JsonNode candidates = client.send(Call.post(Host.API, "/sapi/v1/asset/dust-btc", 1));
        List<String> assets = new ArrayList<>();
        for (JsonNode d : Json.items(candidates, "details")) {
            String asset = Json.text(d, "asset");
            if (asset != null && (dust.assets().isEmpty() || dust.assets().contains(asset))) {
                assets.add(asset);
            }
        }
        if (assets.isEmpty()) {
            return refused("action.binance.noDust");
        }
        Reply reply = send(Call.post(Host.API, "/sapi/v1/asset/dust", 10).with("asset", String.join(",", assets)));
        if (reply.isRefusal()) {
            return reply.refusal();
        }
        String bnb = Optional.ofNullable(Json.text(reply.answer(), "totalTransfered")).orElse("0");
        return done("action.binance.dustConverted", String.valueOf(Json.items(reply.answer(), "transferResult").size()), bnb);
    }

    /** Flexible Earn is redeemed whole, to Spot; locked Earn is left to binance.com. */
    private ActionResult redeem(String earnId, Mapped seen) throws ExchangeException {
        Optional<EarnPosition> position = seen.snapshot().earn().stream().filter(e -> e.id().equals(earnId)).findFirst();
        if (position.isEmpty()) {
            return refused("action.binance.earnGone", earnId);
        }
        if (position.get().product() != EarnPosition.Product.FLEXIBLE) {
            return ActionResult.unsupported();
        }
        Optional<ActionResult> missing = missingPermission(seen, ApiKey.Permission.SPOT_TRADE);
        if (missing.isPresent()) {
            return missing.get();
        }
        Reply reply = send(Call.post(Host.API, "/sapi/v1/simple-earn/flexible/redeem", 1)
                .with("productId", earnId).with("redeemAll", "true"));
        if (reply.isRefusal()) {
            return reply.refusal();
        }
        EarnPosition earn = position.get();
        return reply.answer().path("success").asBoolean(false)
                ? done("action.binance.earnRedeemed", earn.amount().toPlainString(), earn.asset())
                : refused("action.binance.earnNotRedeemed", earn.asset());
    }

    /**
     * The key's own permissions, when the snapshot could read them: a fix the key may not do is
     * refused here, saying which switch to turn on, instead of being sent to fail.
     */
    private static Optional<ActionResult> missingPermission(Mapped seen, ApiKey.Permission needed) {
        List<ApiKey> keys = seen.snapshot().apiKeys();
        if (keys.isEmpty() || keys.get(0).permissions().contains(needed)) {
            return Optional.empty();
        }
        return Optional.of(needed == ApiKey.Permission.FUTURES ? refused("action.binance.needsFutures")
                : refused("action.binance.needsTrading"));
    }

    /** Binance's "Enable European Options" switch, kept beside the snapshot: the spec's key permissions do not name it. */
    private static Optional<ActionResult> missingOptionsPermission(Mapped seen) {
        return Boolean.FALSE.equals(seen.optionsTrading()) ? Optional.of(refused("action.binance.needsOptions")) : Optional.empty();
    }

    /** Binance's answer to a fix, or its refusal. */
    private record Reply(JsonNode answer, ActionResult refusal) {

        boolean isRefusal() {
            return refusal != null;
        }
    }

    /** Sends a fix; Binance saying no to it (its own error code) is a refusal in Binance's words. */
    private Reply send(Call call) throws ExchangeException {
        try {
            return new Reply(client.send(call), null);
        } catch (BinanceApiException e) {
            if (e.code() == -5006) {
                return new Reply(null, refused("action.binance.dustTooSoon"));
            }
            if (e.messageKey().equals("binance.error.refused")) {
                return new Reply(null, refused("action.binance.refused", String.valueOf(e.code()), e.binanceMessage()));
            }
            throw e;
        }
    }
}
