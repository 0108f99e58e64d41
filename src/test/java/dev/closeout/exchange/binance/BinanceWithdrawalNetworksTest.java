package dev.closeout.exchange.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.exchange.binance.FakeBinance.Answer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The networks a coin can leave Binance on, for a withdraw-all plan carried out on binance.com:
 * those with withdrawals enabled, Binance's minimum and fee, and an address checked against
 * Binance's pattern and, where the network has one, its checksum. Read once for every asset.
 */
class BinanceWithdrawalNetworksTest {

    private static final String EVM = "^(0x)[0-9A-Fa-f]{40}$";
    /** Coins shaped as Binance answers them; the XRP pattern is this test's own. */
    private static final String COINS = """
            [ {"coin": "USDT", "withdrawAllEnable": true, "networkList": [
                {"network": "ETH", "name": "Ethereum (ERC20)", "withdrawEnable": true, "withdrawMin": "10", "withdrawFee": "4",
                 "addressRegex": "%1$s", "estimatedArrivalTime": 5},
                {"network": "OPTIMISM", "name": "Optimism", "withdrawEnable": true, "withdrawMin": "1", "withdrawFee": "0.1",
                 "addressRegex": "%1$s"},
                {"network": "TRX", "name": "Tron (TRC20)", "withdrawEnable": false, "withdrawMin": "10", "withdrawFee": "1"},
                {"network": "BSC", "name": "BNB Smart Chain (BEP20)", "withdrawEnable": true, "withdrawMin": "10"} ]},
              {"coin": "XRP", "networkList": [
                {"network": "XRP", "name": "Ripple", "withdrawEnable": true, "withdrawMin": "20", "withdrawFee": "0.2",
                 "addressRegex": "^r[1-9A-HJ-NP-Za-km-z]{24,34}$"} ]},
              {"coin": "LUNC", "withdrawAllEnable": false, "networkList": [
                {"network": "LUNC", "name": "Terra Classic", "withdrawEnable": true, "withdrawMin": "1", "withdrawFee": "1"} ]} ]
            """.formatted(EVM);
    private static final String ETH_USDT = "0xdAC17F958D2ee523a2206206994597C13D831ec7";

    private final FakeBinance binance = FakeBinance.withSamples();
    private final TestClock clock = new TestClock(Instant.parse("2026-11-24T09:30:00Z"));
    private final BinanceGateway gateway = Binance.gateway(binance, new BinanceClient.Settings(Duration.ofSeconds(5),
            Duration.ofSeconds(10), clock, clock::advance));

    {
        // The test moves the client's clock by itself; the local Binance keeps real time.
        binance.acceptAnyTimestamp();
    }

    @AfterEach
    void stop() {
        binance.close();
    }

    private void coins() {
        binance.route("GET", "/sapi/v1/capital/config/getall", (request, call) -> Answer.ok(COINS));
    }

    private Optional<String> problem(String asset, String network, String address) throws ExchangeException {
        return gateway.addressProblem(asset, network, address).map(key -> key.substring("action.withdraw.address.".length()));
    }

    @Test
    void Bitcoin_leaves_on_the_networks_open_for_withdrawal_with_Binances_minimum_and_fee() throws Exception {
        assertEquals(List.of(new WithdrawalNetwork("BTC", "BTC", "BTC", new BigDecimal("0.00100000"), new BigDecimal("0.00050000"),
                Duration.ofMinutes(25))), gateway.withdrawalNetworks("BTC"), "the BEP2 network is suspended");
        assertEquals(List.of(), gateway.withdrawalNetworks("1MBABYDOGE"), "Binance's example nests this coin in a network list");
    }

    @Test
    void suspended_networks_and_coins_and_a_network_without_its_fee_are_left_out_and_an_unknown_coin_has_none() throws Exception {
        coins();

        assertEquals(List.of("ETH Ethereum (ERC20) min 10 fee 4", "OPTIMISM Optimism min 1 fee 0.1"), gateway.withdrawalNetworks("USDT")
                .stream().map(n -> n.network() + " " + n.name() + " min " + n.minimum() + " fee " + n.fee()).toList(),
                "BNB Smart Chain has no fee in Binance's answer: never offered as free");
        assertEquals(List.of(), gateway.withdrawalNetworks("LUNC"), "withdrawals of the whole coin are off");
        assertEquals(List.of(), gateway.withdrawalNetworks("NOSUCHCOIN"));
    }

    @Test
    void binances_default_network_comes_first_where_its_list_has_it_further_down() throws Exception {
        binance.route("GET", "/sapi/v1/capital/config/getall", (request, call) -> Answer.ok("""
                [ { "coin": "USDT", "networkList": [
                    {"network": "ETH", "withdrawEnable": true, "withdrawMin": "10", "withdrawFee": "4", "isDefault": false},
                    {"network": "TRX", "withdrawEnable": true, "withdrawMin": "10", "withdrawFee": "1", "isDefault": true} ]} ]
                """));

        assertEquals(List.of("TRX", "ETH"), gateway.withdrawalNetworks("USDT").stream().map(WithdrawalNetwork::network).toList());
    }

    @Test
    void the_coin_list_is_read_once_for_every_asset_and_address_then_again_after_ten_minutes() throws Exception {
        coins();

        gateway.withdrawalNetworks("USDT");
        gateway.withdrawalNetworks("XRP");
        problem("USDT", "ETH", ETH_USDT);
        problem("XRP", "XRP", "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh");
        assertEquals(1, binance.requests("/sapi/v1/capital/config/getall").size());

        clock.advance(BinanceNetworks.KEPT.plusSeconds(1));
        gateway.withdrawalNetworks("USDT");

        assertEquals(2, binance.requests("/sapi/v1/capital/config/getall").size());
    }

    @Test
    void a_Bitcoin_address_is_checked_for_its_checksum_and_against_Binances_pattern() throws Exception {
        assertEquals(Optional.empty(), problem("BTC", "BTC", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"));
        assertEquals(Optional.empty(), problem("BTC", "BTC", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"));
        assertEquals(Optional.of("BAD_CHECKSUM"), problem("BTC", "BTC", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp"),
                "one letter mistyped");
        assertEquals(Optional.of("WRONG_NETWORK"), problem("BTC", "BTC", ETH_USDT));
        assertEquals(Optional.of("WRONG_FORMAT"), problem("BTC", "BTC", "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ"),
                "valid in capitals, but Binance's pattern takes bc1 in lower case only");
        assertEquals(Optional.of("EMPTY"), problem("BTC", "BTC", " "));
    }

    @Test
    void an_address_on_any_network_Binance_gives_the_EVM_pattern_has_its_EIP_55_checksum_checked() throws Exception {
        coins();

        assertEquals(Optional.empty(), problem("USDT", "OPTIMISM", ETH_USDT));
        assertEquals(Optional.empty(), problem("USDT", "OPTIMISM", ETH_USDT.toLowerCase()), "one case carries no checksum");
        assertEquals(Optional.of("BAD_CHECKSUM"), problem("USDT", "OPTIMISM", ETH_USDT.replace("0xdAC", "0xDAC")));
        assertEquals(Optional.of("WRONG_NETWORK"), problem("USDT", "ETH", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"), "a Tron address");
    }

    @Test
    void a_network_without_a_checksum_Closeout_knows_is_checked_by_Binances_pattern_alone() throws Exception {
        coins();

        assertEquals(Optional.empty(), problem("XRP", "XRP", "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh"));
        assertEquals(Optional.of("WRONG_FORMAT"), problem("XRP", "XRP", "xHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh"));
        assertEquals(Optional.empty(), problem("USDT", "TRX", "anything"), "not a network Binance withdraws USDT on now: nothing to say");
    }

    @Test
    void a_coin_list_that_cannot_be_read_is_an_error_in_plain_words() {
        binance.route("GET", "/sapi/v1/capital/config/getall", (request, call) -> Answer.error(500, ""));

        ExchangeException e = assertThrows(ExchangeException.class, () -> gateway.withdrawalNetworks("BTC"));

        assertEquals("binance.error.server", e.messageKey());
    }
}
