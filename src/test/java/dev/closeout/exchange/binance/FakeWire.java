package dev.closeout.exchange.binance;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The local Binance's wire: what a request weighs, its query decoded, the prices it quotes, an answer that never ends. */
final class FakeWire {

    private FakeWire() {
    }

    /** Binance's documented request weights of the endpoints the fake serves. */
    static final Map<String, Integer> WEIGHTS = Map.ofEntries(
            Map.entry("/api/v3/time", 1), Map.entry("/api/v3/account", 20), Map.entry("/api/v3/openOrders", 80),
            Map.entry("/api/v3/openOrderList", 6), Map.entry("/api/v3/ticker/price", 4), Map.entry("/api/v3/order", 1),
            Map.entry("/sapi/v1/asset/wallet/balance", 60), Map.entry("/sapi/v3/asset/getUserAsset", 5),
            Map.entry("/sapi/v1/margin/account", 10), Map.entry("/sapi/v1/margin/isolated/account", 10),
            Map.entry("/sapi/v1/margin/openOrders", 10), Map.entry("/fapi/v3/account", 5), Map.entry("/fapi/v1/openOrders", 40),
            Map.entry("/fapi/v1/openAlgoOrders", 40), Map.entry("/dapi/v1/account", 5), Map.entry("/dapi/v1/openOrders", 40),
            Map.entry("/sapi/v1/simple-earn/flexible/position", 150), Map.entry("/sapi/v1/simple-earn/locked/position", 150),
            Map.entry("/sapi/v2/eth-staking/account", 150), Map.entry("/sapi/v1/sol-staking/account", 150),
            Map.entry("/sapi/v1/asset/dust", 10), Map.entry("/eapi/v1/marginAccount", 3), Map.entry("/eapi/v1/position", 5),
            Map.entry("/eapi/v1/openOrders", 40), Map.entry("/sapi/v1/convert/limit/queryOpenOrders", 3000),
            Map.entry("/sapi/v1/onchain-yields/account", 50), Map.entry("/sapi/v1/capital/config/getall", 10),
            Map.entry("/api/v3/exchangeInfo", 20), Map.entry("/api/v3/myTrades", 20),
            Map.entry("/sapi/v1/capital/withdraw/history", 18_000), Map.entry("/sapi/v1/convert/tradeFlow", 3000),
            Map.entry("/fapi/v1/income", 30), Map.entry("/dapi/v1/income", 20),
            Map.entry("/sapi/v1/simple-earn/flexible/history/subscriptionRecord", 150),
            Map.entry("/sapi/v1/simple-earn/flexible/history/redemptionRecord", 150),
            Map.entry("/sapi/v1/simple-earn/flexible/history/rewardsRecord", 150),
            Map.entry("/sapi/v1/simple-earn/locked/history/subscriptionRecord", 150),
            Map.entry("/sapi/v1/simple-earn/locked/history/redemptionRecord", 150),
            Map.entry("/sapi/v1/simple-earn/locked/history/rewardsRecord", 150));

    /** /api/v3/ticker/price has no sample; these are the pairs the samples' assets trade in. */
    static final String TICKERS = """
            [ {"symbol": "BTCUSDT", "price": "91250.00"}, {"symbol": "ETHUSDT", "price": "3100.00"},
              {"symbol": "BNBUSDT", "price": "620.00"}, {"symbol": "LTCUSDT", "price": "82.00"},
              {"symbol": "USDCUSDT", "price": "1.0001"}, {"symbol": "AXSUSDT", "price": "2.10"},
              {"symbol": "SOLUSDT", "price": "140.00"}, {"symbol": "SHIBUSDT", "price": "0.0000094"},
              {"symbol": "BCHUSDT", "price": "480.00"}, {"symbol": "AVAXUSDT", "price": "21.00"},
              {"symbol": "ETHBTC", "price": "0.034"} ]
            """;

    /** A byte every {@code every}, or ({@code endless}) a megabyte after another as fast as the client takes them. */
    static void stream(HttpExchange exchange, Duration every, boolean endless) {
        try (exchange) {
            exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            byte[] megabyte = new byte[1 << 20];
            Arrays.fill(megabyte, (byte) ' ');
            out.write('[');
            // Bounded: the client gives up long before; the loop ends by itself all the same.
            for (int i = 0; i < 100_000 && !Thread.currentThread().isInterrupted(); i++) {
                if (endless) {
                    out.write(megabyte);
                } else {
                    out.write(' ');
                    out.flush();
                    Thread.sleep(every.toMillis());
                }
            }
        } catch (IOException e) {
            // The client stopped reading, as it should.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Map<String, String> decode(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (!rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                query.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }
}
