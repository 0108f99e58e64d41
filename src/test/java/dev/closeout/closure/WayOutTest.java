package dev.closeout.closure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.exchange.WithdrawalNetwork;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cheapest way out of an asset, without an exchange: a network, a sale, BNB, or it stays. Dust here is under 30 USD. */
class WayOutTest {

    private static final DustLimit DUST = new DustLimit(new BigDecimal("30"));
    private static final List<WithdrawalNetwork> BNB_CHAIN = List.of(network("BNB", "BSC", "0.01", "0.0005"));

    static WithdrawalNetwork network(String asset, String network, String minimum, String fee) {
        return new WithdrawalNetwork(asset, network, network, new BigDecimal(minimum), new BigDecimal(fee), Duration.ofMinutes(2));
    }

    private static WayOut way(List<WithdrawalNetwork> on, String asset, String amount, String usd) {
        return WayOut.of(on, asset, new BigDecimal(amount), Optional.ofNullable(usd).map(BigDecimal::new), DUST, false);
    }

    @Test
    void an_amount_a_network_takes_whole_is_withdrawn() {
        assertEquals(WayOut.WITHDRAW, way(BNB_CHAIN, "BNB", "0.01", "6"));
    }

    @Test
    void under_every_networks_minimum_but_worth_5_USDT_it_is_sold() {
        assertEquals(WayOut.SELL, way(List.of(network("CAKE", "BSC", "1", "0.1")), "CAKE", "0.5", "5"));
        assertEquals(WayOut.SELL, way(List.of(), "CAKE", "40", "92.40"), "no network at all");
    }

    @Test
    void an_amount_no_larger_than_the_fee_does_not_count_as_withdrawable() {
        assertEquals(WayOut.CONVERT, way(List.of(network("XRP", "XRP", "0", "0.5")), "XRP", "0.42", "0.93"));
    }

    @Test
    void under_the_smallest_order_and_the_dust_limit_it_becomes_bnb() {
        assertEquals(WayOut.CONVERT, way(List.of(), "SHIB", "120350", "1.13"));
    }

    @Test
    void bnb_too_small_to_withdraw_or_sell_stays_it_is_what_dust_becomes() {
        assertEquals(WayOut.STAYS, way(BNB_CHAIN, "BNB", "0.0031", "1.90"));
    }

    @Test
    void usdt_is_never_sold_for_usdt() {
        assertEquals(WayOut.CONVERT, way(List.of(), "USDT", "6", "6"));
        assertEquals(WayOut.STAYS, way(List.of(), "USDT", "40", "40"), "over the dust limit: it stays");
    }

    @Test
    void without_a_price_what_no_network_takes_stays() {
        assertEquals(WayOut.STAYS, way(List.of(), "DELISTED", "12", null));
    }

    @Test
    void where_the_exchange_withdraws_only_on_its_website_its_page_is_the_way_but_dust_is_converted_here_first() {
        assertEquals(WayOut.ON_EXCHANGE, WayOut.of(BNB_CHAIN, "BNB", new BigDecimal("1"), Optional.of(new BigDecimal("600")), DUST, true));
        assertEquals(WayOut.CONVERT,
                WayOut.of(List.of(), "SHIB", new BigDecimal("120350"), Optional.of(new BigDecimal("1.13")), DUST, true));
    }

    @Test
    void a_sale_takes_at_least_the_typical_5_USDT_order_and_never_sells_usdt() {
        assertTrue(WayOut.sellable("ETH", new BigDecimal("5")));
        assertFalse(WayOut.sellable("ETH", new BigDecimal("4.99")));
        assertFalse(WayOut.sellable("USDT", new BigDecimal("500")));
        assertFalse(WayOut.sellable("ETH", null), "without a price nothing says it is worth an order");
    }
}
