package dev.closeout.exchange.binance;

import static dev.closeout.exchange.binance.Json.decimal;
import static dev.closeout.exchange.binance.Json.items;
import static dev.closeout.exchange.binance.Json.required;
import static dev.closeout.exchange.binance.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.exchange.address.AddressCheck;
import dev.closeout.exchange.address.AddressCheck.Problem;
import dev.closeout.exchange.binance.BinanceHosts.Host;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The networks each coin can leave Binance on, its default first, with their minimum, fee and the address pattern
 * Binance checks, from /sapi/v1/capital/config/getall: every coin in one answer (weight 10), so
 * it is read once and kept a while rather than asked per asset or per typed address. Only
 * networks with withdrawals enabled, and with the minimum and fee Binance gives, count. Closeout never withdraws on Binance: these feed the
 * withdraw-all plan that hands the user to binance.com.
 */
final class BinanceNetworks {

    static final Call ALL_COINS = Call.get(Host.API, "/sapi/v1/capital/config/getall", 10);
    /** Binance changes a fee or suspends a network now and then; a plan made from a list this old is still sound. */
    static final Duration KEPT = Duration.ofMinutes(10);
    /** Binance's own pattern for EVM addresses, whose mixed case is an EIP-55 checksum. */
    private static final String EVM_PATTERN = "^(0x)[0-9A-Fa-f]{40}$";
    /** Networks with a checksum Closeout verifies, by Binance's names for them. */
    private static final Map<String, AddressCheck.Network> CHECKSUMMED = Map.of("BTC", AddressCheck.Network.BTC,
            "ETH", AddressCheck.Network.ETH, "BSC", AddressCheck.Network.BSC, "ARBITRUM", AddressCheck.Network.ARBITRUM,
            "TRX", AddressCheck.Network.TRX, "SOL", AddressCheck.Network.SOL);

    /** One network: what a withdrawal on it costs, and the addresses Binance accepts (null: any). */
    private record Network(WithdrawalNetwork offer, Pattern address) {
    }

    private final BinanceClient client;
    private Map<String, List<Network>> byAsset;
    private Instant readAt;

    BinanceNetworks(BinanceClient client) {
        this.client = client;
    }

    List<WithdrawalNetwork> of(String asset) throws ExchangeException {
        return networks(asset).stream().map(Network::offer).toList();
    }

    /**
     * Binance's address pattern for the network, and before it the checksum where the network
     * has one Closeout can verify (Binance's patterns check the shape only). Empty when the
     * address looks right, or when the network is not one Binance offers for the asset.
     */
    Optional<String> addressProblem(String asset, String network, String address) throws ExchangeException {
        Optional<Network> chosen = networks(asset).stream().filter(n -> n.offer().network().equals(network)).findFirst();
        return chosen.flatMap(n -> problem(n, address)).map(problem -> "action.withdraw.address." + problem.name());
    }

    private static Optional<Problem> problem(Network network, String address) {
        if (address == null || address.isBlank()) {
            return Optional.of(Problem.EMPTY);
        }
        Optional<Problem> checksum = checksummed(network).flatMap(format -> AddressCheck.check(format, address));
        if (checksum.isPresent()) {
            return checksum;
        }
        return network.address() == null || network.address().matcher(address).matches() ? Optional.empty()
                : Optional.of(Problem.WRONG_FORMAT);
    }

    /** The format to verify: by the network's name, or Ethereum's for any network Binance gives the EVM pattern. */
    private static Optional<AddressCheck.Network> checksummed(Network network) {
        AddressCheck.Network named = CHECKSUMMED.get(network.offer().network());
        if (named != null) {
            return Optional.of(named);
        }
        boolean evm = network.address() != null && network.address().pattern().equals(EVM_PATTERN);
        return evm ? Optional.of(AddressCheck.Network.ETH) : Optional.empty();
    }

    private synchronized List<Network> networks(String asset) throws ExchangeException {
        if (byAsset == null || readAt.plus(KEPT).isBefore(client.serverNow())) {
            JsonNode coins = client.send(ALL_COINS);
            try {
                byAsset = parse(coins);
            } catch (RuntimeException e) {
                throw new ExchangeException("binance.error.badAnswer", List.of(ALL_COINS.toString()), e);
            }
            // Timed after the request, which learns the server's clock if it was not known yet.
            readAt = client.serverNow();
        }
        return byAsset.getOrDefault(asset, List.of());
    }

    private static Map<String, List<Network>> parse(JsonNode coins) {
        Map<String, List<Network>> parsed = new HashMap<>();
        for (JsonNode coin : items(coins, null)) {
            String asset = required(coin, "coin");
            boolean withdrawable = coin.path("withdrawAllEnable").asBoolean(true);
            List<Network> networks = new ArrayList<>();
            for (JsonNode n : items(coin, "networkList")) {
                // Binance's documented example nests a whole coin in a network list: only networks count. One
                // without its minimum or fee is left out rather than offered as free and without a minimum.
                if (withdrawable && text(n, "network") != null && n.path("withdrawEnable").asBoolean(false)
                        && decimal(n, "withdrawMin") != null && decimal(n, "withdrawFee") != null) {
                    // Binance's default network first: the one a person withdrawing without choosing gets.
                    networks.add(n.path("isDefault").asBoolean(false) ? 0 : networks.size(), network(asset, n));
                }
            }
            parsed.put(asset, List.copyOf(networks));
        }
        return parsed;
    }

    /**
     * {@code estimatedArrivalTime} has no documented unit; Binance's examples (25 for Bitcoin, 1
     * for BNB Smart Chain) read as minutes, so it is taken as the typical time in minutes.
     */
    private static Network network(String asset, JsonNode n) {
        String code = required(n, "network");
        String name = Optional.ofNullable(text(n, "name")).orElse(code);
        Duration typical = n.path("estimatedArrivalTime").canConvertToLong()
                ? Duration.ofMinutes(n.path("estimatedArrivalTime").asLong()) : null;
        return new Network(new WithdrawalNetwork(asset, code, name, decimal(n, "withdrawMin"), decimal(n, "withdrawFee"),
                typical), pattern(text(n, "addressRegex")));
    }

    /** Binance's regular expression; one Java cannot read is left out, and the address is not judged by it. */
    private static Pattern pattern(String regex) {
        try {
            return regex == null ? null : Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }
}
