package dev.closeout.exchange.demo;

import static dev.closeout.exchange.demo.DemoFixtures.EMAIL;
import static dev.closeout.exchange.demo.DemoFixtures.assertAmount;
import static dev.closeout.exchange.demo.DemoFixtures.assertResult;
import static dev.closeout.exchange.demo.DemoFixtures.free;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.AccountStatus;
import dev.closeout.account.Wallet;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.ReadinessReport;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.AccountAction.*;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.ActionResult.Outcome;
import dev.closeout.exchange.ClosureProgress;
import dev.closeout.exchange.DemoControls;
import dev.closeout.exchange.VerificationMethod;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Asking the exchange to close the account, the closing queue, the closed account, and registering its email again. */
class DemoClosureTest {

    @TempDir
    Path dataDir;

    DemoExchange exchange;
    ClosureService service;
    DemoControls demo;

    @BeforeEach
    void openTheSeededAccount() throws Exception {
        exchange = DemoFixtures.open(dataDir);
        service = new ClosureService(exchange);
        demo = service.demoControls().orElseThrow();
    }

    /** Every blocker cleared, every method verified: the account the user confirms closing. */
    private void readyToClose() throws Exception {
        DemoFixtures.clearEverything(service, demo);
        DemoFixtures.verifyEverything(exchange, demo);
    }

    private Instant closedWhenAccepted() throws Exception {
        ActionResult accepted = service.requestClosure();
        assertEquals(Outcome.PENDING, accepted.outcome(), accepted::toString);
        return service.closureProgress().orElseThrow().completesAt();
    }

    @Test
    void closure_is_refused_without_verification() throws Exception {
        AccountSnapshot before = service.check().snapshot();
        assertResult(Outcome.REFUSED, "action.closure.notVerified", List.of(), service.requestClosure());

        assertTrue(service.sendCode(VerificationMethod.EMAIL).accepted());
        service.verify(VerificationMethod.EMAIL, DemoFixtures.lastCode(demo, VerificationMethod.EMAIL));
        assertResult(Outcome.REFUSED, "action.closure.notVerified", List.of(), service.requestClosure());

        assertEquals(before, service.check().snapshot());
        assertEquals(Optional.empty(), service.closureProgress());
    }

    @Test
    void closure_of_an_account_that_is_not_eligible_is_refused_naming_the_unmet_conditions() throws Exception {
        DemoFixtures.verifyEverything(exchange, demo);
        AccountSnapshot before = service.check().snapshot();
        ReadinessReport report = service.check().report();

        assertResult(Outcome.REFUSED, "action.closure.notEligible",
                List.of("ZERO_BALANCE, NO_OPEN_ORDERS, NO_ACTIVE_EARN, NO_OPEN_P2P, NO_SUB_ACCOUNTS, NO_PENDING_TRANSFERS",
                        String.valueOf(report.blockers().size())),
                service.requestClosure());

        assertEquals(before, service.check().snapshot());
        assertTrue(service.verificationStatus().complete(), "a refused request does not use up the verification");
    }

    /*
     * Through the demo's API, money cannot arrive unannounced while the account looks eligible:
     * every credit on its way (a deposit, unstaking, a P2P appeal) is listed and itself keeps the
     * account from being eligible. So the test plays the exchange's side: after the user's check,
     * a deposit the exchange has just detected is written into its state, due at once. The
     * confirmation must judge the account as it is then, not as the check saw it.
     */
    @Test
    void a_deposit_credited_between_the_check_and_the_confirmation_makes_the_closure_refused_with_the_reason() throws Exception {
        readyToClose();
        assertTrue(service.check().report().eligible(), "the user's check");

        Instant now = demo.now();
        ObjectNode state = DemoFixtures.readState(dataDir);
        state.withArray("/account/pendingTransfers").addObject().put("id", "dep-9001").put("direction", "DEPOSIT")
                .put("asset", "USDT").put("amount", "75").put("network", "TRX").put("status", "PROCESSING");
        state.withArray("/demo/scheduled").addObject().put("at", now.toString()).put("kind", "DEPOSIT_CREDITED").put("ref", "dep-9001");
        DemoFixtures.writeState(dataDir, state);
        exchange = DemoFixtures.reopen(exchange, dataDir);
        service = new ClosureService(exchange);

        assertResult(Outcome.REFUSED, "action.closure.notEligible", List.of("ZERO_BALANCE", "1"), service.requestClosure());

        AccountSnapshot after = service.check().snapshot();
        assertAmount("75", free(after, Wallet.SPOT, "USDT"), "the deposit, credited");
        assertTrue(after.pendingTransfers().isEmpty());
        assertEquals(AccountStatus.ACTIVE, after.profile().status());
        assertEquals(Optional.empty(), service.closureProgress());
    }

    @Test
    void two_confirmations_make_one_closure_request() throws Exception {
        readyToClose();
        Instant requestedAt = demo.now();

        ActionResult first = service.requestClosure();
        demo.advance(Duration.ofMinutes(1));
        ActionResult second = service.requestClosure();

        String completesAt = Times.at(requestedAt.plus(Duration.ofMinutes(5)));
        assertResult(Outcome.PENDING, "action.closure.accepted", List.of(completesAt), first);
        assertResult(Outcome.PENDING, "action.closure.alreadyRequested", List.of(completesAt), second);
        assertEquals(Optional.of(new ClosureProgress(AccountStatus.CLOSING, requestedAt, requestedAt.plus(Duration.ofMinutes(5)), null)),
                service.closureProgress());
        assertEquals(1, DemoFixtures.readState(dataDir).at("/demo/scheduled").findValuesAsText("kind").stream()
                .filter("CLOSURE_COMPLETES"::equals).count(), "one place in the closing queue");
    }

    @Test
    void every_action_is_refused_while_the_account_is_closing() throws Exception {
        readyToClose();
        closedWhenAccepted();
        AccountSnapshot closing = service.check().snapshot();
        assertEquals(AccountStatus.CLOSING, closing.profile().status());

        List<AccountAction> everything = List.of(new CancelOrder("884120"), new CancelAllOrders(), new StopBot("grid-17"),
                new Transfer("USDT", Wallet.SPOT, Wallet.FUNDING, BigDecimal.ONE), new ClosePosition(Wallet.USDM_FUTURES, null),
                new RepayMargin(Wallet.CROSS_MARGIN, "USDT"), new RedeemEarn("flex-usdt"), new Unstake("eth2"),
                new RedeemLaunchpool("lp-cake"), new ConvertDust(Set.of()), new SellToUsdt(Wallet.SPOT, "BNB"),
                new AccountAction.BuyWithUsdt("BTC", BigDecimal.TEN),
                new Withdraw("USDT", "TRX", DemoFixtures.TRON_ADDRESS, BigDecimal.TEN), new CancelP2pOrder("30771"),
                new ReleaseP2pOrder("30771"), new SettleP2pAppeal("30702"), new SweepSubAccount(DemoFixtures.SUB_ACCOUNT),
                new CloseSubAccount(DemoFixtures.SUB_ACCOUNT), new DeleteApiKey("tax-tool"), new CancelRecurringPlan("ai-1"),
                new CloseFuturesAccount());
        assertEquals(Arrays.stream(AccountAction.class.getPermittedSubclasses()).collect(Collectors.toSet()),
                everything.stream().map(Object::getClass).collect(Collectors.toSet()), "one of each action");

        for (AccountAction action : everything) {
            assertResult(Outcome.REFUSED, "action.status.closing", List.of(), service.perform(action));
        }
        assertResult(Outcome.REFUSED, "action.status.closing", List.of(), service.sendCode(VerificationMethod.EMAIL));
        assertResult(Outcome.REFUSED, "action.status.closing", List.of(), service.requestFreeze("changed my mind"));
        assertResult(Outcome.REFUSED, "action.register.taken", List.of(), service.register(EMAIL, null));
        assertEquals(closing, service.check().snapshot());
    }

    @Test
    void a_closed_account_releases_its_phone_referral_code_and_vip_level_and_keeps_its_data_five_years() throws Exception {
        readyToClose();
        Instant completesAt = closedWhenAccepted();

        demo.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertEquals(AccountStatus.CLOSING, service.closureProgress().orElseThrow().status());
        demo.advance(Duration.ofSeconds(1));

        ClosureProgress progress = service.closureProgress().orElseThrow();
        assertEquals(AccountStatus.CLOSED, progress.status());
        LocalDate closingDay = LocalDate.ofInstant(completesAt, ZoneOffset.UTC);
        assertEquals(closingDay.plusYears(5), progress.dataPurgedOn());
        AccountSnapshot closed = service.check().snapshot();
        assertEquals(AccountStatus.CLOSED, closed.profile().status());
        assertNull(closed.profile().phone(), "phone number released");
        assertNull(closed.profile().referralCode(), "referral code removed");
        assertEquals(0, closed.profile().vipLevel());
        assertResult(Outcome.REFUSED, "action.status.closed", List.of(), service.perform(new CancelAllOrders()));
        assertResult(Outcome.REFUSED, "action.status.closed", List.of(), service.requestClosure());
    }

    @Test
    void registering_the_email_of_an_account_that_is_not_closed_is_refused() throws Exception {
        AccountSnapshot before = service.check().snapshot();

        assertResult(Outcome.REFUSED, "action.register.taken", List.of(), service.register(EMAIL, null));
        assertResult(Outcome.REFUSED, "action.register.taken", List.of(), service.register("Alex.Morgan@Example.com", null));
        assertResult(Outcome.REFUSED, "action.register.oneAccount", List.of(), service.register("sam@example.com", null));
        assertResult(Outcome.REFUSED, "action.register.email", List.of(), service.register("alex.morgan", null));

        assertEquals(before, service.check().snapshot());
    }

    @Test
    void after_closure_the_same_email_registers_a_new_account_with_nothing_of_the_old_one() throws Exception {
        readyToClose();
        closedWhenAccepted();
        demo.advance(Duration.ofMinutes(5));
        AccountSnapshot closed = service.check().snapshot();

        assertResult(Outcome.DONE, "action.register.done", List.of(EMAIL), service.register(EMAIL, null));

        AccountSnapshot fresh = service.check().snapshot();
        assertEquals(EMAIL, fresh.profile().email());
        assertNotEquals(closed.profile().accountId(), fresh.profile().accountId());
        assertEquals(AccountStatus.ACTIVE, fresh.profile().status());
        assertEquals(Boolean.FALSE, fresh.profile().kycVerified(), "identity verified again from scratch");
        assertEquals(0, fresh.profile().vipLevel());
        assertNull(fresh.profile().phone());
        assertNotEquals("CLOSE7X", fresh.profile().referralCode());
        assertTrue(fresh.balances().isEmpty() && fresh.positions().isEmpty() && fresh.earn().isEmpty() && fresh.staking().isEmpty()
                && fresh.launchpool().isEmpty() && fresh.openOrders().isEmpty() && fresh.p2pOrders().isEmpty()
                && fresh.subAccounts().isEmpty() && fresh.pendingTransfers().isEmpty() && fresh.apiKeys().isEmpty()
                && fresh.recurringPlans().isEmpty(), () -> "the new account holds something: " + fresh);
        assertEquals(Set.of(VerificationMethod.EMAIL), service.requiredVerification());
        assertFalse(service.verificationStatus().complete());
        assertEquals(Optional.empty(), service.closureProgress());
        assertTrue(service.check().report().eligible(), "an empty new account");
    }
}
