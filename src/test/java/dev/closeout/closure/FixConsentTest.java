package dev.closeout.closure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.closeout.account.AccountSnapshot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which fixes of the spec's typical account run unasked and what every other asks the user's yes for. */
class FixConsentTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    private static final AccountSnapshot TYPICAL = Findings.typical();
    private static final ReadinessReport REPORT = Eligibility.evaluate(TYPICAL);

    private static Finding item(String id) {
        return REPORT.blockers().stream().filter(f -> id.equals(f.id())).findFirst().orElseThrow();
    }

    private static Finding first(Fix fix) {
        return REPORT.blockers().stream().filter(f -> f.fix() == fix).findFirst().orElseThrow();
    }

    @Test
    void what_only_undoes_a_commitment_runs_unasked_and_everything_else_waits_for_a_yes() {
        Map<Fix, FixConsent> expected = Map.ofEntries(Map.entry(Fix.CANCEL_ORDER, FixConsent.UNASKED),
                Map.entry(Fix.STOP_BOT, FixConsent.UNASKED), Map.entry(Fix.UNSTAKE, FixConsent.UNASKED),
                Map.entry(Fix.REDEEM_LAUNCHPOOL, FixConsent.UNASKED), Map.entry(Fix.CONVERT_DUST, FixConsent.CONVERSION_FEE),
                Map.entry(Fix.CLOSE_POSITION, FixConsent.MARKET_CLOSE), Map.entry(Fix.REPAY_LIABILITY, FixConsent.REPAYMENT),
                Map.entry(Fix.COMPLETE_OR_CANCEL_P2P, FixConsent.OTHER_PARTY), Map.entry(Fix.CLOSE_SUB_ACCOUNT, FixConsent.FOR_GOOD),
                Map.entry(Fix.WITHDRAW_OR_SELL, FixConsent.NO_SINGLE_ACTION),
                Map.entry(Fix.WAIT_FOR_TRANSFER, FixConsent.NO_SINGLE_ACTION));
        Map<Fix, FixConsent> consents = new EnumMap<>(Fix.class);
        expected.keySet().forEach(fix -> consents.put(fix, FixConsent.of(first(fix), TODAY)));

        assertEquals(expected, consents);
    }

    @Test
    void repaying_a_loan_waits_for_a_yes_the_money_leaves_the_wallet_for_the_lender() {
        assertEquals(FixConsent.REPAYMENT, FixConsent.of(first(Fix.REPAY_LIABILITY), TODAY));
    }

    @Test
    void redeeming_before_maturity_asks_naming_the_forfeit_and_flexible_or_matured_earn_runs_unasked() {
        Finding locked = item("locked-eth-90");

        assertEquals(FixConsent.FORFEIT, FixConsent.of(locked, TODAY));
        assertEquals(new BigDecimal("0.0041"), FixConsent.forfeited(locked, TYPICAL));
        assertEquals(FixConsent.UNASKED, FixConsent.of(locked, locked.date()), "on the day it matures nothing is forfeited");
        assertEquals(FixConsent.UNASKED, FixConsent.of(item("flex-usdt"), TODAY));
        assertEquals(BigDecimal.ZERO, FixConsent.forfeited(item("flex-usdt"), TYPICAL));
    }

    @Test
    void a_sale_asks_moving_between_the_users_own_wallets_does_not_and_a_withdrawal_is_asked_in_its_form() {
        Finding btc = REPORT.blockers().stream().filter(f -> f.fix() == Fix.WITHDRAW_OR_SELL && "BTC".equals(f.asset())).findFirst()
                .orElseThrow();

        assertEquals(FixConsent.SALE, FixConsent.of(btc, FixChoice.SELL, TODAY));
        assertEquals(FixConsent.UNASKED, FixConsent.of(btc, FixChoice.MOVE_TO_SPOT, TODAY));
        assertEquals(FixConsent.UNASKED, FixConsent.of(first(Fix.CLOSE_SUB_ACCOUNT), FixChoice.SWEEP_SUB_ACCOUNT, TODAY));
        assertEquals(FixConsent.FOR_GOOD, FixConsent.of(first(Fix.CLOSE_SUB_ACCOUNT), FixChoice.PERFORM, TODAY));
        assertEquals(FixConsent.UNASKED, FixConsent.of(btc, FixChoice.OPEN_ON_EXCHANGE, TODAY), "the exchange asks on its own page");
        assertThrows(IllegalArgumentException.class, () -> FixConsent.of(btc, FixChoice.WITHDRAW, TODAY));
    }
}
