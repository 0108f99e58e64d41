package dev.closeout.ui.alternatives.freeze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.AccountStatus;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.VerificationMethod;
import dev.closeout.ui.DemoUi;
import dev.closeout.ui.FakeDialogs;
import dev.closeout.ui.GatewayDouble;
import dev.closeout.ui.alternatives.freeze.FreezeViewModel.Reason;
import dev.closeout.ui.account.Result;
import dev.closeout.ui.account.UiExecutors;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Freeze and unfreeze through support, each after a fresh verification, without a toolkit. */
class FreezeViewModelTest {

    @TempDir
    Path dataDir;

    GatewayDouble gateway;

    /** The seeded demo account, with every call to the exchange counted in {@link #gateway}. */
    private DemoUi countingCalls() throws Exception {
        return new DemoUi(dataDir, g -> gateway = new GatewayDouble(g), UiExecutors.direct());
    }

    private FreezeViewModel open(DemoUi ui) {
        return open(ui, FakeDialogs.sayingYes());
    }

    private FreezeViewModel open(DemoUi ui, FakeDialogs dialogs) {
        FreezeViewModel vm = new FreezeViewModel(ui.account, ui.clock(), dialogs);
        vm.entered();
        return vm;
    }

    /** Enters a fresh code for every method, through the page's own verification. */
    private static void verify(DemoUi ui, FreezeViewModel vm) throws Exception {
        for (var row : vm.verification().methods()) {
            if (row.sendable()) {
                vm.verification().sendCode(row);
                row.codeProperty().set(dev.closeout.exchange.demo.DemoSteps.lastCode(ui.demo, row.method()));
            } else {
                row.codeProperty().set(ui.demo.authenticatorCode());
            }
            vm.verification().verify(row);
        }
    }

    @Test
    void the_request_waits_for_a_reason_the_consequences_read_and_a_complete_verification() throws Exception {
        DemoUi ui = new DemoUi(dataDir);
        FreezeViewModel vm = open(ui);

        assertEquals(AccountStatus.ACTIVE, vm.statusProperty().get());
        assertEquals(List.of("Nobody can log in, you included.", "No trading, no withdrawals, no API access; open orders and plans stop.",
                "Your funds, KYC, VIP level and every record are kept as they are.",
                "To come back, ask support to unfreeze it and verify your identity again."), vm.consequences());
        assertEquals(3, vm.verification().methods().size());
        assertFalse(vm.canFreezeProperty().get());
        vm.reasonProperty().set(Reason.TAKING_A_BREAK);
        vm.understoodProperty().set(true);
        assertFalse(vm.canFreezeProperty().get(), "not yet verified");
        verify(ui, vm);
        assertTrue(vm.canFreezeProperty().get());
        assertFalse(vm.canUnfreezeProperty().get());
    }

    @Test
    void the_account_is_frozen_then_unfrozen_each_after_a_fresh_verification() throws Exception {
        DemoUi ui = countingCalls();
        FreezeViewModel vm = open(ui);
        vm.reasonProperty().set(Reason.SECURITY_WORRY);
        vm.detailsProperty().set("  a log-in I did not make ");
        vm.understoodProperty().set(true);
        verify(ui, vm);

        vm.requestFreeze();

        assertEquals(new Result(Result.Outcome.ACCEPTED, "\u2713 The account is frozen: no log-in, no trading, every record kept."), vm.messageProperty().get());
        assertEquals(AccountStatus.FROZEN, vm.statusProperty().get());
        assertEquals(AccountStatus.FROZEN, ui.service.check().snapshot().profile().status());
        assertFalse(vm.verification().validProperty().get(), "the freeze spent the verification");
        assertTrue(vm.verification().methods().stream().allMatch(r -> r.codeProperty().get().isEmpty() && !r.verifiedProperty().get()),
                "the spent codes are cleared");
        assertEquals("", vm.verification().messageProperty().get());
        assertFalse(vm.canUnfreezeProperty().get());
        assertFalse(ui.service.perform(new AccountAction.CancelAllOrders()).accepted(), "a frozen account permits nothing");

        ui.demo.advance(Duration.ofMinutes(2)); // a new code can be sent a minute after the last; the authenticator shows a new one
        verify(ui, vm);
        assertFalse(vm.canFreezeProperty().get());
        assertTrue(vm.canUnfreezeProperty().get(), vm.verification().messageProperty().get());
        vm.requestUnfreeze();

        assertEquals(new Result(Result.Outcome.ACCEPTED, "\u2713 The account is unfrozen and as it was."), vm.messageProperty().get());
        assertEquals(AccountStatus.ACTIVE, vm.statusProperty().get());
        assertEquals(AccountStatus.ACTIVE, ui.service.check().snapshot().profile().status());
        assertEquals(2, gateway.calls("requestFreeze") + gateway.calls("requestUnfreeze"));
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void the_freeze_is_reviewed_first_and_a_no_asks_nothing_of_support() throws Exception {
        DemoUi ui = countingCalls();
        FakeDialogs no = FakeDialogs.sayingNo();
        FreezeViewModel vm = open(ui, no);
        vm.reasonProperty().set(Reason.LOST_DEVICE);
        vm.understoodProperty().set(true);
        verify(ui, vm);

        vm.requestFreeze();

        assertEquals(List.of("Ask support to freeze the account? Reason: I lost my phone or authenticator"), no.questions());
        assertEquals(0, gateway.calls("requestFreeze"));
        assertEquals(AccountStatus.ACTIVE, ui.service.check().snapshot().profile().status());
    }

    @Test
    void who_lost_their_phone_or_authenticator_freezes_with_the_email_code_alone() throws Exception {
        DemoUi ui = countingCalls();
        FreezeViewModel vm = open(ui);
        assertEquals(3, vm.verification().methods().size(), "email, SMS and the authenticator are switched on");

        vm.reasonProperty().set(Reason.LOST_DEVICE);
        vm.understoodProperty().set(true);
        assertEquals(List.of(VerificationMethod.EMAIL), vm.verification().methods().stream().map(r -> r.method()).toList(),
                "the demo asks only for what a person without their phone still has");
        var email = vm.verification().methods().get(0);
        vm.verification().sendCode(email);
        email.codeProperty().set(dev.closeout.exchange.demo.DemoSteps.lastCode(ui.demo, VerificationMethod.EMAIL));
        vm.verification().verify(email);
        assertTrue(vm.canFreezeProperty().get());

        vm.requestFreeze();

        assertEquals(AccountStatus.FROZEN, ui.service.check().snapshot().profile().status());
        assertEquals(3, vm.verification().methods().size(), "unfreezing asks for every method again");
    }

    @Test
    void someone_else_may_have_access_freezes_quickly_and_a_break_asks_for_every_method() throws Exception {
        DemoUi ui = new DemoUi(dataDir);
        FreezeViewModel vm = open(ui);

        vm.reasonProperty().set(Reason.SECURITY_WORRY);
        assertEquals(1, vm.verification().methods().size());
        vm.reasonProperty().set(Reason.TAKING_A_BREAK);
        assertEquals(3, vm.verification().methods().size());
    }

    @Test
    void the_reasons_are_said_in_words() throws Exception {
        FreezeViewModel vm = open(new DemoUi(dataDir));

        assertEquals(List.of("Someone else may have access", "I lost my phone or authenticator", "I want a break from trading",
                "Another reason"), vm.reasons().stream().map(vm::reasonText).toList());
    }

    @Test
    void pressing_early_asks_nothing_of_the_exchange() throws Exception {
        DemoUi ui = countingCalls();
        FreezeViewModel vm = open(ui);
        vm.reasonProperty().set(Reason.OTHER);

        vm.requestFreeze();
        vm.requestUnfreeze();

        assertEquals(0, gateway.calls("requestFreeze"));
        assertEquals(0, gateway.calls("requestUnfreeze"));
        assertEquals(AccountStatus.ACTIVE, ui.service.check().snapshot().profile().status());
    }
}
