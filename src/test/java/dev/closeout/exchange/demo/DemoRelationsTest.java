package dev.closeout.exchange.demo;

import static dev.closeout.exchange.demo.DemoFixtures.START;
import static dev.closeout.exchange.demo.DemoFixtures.SUB_ACCOUNT;
import static dev.closeout.exchange.demo.DemoFixtures.assertAmount;
import static dev.closeout.exchange.demo.DemoFixtures.assertRefusedAndNothingChanged;
import static dev.closeout.exchange.demo.DemoFixtures.assertResult;
import static dev.closeout.exchange.demo.DemoFixtures.free;
import static dev.closeout.exchange.demo.DemoFixtures.locked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.ApiKey;
import dev.closeout.account.P2pOrder;
import dev.closeout.account.SubAccount;
import dev.closeout.account.Wallet;
import dev.closeout.exchange.AccountAction.CancelP2pOrder;
import dev.closeout.exchange.AccountAction.CancelRecurringPlan;
import dev.closeout.exchange.AccountAction.CloseSubAccount;
import dev.closeout.exchange.AccountAction.DeleteApiKey;
import dev.closeout.exchange.AccountAction.ReleaseP2pOrder;
import dev.closeout.exchange.AccountAction.SettleP2pAppeal;
import dev.closeout.exchange.AccountAction.SweepSubAccount;
import dev.closeout.exchange.ActionResult.Outcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** P2P orders, the sub-account, API keys and the recurring plan of the seeded account. */
class DemoRelationsTest {

    @TempDir
    Path dataDir;

    DemoExchange exchange;

    @BeforeEach
    void openTheSeededAccount() throws Exception {
        exchange = DemoFixtures.open(dataDir);
    }

    private P2pOrder.Status statusOf(String p2pOrder) throws Exception {
        return exchange.snapshot().p2pOrders().stream().filter(o -> o.id().equals(p2pOrder)).findFirst().orElseThrow().status();
    }

    // P2P

    @Test
    void cancelling_the_p2p_order_waiting_for_payment_releases_the_escrowed_usdt() throws Exception {
        assertResult(Outcome.DONE, "action.p2p.cancelled", List.of("30771"), exchange.perform(new CancelP2pOrder("30771")));

        AccountSnapshot after = exchange.snapshot();
        assertEquals(P2pOrder.Status.CANCELLED, statusOf("30771"));
        assertAmount("330", free(after, Wallet.FUNDING, "USDT"), "250 + the 80 in escrow");
        assertAmount("0", locked(after, Wallet.FUNDING, "USDT"), "escrow");
    }

    @Test
    void the_p2p_order_under_appeal_cannot_be_cancelled() throws Exception {
        assertRefusedAndNothingChanged(exchange, new CancelP2pOrder("30702"), "action.p2p.cannotCancel", "30702");
        assertRefusedAndNothingChanged(exchange, new CancelP2pOrder("29810"), "action.p2p.cannotCancel", "29810");
    }

    @Test
    void an_order_waiting_for_payment_has_nothing_to_release() throws Exception {
        assertRefusedAndNothingChanged(exchange, new ReleaseP2pOrder("30771"), "action.p2p.cannotRelease", "30771");
    }

    @Test
    void settling_the_appeal_is_pending_until_support_answers_then_the_buyer_is_credited() throws Exception {
        String answerBy = Times.at(START.plus(Duration.ofHours(2)));
        assertResult(Outcome.PENDING, "action.p2p.appealFiled", List.of("30702", answerBy), exchange.perform(new SettleP2pAppeal("30702")));

        exchange.advance(Duration.ofHours(2).minusSeconds(1));
        assertEquals(P2pOrder.Status.APPEALING, statusOf("30702"));
        assertAmount("250", free(exchange.snapshot(), Wallet.FUNDING, "USDT"), "nothing credited yet");

        exchange.advance(Duration.ofSeconds(1));
        assertEquals(P2pOrder.Status.COMPLETED, statusOf("30702"));
        assertAmount("295", free(exchange.snapshot(), Wallet.FUNDING, "USDT"), "the 45 USDT bought, in Funding");
        assertRefusedAndNothingChanged(exchange, new SettleP2pAppeal("30702"), "action.p2p.notAppealing", "30702");
    }

    @Test
    void filing_the_appeal_twice_files_nothing_again_and_says_so_with_the_same_time() throws Exception {
        var first = exchange.perform(new SettleP2pAppeal("30702"));
        exchange.advance(Duration.ofMinutes(30));

        var second = exchange.perform(new SettleP2pAppeal("30702"));

        assertResult(Outcome.PENDING, "action.p2p.appealAlreadyFiled", first.args(), second);
        assertEquals(1, DemoFixtures.readState(dataDir).at("/demo/scheduled").findValuesAsText("kind").stream()
                .filter("APPEAL_SETTLED"::equals).count(), "one request with support");
    }

    // Sub-account

    @Test
    void closing_a_sub_account_that_holds_funds_moves_them_to_spot_first_then_closes_it() throws Exception {
        assertResult(Outcome.DONE, "action.sub.emptiedAndClosed", List.of("18.20 USDT", SUB_ACCOUNT),
                exchange.perform(new CloseSubAccount(SUB_ACCOUNT)));

        assertAmount("430.57", free(exchange.snapshot(), Wallet.SPOT, "USDT"), "412.37 + the 18.20 it held");
        assertEquals(List.of(SubAccount.Status.CLOSED), exchange.snapshot().subAccounts().stream().map(SubAccount::status).toList());
    }

    @Test
    void a_swept_sub_account_closes() throws Exception {
        assertResult(Outcome.DONE, "action.sub.swept", List.of("18.20 USDT", SUB_ACCOUNT), exchange.perform(new SweepSubAccount(SUB_ACCOUNT)));
        assertAmount("430.57", free(exchange.snapshot(), Wallet.SPOT, "USDT"), "412.37 + 18.20");
        assertRefusedAndNothingChanged(exchange, new SweepSubAccount(SUB_ACCOUNT), "action.sub.empty", SUB_ACCOUNT);

        assertResult(Outcome.DONE, "action.sub.closed", List.of(SUB_ACCOUNT), exchange.perform(new CloseSubAccount(SUB_ACCOUNT)));

        assertEquals(List.of(SubAccount.Status.CLOSED), exchange.snapshot().subAccounts().stream().map(SubAccount::status).toList());
        assertRefusedAndNothingChanged(exchange, new CloseSubAccount(SUB_ACCOUNT), "action.sub.notFound", SUB_ACCOUNT);
    }

    // API keys and recurring plans

    @Test
    void deleting_api_keys() throws Exception {
        assertResult(Outcome.DONE, "action.apiKey.deleted", List.of("trading-bot"), exchange.perform(new DeleteApiKey("trading-bot")));
        assertEquals(List.of("tax-tool"), exchange.snapshot().apiKeys().stream().map(ApiKey::label).toList());
        assertResult(Outcome.DONE, "action.apiKey.deleted", List.of("tax-tool"), exchange.perform(new DeleteApiKey("tax-tool")));

        assertTrue(exchange.snapshot().apiKeys().isEmpty());
        assertRefusedAndNothingChanged(exchange, new DeleteApiKey("tax-tool"), "action.apiKey.notFound", "tax-tool");
    }

    @Test
    void cancelling_the_recurring_plan() throws Exception {
        assertResult(Outcome.DONE, "action.plan.cancelled", List.of("ai-1"), exchange.perform(new CancelRecurringPlan("ai-1")));

        assertTrue(exchange.snapshot().recurringPlans().isEmpty());
        assertRefusedAndNothingChanged(exchange, new CancelRecurringPlan("ai-1"), "action.plan.notFound", "ai-1");
    }
}
