package dev.closeout.closure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.Snapshots;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Wallet;
import dev.closeout.closure.Review.Kind;
import dev.closeout.closure.Review.Notice;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.WithdrawalNetwork;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What is shown before each action: one rule for all of them, on the spec's typical account. */
class ReviewsTest {

    private static final AccountSnapshot TYPICAL = Findings.typical();
    private static final Reviews REVIEWS = new Reviews(TYPICAL);
    private static final WithdrawalNetwork TRON = new WithdrawalNetwork("USDT", "TRX", "Tron (TRC20)", new BigDecimal("10"),
            new BigDecimal("1"), Duration.ofMinutes(2));

    private static void assertAmount(String expected, BigDecimal actual, String what) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> what + ": expected " + expected + " but was " + actual);
    }

    @Test
    void what_moves_money_out_makes_a_loss_real_forfeits_tells_someone_or_cannot_be_undone_is_reviewed_and_nothing_else() {
        Map<AccountAction, Optional<Kind>> expected = Map.ofEntries(
                Map.entry(new AccountAction.SellToUsdt(Wallet.SPOT, "BTC"), Optional.of(Kind.SELL)),
                Map.entry(new AccountAction.ConvertDust(Set.of("SHIB")), Optional.of(Kind.CONVERT_DUST)),
                Map.entry(new AccountAction.RepayMargin(Wallet.CROSS_MARGIN, "USDT"), Optional.of(Kind.REPAY)),
                Map.entry(new AccountAction.ClosePosition(Wallet.USDM_FUTURES, "ETHUSDT"), Optional.of(Kind.CLOSE_POSITION)),
                Map.entry(new AccountAction.RedeemEarn("locked-eth-90"), Optional.of(Kind.REDEEM_EARLY)),
                Map.entry(new AccountAction.CancelP2pOrder("30771"), Optional.of(Kind.CANCEL_P2P)),
                Map.entry(new AccountAction.ReleaseP2pOrder("30771"), Optional.of(Kind.RELEASE_P2P)),
                Map.entry(new AccountAction.CloseSubAccount("bots@example.com"), Optional.of(Kind.CLOSE_SUB_ACCOUNT)),
                Map.entry(new AccountAction.DeleteApiKey("tax-tool"), Optional.of(Kind.DELETE_API_KEY)),
                Map.entry(new AccountAction.RedeemEarn("flex-usdt"), Optional.empty()),
                Map.entry(new AccountAction.CancelOrder("884120"), Optional.empty()),
                Map.entry(new AccountAction.StopBot("grid-17"), Optional.empty()),
                Map.entry(new AccountAction.Transfer("USDT", Wallet.FUNDING, Wallet.SPOT, BigDecimal.ONE), Optional.empty()),
                Map.entry(new AccountAction.Unstake("eth2"), Optional.empty()),
                Map.entry(new AccountAction.SweepSubAccount("bots@example.com"), Optional.empty()));
        expected.forEach((action, kind) -> assertEquals(kind, REVIEWS.of(action).map(Review::kind), action::toString));
    }

    @Test
    void a_withdrawal_shows_the_amount_its_value_the_fee_what_arrives_and_the_address_on_its_network() {
        Review r = REVIEWS.of(new AccountAction.Withdraw("USDT", "TRX", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", new BigDecimal("250")),
                Optional.of(TRON)).orElseThrow();

        assertAmount("250", r.amount().amount(), "amount");
        assertAmount("250", r.usdValue(), "value");
        assertAmount("1", r.fee().amount(), "fee");
        assertFalse(r.feeTypical(), "the network's fee is the exchange's own");
        assertAmount("249", r.arrives().amount(), "arrives");
        assertEquals(new Review.Destination("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "Tron (TRC20)", Duration.ofMinutes(2)), r.destination());
        assertTrue(r.has(Notice.NETWORK_MUST_MATCH));
        assertTrue(r.irreversible());
    }

    @Test
    void a_sale_takes_only_what_is_free_and_says_the_typical_fee_and_what_arrives() {
        Review r = REVIEWS.of(new AccountAction.SellToUsdt(Wallet.SPOT, "BTC")).orElseThrow();

        assertAmount("0.0152", r.amount().amount(), "0.0152 BTC free; 0.005 stays in its order");
        assertAmount("1387", r.usdValue(), "value");
        assertAmount("1.387", r.fee().amount(), "0.1 % of 1,387 USD");
        assertTrue(r.feeTypical());
        assertAmount("1385.613", r.arrives().amount(), "USDT received");
    }

    @Test
    void a_dust_conversion_lists_each_balance_it_takes_with_the_bnb_it_gives_and_its_fee_and_nothing_else() {
        Review r = REVIEWS.of(new AccountAction.ConvertDust(Set.of("SHIB", "DOGE"))).orElseThrow();

        assertEquals(List.of(new AccountAction.ConvertDust(Set.of("SHIB")), new AccountAction.ConvertDust(Set.of("DOGE"))),
                r.parts().stream().map(Review.Part::action).toList());
        Review.Part shib = r.parts().get(0);
        assertAmount("1.13129", shib.usdValue(), "120350 SHIB at 0.0000094");
        assertAmount("0.00181035", shib.gives().amount(), "98 % of 1.13129 USD at 612.40 a BNB, rounded down");
        assertAmount("0.00003695", shib.costs().amount(), "2 % of it, rounded up");
        assertEquals("BNB", r.arrives().asset());
    }

    @Test
    void closing_a_position_names_the_loss_that_becomes_real_and_the_typical_taker_fee() {
        Review r = REVIEWS.of(new AccountAction.ClosePosition(Wallet.USDM_FUTURES, "ETHUSDT")).orElseThrow();

        assertEquals("ETHUSDT", r.subject());
        assertEquals(new Review.Amount(new BigDecimal("-0.25"), "ETH"), r.amount());
        assertEquals(new Review.Amount(new BigDecimal("-12.40"), "USDT"), r.givenUp(), "the unrealised loss becomes real");
        assertAmount("0.39006875", r.fee().amount(), "0.05 % of 0.25 ETH at 3,120.55");
    }

    @Test
    void an_early_redemption_names_the_rewards_forfeited_and_what_comes_back() {
        Review r = REVIEWS.of(new AccountAction.RedeemEarn("locked-eth-90")).orElseThrow();

        assertAmount("0.0041", r.givenUp().amount(), "forfeited");
        assertAmount("0.7959", r.arrives().amount(), "back in Spot");
    }

    @Test
    void completing_a_p2p_sale_gives_the_crypto_to_the_buyer_and_cancelling_gives_it_back() {
        Review release = REVIEWS.of(new AccountAction.ReleaseP2pOrder("30771")).orElseThrow();
        Review cancel = REVIEWS.of(new AccountAction.CancelP2pOrder("30771")).orElseThrow();

        assertAmount("80", release.givenUp().amount(), "to the buyer");
        assertTrue(release.has(Notice.PAYMENT_FIRST));
        assertNull(release.arrives());
        assertAmount("80", cancel.arrives().amount(), "back in Funding");
        assertTrue(cancel.has(Notice.OTHER_PARTY_TOLD));
    }

    @Test
    void deleting_keys_read_from_binance_warns_that_closeouts_own_key_goes_too() {
        AccountSnapshot binance = Snapshots.snapshot("""
                "source": "binance", "apiKeys": [ { "label": "closeout", "permissions": ["READ"] } ]""");
        AccountSnapshot demo = Snapshots.snapshot("""
                "source": "demo", "apiKeys": [ { "label": "tax-tool", "permissions": ["READ"] } ]""");
        List<AccountAction> deleteAll = List.of(new AccountAction.DeleteApiKey("closeout"));

        assertTrue(new Reviews(binance).disabling(deleteAll).has(Notice.OWN_KEY));
        assertTrue(new Reviews(binance).of(deleteAll.get(0)).orElseThrow().has(Notice.OWN_KEY));
        assertFalse(new Reviews(demo).disabling(deleteAll).has(Notice.OWN_KEY), "the demo's keys are not Closeout's");
        assertTrue(new Reviews(demo).disabling(deleteAll).irreversible(), "a deleted key cannot be restored");
        assertFalse(new Reviews(demo).disabling(List.of(new AccountAction.CancelRecurringPlan("ai-1"))).irreversible(),
                "a plan can be set up again");
    }

    @Test
    void the_last_summary_says_what_is_left_where_the_withdrawals_went_and_that_the_history_was_not_exported() {
        AccountAction.Withdraw sent = new AccountAction.Withdraw("BTC", "BTC", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
                new BigDecimal("0.0152"));
        Review r = REVIEWS.closure(BigDecimal.ZERO, List.of(sent), Optional.empty());

        assertEquals(Kind.CLOSE_ACCOUNT, r.kind());
        assertEquals(List.of(sent), r.parts().stream().map(Review.Part::action).toList());
        assertTrue(r.has(Notice.HISTORY_NOT_EXPORTED));
        assertAmount("0", r.usdValue(), "nothing left");
        assertTrue(r.irreversible());
    }
}
