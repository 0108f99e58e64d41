package dev.closeout.exchange.binance;

import dev.closeout.exchange.binance.FakeBinance.Answer;
import java.util.List;
import java.util.Map;

/** Accounts the local Binance can answer for instead of the samples'. */
final class FakeAccounts {

    private FakeAccounts() {
    }

    /**
     * An account with nothing left in it, as Binance would answer for it: every list present and
     * empty, every total zero.
     */
    static void empty(FakeBinance binance) {
        Map<String, String> empty = Map.ofEntries(
                Map.entry("/sapi/v1/asset/wallet/balance", FakeBinance.sample("sapi_v1_asset_wallet_balance.json").replace("0.71842752", "0")),
                Map.entry("/api/v3/account", "{\"uid\": 354937868, \"balances\": []}"),
                Map.entry("/sapi/v1/margin/account", "{\"userAssets\": []}"),
                Map.entry("/sapi/v1/margin/isolated/account", "{\"assets\": []}"),
                Map.entry("/fapi/v3/account", "{\"assets\": [], \"positions\": []}"),
                Map.entry("/dapi/v1/account", "{\"assets\": [], \"positions\": []}"),
                Map.entry("/eapi/v1/marginAccount", "{\"asset\": []}"),
                Map.entry("/sapi/v1/algo/spot/openOrders", "{\"total\": 0, \"orders\": []}"),
                Map.entry("/sapi/v1/algo/futures/openOrders", "{\"total\": 0, \"orders\": []}"),
                Map.entry("/sapi/v1/convert/limit/queryOpenOrders", "{\"list\": []}"),
                Map.entry("/sapi/v1/simple-earn/flexible/position", "{\"rows\": [], \"total\": 0}"),
                Map.entry("/sapi/v1/simple-earn/locked/position", "{\"rows\": [], \"total\": 0}"),
                Map.entry("/sapi/v2/eth-staking/account", "{\"holdingInETH\": \"0\"}"),
                Map.entry("/sapi/v1/sol-staking/account", "{\"holdingInSOL\": \"0\"}"),
                Map.entry("/sapi/v1/dci/product/positions", "{\"total\": 0, \"list\": []}"),
                Map.entry("/sapi/v1/onchain-yields/account", "{\"totalAmountInBTC\": \"0\", \"totalAmountInUSDT\": \"0\"}"),
                Map.entry(FakeBinance.P2P, FakeBinance.NO_P2P_ORDERS),
                Map.entry("/sapi/v1/sub-account/list", "{\"subAccounts\": []}"),
                Map.entry("/sapi/v1/lending/auto-invest/plan/list", "{\"plans\": []}"),
                Map.entry("/sapi/v1/asset/dust-btc", "{\"details\": []}"));
        empty.forEach((path, body) -> binance.route("GET", path, (request, call) -> Answer.ok(body)));
        for (String path : List.of("/sapi/v3/asset/getUserAsset", "/sapi/v1/asset/get-funding-asset", "/sapi/v1/asset/dust-btc")) {
            binance.route("POST", path, (request, call) -> Answer.ok(path.endsWith("dust-btc") ? "{\"details\": []}" : "[]"));
        }
        for (String path : List.of("/eapi/v1/position", "/api/v3/openOrders", "/api/v3/openOrderList", "/fapi/v1/openOrders",
                "/fapi/v1/openAlgoOrders", "/dapi/v1/openOrders", "/eapi/v1/openOrders", "/sapi/v1/capital/deposit/hisrec")) {
            binance.route("GET", path, (request, call) -> Answer.ok("[]"));
        }
    }

    /** The samples' read-only key with each of {@code switches} (a field of /sapi/v1/account/apiRestrictions) turned {@code on} or off. */
    static String keyWithSwitches(boolean on, String... switches) {
        String key = FakeBinance.sample("sapi_v1_account_apiRestrictions.json");
        for (String field : switches) {
            key = key.replace("\"" + field + "\": false", "\"" + field + "\": " + on);
        }
        return key;
    }
}
