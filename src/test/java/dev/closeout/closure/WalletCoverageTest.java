package dev.closeout.closure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.Balance;
import dev.closeout.account.EarnPosition;
import dev.closeout.account.StakingPosition;
import dev.closeout.account.Wallet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whether the items read of a wallet account for the exchange's own total of it. */
class WalletCoverageTest {

    private static final Map<String, BigDecimal> PRICES = Map.of("BTC", new BigDecimal("90000"), "USDT", BigDecimal.ONE);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static WalletCoverage.Worth funding(Balance... balances) {
        return WalletCoverage.of(Wallet.FUNDING, List.of(balances), List.of(), List.of(), PRICES);
    }

    @Test
    void a_wallet_with_no_items_falls_short_of_any_total_above_the_smallest_gap() {
        assertTrue(funding().fallsShortOf(d("0.02")));
        assertFalse(funding().fallsShortOf(d("0.00001")), "0.00001 BTC is within what a valuation rounds away");
    }

    @Test
    void items_within_ten_percent_of_the_total_account_for_it() {
        WalletCoverage.Worth worth = funding(Balance.of(Wallet.FUNDING, "USDT", d("1629")));

        assertEquals(0, d("0.0181").compareTo(worth.btc()));
        assertFalse(worth.fallsShortOf(d("0.02")), "a gap of 9.5 %");
        assertTrue(worth.fallsShortOf(d("0.0202")), "a gap of 10.4 %");
    }

    @Test
    void an_item_without_a_price_may_be_what_the_total_counts() {
        WalletCoverage.Worth worth = funding(Balance.of(Wallet.FUNDING, "NOPRICE", d("41")));

        assertEquals(1, worth.unpriced());
        assertFalse(worth.fallsShortOf(d("5")));
    }

    @Test
    void only_the_wallets_own_items_count_and_earn_counts_its_positions_and_staking() {
        assertTrue(funding(Balance.of(Wallet.SPOT, "BTC", d("1"))).fallsShortOf(d("0.5")), "Spot's bitcoin is not in Funding");
        WalletCoverage.Worth earn = WalletCoverage.of(Wallet.EARN, List.of(),
                List.of(new EarnPosition("USDT001", EarnPosition.Product.FLEXIBLE, "USDT", d("900"), null, null, null, null, null, null)),
                List.of(new StakingPosition("eth-staking", StakingPosition.Product.ETH_STAKING, "BTC", d("0.01"), null)), PRICES);
        assertEquals(0, d("0.02").compareTo(earn.btc()));
    }
}
