package dev.closeout.closure.plan;

import dev.closeout.Snapshots;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.exchange.WithdrawalNetwork;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Crafted accounts for plan tests: a snapshot from JSON parts, and the networks each asset leaves on, the default first. */
final class Crafted {

    /** BTC at 50,000 USD puts the dust limit at 15 USD; BNB at 500 makes its shares easy to follow. */
    static final String PRICES = "\"prices\": { \"BTC\": \"50000\", \"BNB\": \"500\", \"USDT\": \"1\", \"ETH\": \"3000\", \"ADA\": \"0.5\","
            + " \"DOGE\": \"0.1\", \"XRP\": \"2\", \"DOT\": \"5\", \"CAKE\": \"2.31\", \"SHIB\": \"0.00001\" }";

    private final Map<String, List<WithdrawalNetwork>> networks = new LinkedHashMap<>();

    Crafted() {
        net("USDT", "TRX", "10", "1");
        net("USDT", "BSC", "10", "0.29");
        net("BNB", "BSC", "0.01", "0.0005");
        net("BTC", "BTC", "0.0002", "0.00003");
    }

    /** Adds a network (after the asset's others: the first added is its default). */
    Crafted net(String asset, String network, String minimum, String fee) {
        networks.computeIfAbsent(asset, a -> new ArrayList<>()).add(new WithdrawalNetwork(asset, network, network + " network",
                new BigDecimal(minimum), new BigDecimal(fee), Duration.ofMinutes(5)));
        return this;
    }

    /** The asset leaves on no network at all. */
    Crafted none(String asset) {
        networks.put(asset, List.of());
        return this;
    }

    Map<String, List<WithdrawalNetwork>> networks() {
        return networks;
    }

    ExitPlan plan(String parts, Choice choice) {
        return ExitPlan.of(snapshot(parts), networks, choice, ExitRules.TYPICAL);
    }

    static AccountSnapshot snapshot(String parts) {
        return Snapshots.snapshot(PRICES + ", " + parts);
    }

    /** A Spot balance, as the snapshot writes it. */
    static String spot(String asset, String free) {
        return "{ \"wallet\": \"SPOT\", \"asset\": \"" + asset + "\", \"free\": \"" + free + "\" }";
    }

    static String balances(String... lines) {
        return "\"balances\": [ " + String.join(", ", lines) + " ]";
    }
}
