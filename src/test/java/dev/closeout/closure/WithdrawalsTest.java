package dev.closeout.closure;

import static dev.closeout.closure.WayOutTest.network;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Wallet;
import dev.closeout.exchange.AccountAction.Transfer;
import dev.closeout.exchange.WithdrawalNetwork;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where withdrawals take money from, what they take, on which network, what holds funds out of reach: the spec's typical account. */
class WithdrawalsTest {

    private static final AccountSnapshot TYPICAL = Findings.typical();
    private static final ReadinessReport REPORT = Eligibility.evaluate(TYPICAL);

    private static Finding balance(Wallet wallet, String asset) {
        return REPORT.blockers().stream().filter(f -> f.kind() == FindingKind.BALANCE && f.wallet() == wallet && asset.equals(f.asset()))
                .findFirst().orElseThrow();
    }

    @Test
    void withdrawals_take_what_is_free_in_spot_and_funding_and_nothing_from_other_wallets() {
        Map<String, BigDecimal> withdrawable = Withdrawals.withdrawable(TYPICAL);

        assertEquals(List.of("BTC", "SHIB", "DOGE", "BNB", "USDT"), List.copyOf(withdrawable.keySet()));
        assertEquals(0, new BigDecimal("0.0152").compareTo(withdrawable.get("BTC")), "the 0.005 BTC an order holds stays");
        assertEquals(0, new BigDecimal("250").compareTo(withdrawable.get("USDT")), "Funding's USDT; Margin's and Futures' move first");
    }

    @Test
    void every_other_wallets_free_funds_move_to_spot_one_transfer_each() {
        assertEquals(List.of(new Transfer("USDT", Wallet.FUNDING, Wallet.SPOT, new BigDecimal("250.00")),
                new Transfer("USDT", Wallet.CROSS_MARGIN, Wallet.SPOT, new BigDecimal("40")),
                new Transfer("USDT", Wallet.USDM_FUTURES, Wallet.SPOT, new BigDecimal("180.5"))), Withdrawals.transfersToSpot(TYPICAL));
    }

    @Test
    void what_can_be_moved_or_sold_of_a_balance_is_its_free_part() {
        assertEquals(new BigDecimal("0.01520000"), Withdrawals.free(balance(Wallet.SPOT, "BTC"), TYPICAL));
    }

    @Test
    void each_asset_gets_its_way_out_and_bnb_that_cannot_leave_grows_with_the_dust() {
        List<Withdrawals.AssetOut> ways = Withdrawals.waysOut(TYPICAL,
                asset -> asset.equals("BTC") ? List.of(network("BTC", "BTC", "0.0002", "0.00003")) : List.of(), asset -> false);

        assertEquals(List.of(WayOut.WITHDRAW, WayOut.CONVERT, WayOut.CONVERT, WayOut.STAYS, WayOut.STAYS),
                ways.stream().map(Withdrawals.AssetOut::way).toList());
        assertEquals(Optional.of(new BigDecimal("1.131290000")), ways.get(1).value(), "120350 SHIB at 0.0000094");
        assertTrue(Withdrawals.growsWithDust(ways.get(3), ways), "SHIB and DOGE become BNB");
        assertFalse(Withdrawals.growsWithDust(ways.get(4), ways), "only BNB grows");
    }

    @Test
    void an_amount_too_small_for_every_network_is_measured_against_the_smallest_minimum() {
        WithdrawalNetwork tron = network("USDT", "TRX", "10", "1");
        WithdrawalNetwork ethereum = network("USDT", "ETH", "20", "4");

        assertEquals(Optional.of(tron), Withdrawals.smallestMinimum(List.of(ethereum, tron)));
    }

    @Test
    void a_network_takes_an_amount_from_its_minimum_and_above_its_fee() {
        WithdrawalNetwork btc = network("BTC", "BTC", "0.0002", "0.00003");

        assertTrue(Withdrawals.takesWhole(btc, new BigDecimal("0.0002")));
        assertFalse(Withdrawals.takesWhole(btc, new BigDecimal("0.00019")));
        assertFalse(Withdrawals.takesWhole(network("XRP", "XRP", "0", "0.5"), new BigDecimal("0.5")), "nothing would arrive");
    }

    @Test
    void orders_positions_the_loan_earn_staking_p2p_the_sub_account_and_a_deposit_tie_up_funds_a_balance_to_withdraw_does_not() {
        List<Fix> tying = REPORT.blockers().stream().filter(Withdrawals::tiesUpFunds).map(Finding::fix).distinct().sorted().toList();

        assertEquals(List.of(Fix.CANCEL_ORDER, Fix.STOP_BOT, Fix.CLOSE_POSITION, Fix.REPAY_LIABILITY, Fix.REDEEM_EARN, Fix.UNSTAKE,
                Fix.REDEEM_LAUNCHPOOL, Fix.COMPLETE_OR_CANCEL_P2P, Fix.CLOSE_SUB_ACCOUNT), tying);
        assertFalse(Withdrawals.tiesUpFunds(balance(Wallet.USDM_FUTURES, "USDT")), "its position's line closes it");
        assertFalse(REPORT.blockers().stream().filter(f -> f.kind() == FindingKind.TRANSFER).anyMatch(Withdrawals::tiesUpFunds),
                "a withdrawal on its way holds nothing that is still here");
    }
}
