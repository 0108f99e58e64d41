package dev.closeout.closure.plan;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the money goes, as the person chose: each asset to an address of their own on whichever network
 * the plan finds cheapest ({@link #anywhere()}), or only where they have an address, an asset on a
 * network each ({@link #addresses}), which with one address is "everything as one asset on one network"
 * ({@link #to}). An address is "" until the person gives it: the plan needs only where money may go.
 */
public record Destination(boolean anyNetwork, Map<Route, String> addresses) {

    /** An asset on one of its networks. */
    public record Route(String asset, String network) {

        public Route {
            Objects.requireNonNull(asset, "asset");
            Objects.requireNonNull(network, "network");
        }
    }

    public Destination {
        addresses = Map.copyOf(addresses);
    }

    /** Each asset to the person's own address for it, on the network the plan chooses. */
    public static Destination anywhere() {
        return new Destination(true, Map.of());
    }

    /** Everything as one asset on one network (USDT on Tron, BTC on Bitcoin). */
    public static Destination to(String asset, String network) {
        return new Destination(false, Map.of(new Route(asset, network), ""));
    }

    /** Only where the person has an address. */
    public static Destination addresses(Map<Route, String> addresses) {
        return new Destination(false, addresses);
    }

    public boolean accepts(String asset, String network) {
        return anyNetwork || addresses.containsKey(new Route(asset, network));
    }

    /** The address the person gave for the asset on the network, if any. */
    public Optional<String> address(String asset, String network) {
        return Optional.ofNullable(addresses.get(new Route(asset, network))).filter(a -> !a.isBlank());
    }

    /** The one asset and network everything goes to, when that is the choice. */
    public Optional<Route> single() {
        return !anyNetwork && addresses.size() == 1 ? Optional.of(addresses.keySet().iterator().next()) : Optional.empty();
    }
}
