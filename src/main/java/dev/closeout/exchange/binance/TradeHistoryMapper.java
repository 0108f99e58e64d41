package dev.closeout.exchange.binance;

import static dev.closeout.exchange.binance.FundsHistoryMapper.moment;
import static dev.closeout.exchange.binance.Json.decimal;
import static dev.closeout.exchange.binance.Json.items;
import static dev.closeout.exchange.binance.Json.required;
import static dev.closeout.exchange.binance.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.closeout.account.Side;
import dev.closeout.account.Wallet;
import dev.closeout.account.history.FuturesIncome;
import dev.closeout.account.history.Trade;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Trades on the spot market and through Convert, and what futures wallets made or paid. */
final class TradeHistoryMapper {

    /** The futures income kinds the history has a place for; Binance's others (transfers, rebates, …) are counted apart. */
    private static final Map<String, FuturesIncome.Kind> INCOME_KINDS = Map.of("REALIZED_PNL", FuturesIncome.Kind.REALIZED_PNL,
            "COMMISSION", FuturesIncome.Kind.COMMISSION, "FUNDING_FEE", FuturesIncome.Kind.FUNDING_FEE);

    private TradeHistoryMapper() {
    }

    /** One spot symbol and the two assets it trades. */
    record Pair(String symbol, String base, String quote) {
    }

    /** /api/v3/exchangeInfo: every symbol Binance lists, whatever its status. */
    static List<Pair> pairs(JsonNode answer) {
        List<Pair> pairs = new ArrayList<>();
        for (JsonNode s : items(answer, "symbols")) {
            pairs.add(new Pair(required(s, "symbol"), required(s, "baseAsset"), required(s, "quoteAsset")));
        }
        return pairs;
    }

    /**
     * /api/v3/myTrades: one page of the fills of {@code pair}, which names their base asset. Trade
     * ids count per symbol, so the id carries the symbol.
     */
    static List<Trade> spotTrades(JsonNode page, Pair pair) {
        List<Trade> trades = new ArrayList<>();
        for (JsonNode t : items(page, null)) {
            String symbol = text(t, "symbol") == null ? pair.symbol() : text(t, "symbol");
            trades.add(new Trade(symbol + "-" + required(t, "id"), moment(t, "time"), Wallet.SPOT, symbol, pair.base(),
                    t.path("isBuyer").asBoolean() ? Side.BUY : Side.SELL, decimal(t, "price"), decimal(t, "qty"),
                    decimal(t, "quoteQty"), decimal(t, "commission"), text(t, "commissionAsset")));
        }
        return trades;
    }

    /** The id of the last fill on a page, to ask the next page from the one after it; -1 when the page is empty. */
    static long lastTradeId(JsonNode page) {
        List<JsonNode> trades = items(page, null);
        return trades.isEmpty() ? -1 : trades.get(trades.size() - 1).path("id").asLong(-1);
    }

    /**
     * /sapi/v1/convert/tradeFlow: the conversions that went through, each a purchase of
     * {@code toAsset} paid in {@code fromAsset}. Convert's spread is in its price: Binance names
     * no separate fee.
     */
    static List<Trade> converts(JsonNode answer) {
        List<Trade> trades = new ArrayList<>();
        for (JsonNode c : items(answer, "list")) {
            if (!"SUCCESS".equals(text(c, "orderStatus"))) {
                continue;
            }
            String bought = required(c, "toAsset");
            String paidWith = required(c, "fromAsset");
            Wallet wallet = "FUNDING".equals(text(c, "walletType")) ? Wallet.FUNDING : Wallet.SPOT;
            trades.add(new Trade("convert-" + required(c, "orderId"), moment(c, "createTime"), wallet, bought + paidWith, bought,
                    Side.BUY, decimal(c, "inverseRatio"), decimal(c, "toAmount"), decimal(c, "fromAmount"), null, null));
        }
        return trades;
    }

    /** Whether a Convert answer holds only the first of more conversions than one request gives. */
    static boolean moreConverts(JsonNode answer) {
        return answer.path("moreData").asBoolean(false);
    }

    /** The assets a conversion moved. */
    static List<String> convertedAssets(JsonNode answer) {
        List<String> assets = new ArrayList<>();
        for (JsonNode c : items(answer, "list")) {
            assets.add(required(c, "fromAsset"));
            assets.add(required(c, "toAsset"));
        }
        return assets;
    }

    /**
     * /fapi/v1/income or /dapi/v1/income: one page. {@code tranId} is unique within a kind only,
     * so the id carries the wallet and the kind. Records of kinds the history has no place for go
     * to {@code otherKinds} (the kind, a space, the id), so that the export can say what it left out.
     */
    static List<FuturesIncome> income(JsonNode page, Wallet wallet, Set<String> otherKinds) {
        List<FuturesIncome> income = new ArrayList<>();
        for (JsonNode i : items(page, null)) {
            String type = required(i, "incomeType");
            FuturesIncome.Kind kind = INCOME_KINDS.get(type);
            String id = (wallet == Wallet.USDM_FUTURES ? "usdm-" : "coinm-") + type + "-" + required(i, "tranId");
            if (kind == null) {
                otherKinds.add(type + " " + id);
                continue;
            }
            income.add(new FuturesIncome(id, moment(i, "time"), wallet, text(i, "symbol"), kind, required(i, "asset"),
                    decimal(i, "income")));
        }
        return income;
    }
}
