package dev.closeout.exchange.demo;

import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.exchange.address.AddressCheck.Network;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The demo exchange's withdrawal networks: minimums and fees of the kind exchanges publish. */
final class Networks {

    private static final Map<String, List<WithdrawalNetwork>> BY_ASSET = Map.of(
            "BTC", List.of(net("BTC", "BTC", "Bitcoin", "0.0002", "0.00003", 40)),
            "ETH", List.of(net("ETH", "ETH", "Ethereum (ERC20)", "0.0016", "0.0008", 5),
                    net("ETH", "ARBITRUM", "Arbitrum One", "0.0004", "0.0001", 3)),
            "USDT", List.of(net("USDT", "TRX", "Tron (TRC20)", "10", "1", 2),
                    net("USDT", "ETH", "Ethereum (ERC20)", "20", "4", 5),
                    net("USDT", "BSC", "BNB Smart Chain (BEP20)", "10", "0.29", 2)),
            "USDC", List.of(net("USDC", "ETH", "Ethereum (ERC20)", "20", "4", 5),
                    net("USDC", "BSC", "BNB Smart Chain (BEP20)", "10", "0.29", 2)),
            "BNB", List.of(net("BNB", "BSC", "BNB Smart Chain (BEP20)", "0.01", "0.0005", 2)),
            "SOL", List.of(net("SOL", "SOL", "Solana", "0.02", "0.001", 2)),
            "TRX", List.of(net("TRX", "TRX", "Tron (TRC20)", "10", "1", 2)));

    private Networks() {
    }

    static List<WithdrawalNetwork> of(String asset) {
        return BY_ASSET.getOrDefault(asset, List.of());
    }

    static Optional<WithdrawalNetwork> find(String asset, String network) {
        return of(asset).stream().filter(n -> n.network().equals(network)).findFirst();
    }

    /** The address format a network uses. */
    static Network addressFormat(String network) {
        return Network.valueOf(network);
    }

    private static WithdrawalNetwork net(String asset, String network, String name, String minimum, String fee, int minutes) {
        return new WithdrawalNetwork(asset, network, name, new BigDecimal(minimum), new BigDecimal(fee), Duration.ofMinutes(minutes));
    }
}
