package dev.closeout.closure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.AccountStatus;
import dev.closeout.account.Balance;
import dev.closeout.account.Wallet;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ActionResult.Outcome;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.ClosureProgress;
import dev.closeout.exchange.DemoControls;
import dev.closeout.exchange.VerificationMethod;
import dev.closeout.exchange.demo.DemoExchange;
import dev.closeout.exchange.demo.DemoSettings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole road, through ClosureService alone: the seeded demo account, every blocker fixed, closed, and the email registered again. */
class DemoClosureJourneyTest {

    private static final String TRON_ADDRESS = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";

    @TempDir
    Path dataDir;

    @Test
    void the_seeded_demo_account_is_cleared_closed_and_its_email_registered_again() throws Exception {
        DemoExchange exchange = DemoExchange.open(dataDir, Clock.fixed(Instant.parse("2026-11-24T09:30:00Z"), ZoneOffset.UTC),
                new SecureRandom(), DemoSettings.defaults());
        ClosureService service = new ClosureService(exchange);
        DemoControls demo = service.demoControls().orElseThrow();

        ReadinessReport first = service.check().report();
        assertFalse(first.eligible());
        assertTrue(first.conditions().stream().filter(c -> c.condition() != Condition.ACCOUNT_ACTIVE).noneMatch(ConditionResult::met),
                "the seeded account trips every condition but ACCOUNT_ACTIVE");

        var attempts = service.run(service.checklist(f -> true, true).ticked(), attempt -> { });
        assertTrue(attempts.stream().allMatch(a -> a.result().accepted()), () -> "ticked fixes refused: " + attempts);
        assertTrue(service.perform(new AccountAction.SettleP2pAppeal("30702")).accepted(), "the appeal, filed when the user ticks it");
        assertTrue(service.check().report().result(Condition.NO_OPEN_ORDERS).met(), "orders cancelled and the bot stopped");

        // The fixes that move money, which the user confirms one by one: one fix can clear several findings.
        for (Fix fix : List.of(Fix.CLOSE_POSITION, Fix.REPAY_LIABILITY, Fix.COMPLETE_OR_CANCEL_P2P, Fix.REDEEM_EARN)) {
            Optional<Finding> next;
            while ((next = service.check().report().blockers().stream().filter(f -> f.fix() == fix).findFirst()).isPresent()) {
                Finding f = next.get();
                assertTrue(service.fix(f).accepted(), () -> "fix refused: " + f);
            }
        }
        assertTrue(service.perform(new AccountAction.CloseSubAccount("alex.morgan+bots@example.com")).accepted(),
                "closing a sub-account empties it first");

        // Wait out the locked BNB, the unbonding ETH, the deposit and the P2P appeal.
        demo.advance(Duration.ofDays(65));
        AccountSnapshot waited = service.check().snapshot();
        assertTrue(waited.earn().isEmpty() && waited.staking().isEmpty() && waited.pendingTransfers().isEmpty());

        emptyEveryWallet(service, demo);
        demo.advance(Duration.ofHours(1));

        AccountCheck ready = service.check();
        assertTrue(ready.report().eligible(), () -> "still blocked: " + ready.report().blockers());

        for (VerificationMethod method : service.requiredVerification()) {
            String code;
            if (method == VerificationMethod.AUTHENTICATOR) {
                code = demo.authenticatorCode();
            } else {
                assertTrue(service.sendCode(method).accepted());
                code = demo.inbox().get(demo.inbox().size() - 1).code();
            }
            assertTrue(service.verify(method, code).lastProblem().isEmpty(), () -> method + " code refused");
        }
        ActionResult closing = service.requestClosure();
        assertEquals(Outcome.PENDING, closing.outcome());
        assertEquals(closing.args(), service.requestClosure().args(), "a second confirmation answers the same request");
        assertEquals(AccountStatus.CLOSING, service.check().snapshot().profile().status());
        assertEquals("action.status.closing", service.perform(new AccountAction.CancelAllOrders()).messageKey());

        demo.advance(DemoSettings.defaults().closureProcessing());
        ClosureProgress progress = service.closureProgress().orElseThrow();
        assertEquals(AccountStatus.CLOSED, progress.status());
        assertEquals(progress.completesAt().atZone(ZoneOffset.UTC).toLocalDate().plusYears(5), progress.dataPurgedOn());
        AccountSnapshot closed = service.check().snapshot();
        assertEquals(null, closed.profile().referralCode());
        assertEquals(0, closed.profile().vipLevel());

        assertTrue(service.register("alex.morgan@example.com", null).accepted());
        AccountSnapshot fresh = service.check().snapshot();
        assertEquals(AccountStatus.ACTIVE, fresh.profile().status());
        assertEquals(Boolean.FALSE, fresh.profile().kycVerified());
        assertEquals(0, fresh.profile().vipLevel());
        assertTrue(fresh.balances().isEmpty() && fresh.openOrders().isEmpty() && fresh.p2pOrders().isEmpty());
        assertFalse(fresh.profile().accountId().equals(closed.profile().accountId()));
    }

    /** Everything to Spot, dust to BNB, the rest sold to USDT, the USDT withdrawn over Tron. */
    private static void emptyEveryWallet(ClosureService service, DemoControls demo) throws Exception {
        for (Balance b : service.check().snapshot().balances()) {
            if (b.wallet() != Wallet.SPOT && b.free().signum() > 0) {
                ActionResult moved = service.perform(new AccountAction.Transfer(b.asset(), b.wallet(), Wallet.SPOT, b.free()));
                assertTrue(moved.accepted(), () -> "transfer refused: " + b + " " + moved);
            }
        }
        // The checklist converted the small balances already; what became small since is converted now.
        if (service.check().report().blockers().stream().anyMatch(f -> f.fix() == Fix.CONVERT_DUST)) {
            assertTrue(service.perform(new AccountAction.ConvertDust(Set.of())).accepted());
        }
        for (Balance b : service.check().snapshot().balances()) {
            if (b.wallet() == Wallet.SPOT && b.free().signum() > 0 && !b.asset().equals("USDT")) {
                ActionResult sold = service.perform(new AccountAction.SellToUsdt(Wallet.SPOT, b.asset()));
                assertTrue(sold.accepted(), () -> "sale refused: " + b + " " + sold);
            }
        }
        BigDecimal usdt = service.check().snapshot().balances().stream()
                .filter(b -> b.wallet() == Wallet.SPOT && b.asset().equals("USDT")).map(Balance::free).findFirst().orElseThrow();
        ActionResult sent = service.perform(new AccountAction.Withdraw("USDT", "TRX", TRON_ADDRESS, usdt));
        assertEquals(Outcome.PENDING, sent.outcome(), () -> "withdrawal refused: " + sent);
    }
}
