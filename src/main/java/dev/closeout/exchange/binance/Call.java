package dev.closeout.exchange.binance;

import dev.closeout.exchange.binance.BinanceHosts.Host;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request to Binance: its family, method, documented path and parameters (in the order
 * they are sent and signed), the request weight Binance counts for it, and whether it is signed.
 */
record Call(Host host, String method, String path, Map<String, String> params, int weight, boolean signed) {

    Call {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    static Call get(Host host, String path, int weight) {
        return new Call(host, "GET", path, Map.of(), weight, true);
    }

    static Call post(Host host, String path, int weight) {
        return new Call(host, "POST", path, Map.of(), weight, true);
    }

    static Call delete(Host host, String path, int weight) {
        return new Call(host, "DELETE", path, Map.of(), weight, true);
    }

    Call with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(params);
        more.put(name, value);
        return new Call(host, method, path, more, weight, signed);
    }

    Call unsigned() {
        return new Call(host, method, path, params, weight, false);
    }

    /** For messages and logs: the method and path, never the parameters or the signature. */
    @Override
    public String toString() {
        return method + " " + path;
    }
}
