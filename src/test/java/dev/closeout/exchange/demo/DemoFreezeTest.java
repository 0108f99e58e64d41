package dev.closeout.exchange.demo;

import static dev.closeout.exchange.demo.DemoFixtures.assertResult;
import static dev.closeout.exchange.demo.DemoFixtures.records;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.AccountStatus;
import dev.closeout.account.Wallet;
import dev.closeout.exchange.AccountAction.CancelAllOrders;
import dev.closeout.exchange.AccountAction.CancelOrder;
import dev.closeout.exchange.AccountAction.SellToUsdt;
import dev.closeout.exchange.AccountAction.Withdraw;
import dev.closeout.exchange.ActionResult.Outcome;
import dev.closeout.exchange.VerificationMethod;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Freezing the account instead of closing it: nothing moves, nothing is lost, and it comes back as it was. */
class DemoFreezeTest {

    @TempDir
    Path dataDir;

    DemoExchange exchange;

    @BeforeEach
    void openTheSeededAccount() throws Exception {
        exchange = DemoFixtures.open(dataDir);
    }

    private void freeze() throws Exception {
        DemoFixtures.verifyEverything(exchange, exchange);
        assertResult(Outcome.DONE, "action.freeze.done", List.of(), exchange.requestFreeze("phone stolen"));
    }

    @Test
    void freezing_needs_verification() throws Exception {
        AccountSnapshot before = exchange.snapshot();

        assertResult(Outcome.REFUSED, "action.freeze.notVerified", List.of(), exchange.requestFreeze("phone stolen"));

        assertEquals(before, exchange.snapshot());
    }

    @Test
    void a_freeze_for_a_lost_phone_takes_the_email_code_alone_and_one_for_a_break_takes_every_method() throws Exception {
        assertEquals(Set.of(VerificationMethod.EMAIL), exchange.verificationForFreeze("LOST_DEVICE: phone stolen"));
        assertEquals(Set.of(VerificationMethod.EMAIL), exchange.verificationForFreeze("SECURITY_WORRY"));
        assertEquals(exchange.requiredVerification(), exchange.verificationForFreeze("TAKING_A_BREAK"));
        assertTrue(exchange.sendCode(VerificationMethod.EMAIL).accepted());
        assertTrue(exchange.verify(VerificationMethod.EMAIL, DemoFixtures.lastCode(exchange, VerificationMethod.EMAIL)).lastProblem().isEmpty());

        assertResult(Outcome.REFUSED, "action.freeze.notVerified", List.of(), exchange.requestFreeze("TAKING_A_BREAK"));
        assertResult(Outcome.DONE, "action.freeze.done", List.of(), exchange.requestFreeze("LOST_DEVICE: phone stolen"));
    }

    @Test
    void a_frozen_account_refuses_trading_but_keeps_every_record() throws Exception {
        AccountSnapshot before = exchange.snapshot();

        freeze();

        AccountSnapshot frozen = exchange.snapshot();
        assertEquals(DemoFixtures.withProfile(before, before.profile().withStatus(AccountStatus.FROZEN)), frozen,
                "every record kept, only the status changed");
        assertResult(Outcome.REFUSED, "action.status.frozen", List.of(), exchange.perform(new CancelAllOrders()));
        assertResult(Outcome.REFUSED, "action.status.frozen", List.of(), exchange.perform(new SellToUsdt(Wallet.SPOT, "BTC")));
        assertResult(Outcome.REFUSED, "action.status.frozen", List.of(),
                exchange.perform(new Withdraw("USDT", "TRX", DemoFixtures.TRON_ADDRESS, BigDecimal.TEN)));
        assertResult(Outcome.REFUSED, "action.status.frozen", List.of(), exchange.requestClosure());
        assertResult(Outcome.REFUSED, "action.status.frozen", List.of(), exchange.requestFreeze("again"));
        assertEquals(frozen, exchange.snapshot());
    }

    @Test
    void unfreezing_needs_a_new_verification_and_restores_the_account() throws Exception {
        AccountSnapshot before = exchange.snapshot();
        assertResult(Outcome.REFUSED, "action.unfreeze.notFrozen", List.of(), exchange.requestUnfreeze());
        freeze();
        assertFalse(exchange.verificationStatus().complete(), "the freeze used up the verification");
        assertResult(Outcome.REFUSED, "action.unfreeze.notVerified", List.of(), exchange.requestUnfreeze());

        exchange.advance(Duration.ofMinutes(1));
        DemoFixtures.verifyEverything(exchange, exchange);
        assertResult(Outcome.DONE, "action.unfreeze.done", List.of(), exchange.requestUnfreeze());

        assertEquals(records(before), records(exchange.snapshot()), "as it was");
        assertTrue(exchange.perform(new CancelOrder("884120")).accepted(), "trading again");
    }
}
