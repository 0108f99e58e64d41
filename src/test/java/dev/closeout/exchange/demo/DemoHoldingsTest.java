package dev.closeout.exchange.demo;

import static dev.closeout.exchange.demo.DemoFixtures.START;
import static dev.closeout.exchange.demo.DemoFixtures.TRON_ADDRESS;
import static dev.closeout.exchange.demo.DemoFixtures.assertAmount;
import static dev.closeout.exchange.demo.DemoFixtures.assertRefusedAndNothingChanged;
import static dev.closeout.exchange.demo.DemoFixtures.assertResult;
import static dev.closeout.exchange.demo.DemoFixtures.free;
import static dev.closeout.exchange.demo.DemoFixtures.locked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.EarnPosition;
import dev.closeout.account.PendingTransfer;
import dev.closeout.account.StakingPosition;
import dev.closeout.account.Wallet;
import dev.closeout.closure.Eligibility;
import dev.closeout.closure.Finding;
import dev.closeout.closure.Fix;
import dev.closeout.exchange.AccountAction.RedeemEarn;
import dev.closeout.exchange.AccountAction.RedeemLaunchpool;
import dev.closeout.exchange.AccountAction.Transfer;
import dev.closeout.exchange.AccountAction.Unstake;
import dev.closeout.exchange.AccountAction.Withdraw;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.ActionResult.Outcome;
import dev.closeout.exchange.WithdrawalNetwork;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moving funds between wallets, out of Earn, staking and Launchpool, and off the exchange, on the seeded account. */
class DemoHoldingsTest {

    @TempDir
    Path dataDir;

    DemoExchange exchange;

    @BeforeEach
    void openTheSeededAccount() throws Exception {
        exchange = DemoFixtures.open(dataDir);
    }

    private static List<String> earnIds(AccountSnapshot s) {
        return s.earn().stream().map(EarnPosition::id).toList();
    }

    // Transfers between wallets

    @Test
    void moving_funds_between_wallets() throws Exception {
        assertResult(Outcome.DONE, "action.transfer.done", List.of("100", "USDT", "SPOT", "FUNDING"),
                exchange.perform(new Transfer("USDT", Wallet.SPOT, Wallet.FUNDING, new BigDecimal("100"))));

        AccountSnapshot after = exchange.snapshot();
        assertAmount("312.37", free(after, Wallet.SPOT, "USDT"), "Spot USDT");
        assertAmount("350", free(after, Wallet.FUNDING, "USDT"), "Funding USDT");
        assertAmount("80", locked(after, Wallet.FUNDING, "USDT"), "the P2P escrow stays locked");
    }

    @Test
    void moving_more_than_is_free_is_refused() throws Exception {
        // 0.0152 BTC is free; 0.005 more is locked in the sell order and does not count.
        assertRefusedAndNothingChanged(exchange, new Transfer("BTC", Wallet.SPOT, Wallet.FUNDING, new BigDecimal("0.016")),
                "action.transfer.insufficient", "0.01520000", "BTC", "SPOT");
        assertRefusedAndNothingChanged(exchange, new Transfer("USDT", Wallet.SPOT, Wallet.FUNDING, BigDecimal.ZERO),
                "action.transfer.amount");
    }

    @Test
    void moving_funds_out_of_margin_with_a_loan_is_refused() throws Exception {
        assertRefusedAndNothingChanged(exchange, new Transfer("USDT", Wallet.CROSS_MARGIN, Wallet.SPOT, new BigDecimal("10")),
                "action.transfer.owed", "USDT", "CROSS_MARGIN");
    }

    @Test
    void moving_funds_out_of_futures_with_an_open_position_is_refused() throws Exception {
        assertRefusedAndNothingChanged(exchange, new Transfer("USDT", Wallet.USDM_FUTURES, Wallet.SPOT, new BigDecimal("10")),
                "action.transfer.positionsOpen", "USDM_FUTURES");
    }

    @Test
    void the_bot_wallet_is_emptied_by_stopping_the_bot_not_by_a_transfer() throws Exception {
        assertRefusedAndNothingChanged(exchange, new Transfer("USDT", Wallet.TRADING_BOT, Wallet.SPOT, new BigDecimal("10")),
                "action.transfer.notBetween", "TRADING_BOT", "SPOT");
    }

    // Earn, staking, Launchpool

    @Test
    void redeeming_flexible_earn_credits_it_at_once_and_nothing_subscribes_again() throws Exception {
        assertResult(Outcome.DONE, "action.earn.redeemed", List.of("flex-usdt", "1001.37", "USDT"),
                exchange.perform(new RedeemEarn("flex-usdt")));
        assertAmount("1413.74", free(exchange.snapshot(), Wallet.SPOT, "USDT"), "412.37 + 1000 + 1.37 rewards");

        exchange.advance(Duration.ofDays(2));

        AccountSnapshot later = exchange.snapshot();
        assertFalse(earnIds(later).contains("flex-usdt"), "auto-subscribe is off once redeemed");
        assertAmount("1533.74", free(later, Wallet.SPOT, "USDT"), "the same, plus the 120 USDT deposit");
        assertFalse(DemoFixtures.readState(dataDir).at("/demo/autoSubscribe").toString().contains("flex-usdt"));
    }

    @Test
    void redeeming_locked_earn_early_deducts_the_penalty() throws Exception {
        // 0.8 ETH less the 0.0041 ETH penalty; the 0.0052 ETH of rewards is forfeited.
        assertResult(Outcome.DONE, "action.earn.redeemed", List.of("locked-eth-90", "0.7959", "ETH"),
                exchange.perform(new RedeemEarn("locked-eth-90")));

        AccountSnapshot after = exchange.snapshot();
        assertAmount("0.9159", free(after, Wallet.SPOT, "ETH"), "0.12 + 0.7959");
        assertFalse(earnIds(after).contains("locked-eth-90"));
    }

    @Test
    void locked_earn_without_early_redemption_is_refused_with_its_maturity_date() throws Exception {
        assertRefusedAndNothingChanged(exchange, new RedeemEarn("locked-bnb-120"), "action.earn.locked", "locked-bnb-120", "2027-01-27");
    }

    @Test
    void matured_locked_earn_is_released_to_spot_by_itself() throws Exception {
        exchange.advance(Duration.ofDays(20));
        assertTrue(earnIds(exchange.snapshot()).contains("locked-eth-90"), "not matured on 14 December");

        exchange.advance(Duration.ofDays(1));

        AccountSnapshot matured = exchange.snapshot();
        assertEquals(List.of("flex-usdt", "locked-bnb-120"), earnIds(matured), "locked-eth-90 matured on 15 December");
        assertAmount("0.9252", free(matured, Wallet.SPOT, "ETH"), "0.12 + 0.8 + 0.0052 rewards");

        exchange.advance(Duration.ofDays(43));
        AccountSnapshot later = exchange.snapshot();
        assertEquals(List.of("flex-usdt"), earnIds(later), "locked-bnb-120 matured on 27 January");
        assertAmount("0.5052", free(later, Wallet.SPOT, "BNB"), "0.0031 + 0.5 + 0.0021 rewards");
    }

    @Test
    void unstaked_eth_arrives_after_the_delay_and_the_report_says_wait_until_then() throws Exception {
        assertResult(Outcome.PENDING, "action.staking.unstaking", List.of("0.5", "ETH", "2026-11-25 09:30 UTC"),
                exchange.perform(new Unstake("eth2")));

        for (Duration wait : List.of(Duration.ZERO, Duration.ofHours(14), Duration.ofHours(9).plusMinutes(59))) {
            exchange.advance(wait);
            AccountSnapshot unbonding = exchange.snapshot();
            StakingPosition eth2 = unbonding.staking().stream().filter(s -> s.id().equals("eth2")).findFirst().orElseThrow();
            assertTrue(eth2.releasesOn().isAfter(LocalDate.ofInstant(unbonding.takenAt(), ZoneOffset.UTC)),
                    () -> "releasesOn " + eth2.releasesOn() + " at " + unbonding.takenAt());
            Finding finding = Eligibility.evaluate(unbonding).blockers().stream()
                    .filter(f -> "eth2".equals(f.id())).findFirst().orElseThrow();
            assertEquals(Fix.WAIT_FOR_MATURITY, finding.fix(), () -> "at " + unbonding.takenAt());
            assertAmount("0.12", free(unbonding, Wallet.SPOT, "ETH"), "nothing arrived yet");
        }

        exchange.advance(Duration.ofMinutes(1));

        AccountSnapshot arrived = exchange.snapshot();
        assertTrue(arrived.staking().isEmpty());
        assertAmount("0.62", free(arrived, Wallet.SPOT, "ETH"), "0.12 + 0.5");
    }

    @Test
    void unstaking_twice_is_refused_with_the_arrival_time() throws Exception {
        assertTrue(exchange.perform(new Unstake("eth2")).accepted());

        assertRefusedAndNothingChanged(exchange, new Unstake("eth2"), "action.staking.alreadyUnstaking", "eth2", "2026-11-25 09:30 UTC");
    }

    @Test
    void redeeming_launchpool_returns_the_stake_to_spot() throws Exception {
        assertResult(Outcome.DONE, "action.launchpool.redeemed", List.of("40", "CAKE", "CAKE farming pool"),
                exchange.perform(new RedeemLaunchpool("lp-cake")));

        AccountSnapshot after = exchange.snapshot();
        assertTrue(after.launchpool().isEmpty());
        assertAmount("40", free(after, Wallet.SPOT, "CAKE"), "Spot CAKE");
    }

    // Withdrawals

    @Test
    void each_asset_lists_its_withdrawal_networks_with_minimum_and_fee() throws Exception {
        assertEquals(List.of("TRX Tron (TRC20) minimum 10 fee 1", "ETH Ethereum (ERC20) minimum 20 fee 4",
                        "BSC BNB Smart Chain (BEP20) minimum 10 fee 0.29"),
                exchange.withdrawalNetworks("USDT").stream().map(DemoHoldingsTest::describe).toList());
        assertEquals(List.of("ETH Ethereum (ERC20) minimum 0.0016 fee 0.0008", "ARBITRUM Arbitrum One minimum 0.0004 fee 0.0001"),
                exchange.withdrawalNetworks("ETH").stream().map(DemoHoldingsTest::describe).toList());
        assertEquals(List.of(), exchange.withdrawalNetworks("SHIB"), "SHIB cannot be withdrawn");
    }

    private static String describe(WithdrawalNetwork n) {
        return n.network() + " " + n.name() + " minimum " + n.minimum().toPlainString() + " fee " + n.fee().toPlainString();
    }

    @Test
    void a_withdrawal_on_a_network_the_asset_does_not_use_is_refused() throws Exception {
        assertRefusedAndNothingChanged(exchange, new Withdraw("USDT", "SOL", TRON_ADDRESS, new BigDecimal("50")),
                "action.withdraw.network", "SOL", "USDT");
        assertRefusedAndNothingChanged(exchange, new Withdraw("SHIB", "ETH", "0x52908400098527886e0f7030069857d2e4169ee7",
                new BigDecimal("100000")), "action.withdraw.notOffered", "SHIB");
    }

    @Test
    void a_withdrawal_to_a_malformed_address_is_refused() throws Exception {
        assertRefusedAndNothingChanged(exchange, new Withdraw("USDT", "TRX", "my-tron-wallet", new BigDecimal("50")),
                "action.withdraw.address.WRONG_FORMAT", "Tron (TRC20)");
        assertRefusedAndNothingChanged(exchange, new Withdraw("USDT", "TRX", "0x52908400098527886e0f7030069857d2e4169ee7",
                new BigDecimal("50")), "action.withdraw.address.WRONG_NETWORK", "Tron (TRC20)");
    }

    @Test
    void a_withdrawal_to_a_tron_address_with_a_typo_is_refused_for_its_checksum() throws Exception {
        char[] typo = TRON_ADDRESS.toCharArray();
        assertEquals('Y', typo[19]);
        typo[19] = 'Z';

        assertRefusedAndNothingChanged(exchange, new Withdraw("USDT", "TRX", new String(typo), new BigDecimal("50")),
                "action.withdraw.address.BAD_CHECKSUM", "Tron (TRC20)");
    }

    @Test
    void a_withdrawal_below_the_minimum_is_refused_with_the_minimum() throws Exception {
        assertRefusedAndNothingChanged(exchange, new Withdraw("USDT", "TRX", TRON_ADDRESS, new BigDecimal("9.99")),
                "action.withdraw.belowMinimum", "10", "USDT", "Tron (TRC20)");
    }

    @Test
    void a_withdrawal_of_more_than_spot_and_funding_hold_is_refused() throws Exception {
        // 412.37 free in Spot and 250 in Funding; the 80 in P2P escrow does not count.
        assertRefusedAndNothingChanged(exchange, new Withdraw("USDT", "TRX", TRON_ADDRESS, new BigDecimal("662.38")),
                "action.withdraw.insufficient", "662.37", "USDT");
    }

    @Test
    void a_valid_withdrawal_is_pending_until_its_network_time_passes() throws Exception {
        ActionResult sentResult = exchange.perform(new Withdraw("USDT", "TRX", TRON_ADDRESS, new BigDecimal("500")));
        assertResult(Outcome.PENDING, "action.withdraw.sent",
                List.of("500", "USDT", "499", "1", TRON_ADDRESS, Times.at(START.plus(Duration.ofMinutes(2))), sentResult.args().get(6)),
                sentResult);
        assertTrue(sentResult.args().get(6).matches("[0-9a-f]{64}"), "the exchange gives the transaction's hash: " + sentResult.args());

        AccountSnapshot sent = exchange.snapshot();
        assertAmount("0", free(sent, Wallet.SPOT, "USDT"), "Spot first: 412.37");
        assertAmount("162.37", free(sent, Wallet.FUNDING, "USDT"), "then Funding: 87.63 of 250");
        PendingTransfer withdrawal = sent.pendingTransfers().stream()
                .filter(t -> t.direction() == PendingTransfer.Direction.WITHDRAWAL).findFirst().orElseThrow();
        assertEquals("USDT", withdrawal.asset());
        assertAmount("500", withdrawal.amount(), "pending amount");
        assertEquals("TRX", withdrawal.network());
        assertEquals("PROCESSING", withdrawal.status());

        exchange.advance(Duration.ofSeconds(119));
        assertTrue(exchange.snapshot().pendingTransfers().contains(withdrawal), "still on its way");

        exchange.advance(Duration.ofSeconds(1));
        List<PendingTransfer> left = exchange.snapshot().pendingTransfers();
        assertFalse(left.contains(withdrawal), "completed after the 2 minutes Tron takes");
        assertEquals(List.of("dep-8812"), left.stream().map(PendingTransfer::id).toList(), "the seeded deposit is not due yet");
    }
}
