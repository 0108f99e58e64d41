package dev.closeout.ui.wizard.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.closeout.ui.wizard.eligibility.Rows.anyFinding;
import static dev.closeout.ui.wizard.eligibility.Rows.balance;
import static dev.closeout.ui.wizard.eligibility.Rows.finding;
import static dev.closeout.ui.wizard.eligibility.Rows.findings;
import static dev.closeout.ui.wizard.eligibility.Rows.item;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Balance;
import dev.closeout.account.Wallet;
import dev.closeout.closure.Condition;
import dev.closeout.closure.Fix;
import dev.closeout.closure.FixChoice;
import dev.closeout.closure.Review;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.ui.FakeDialogs;
import dev.closeout.ui.withdrawal.WithdrawalFormViewModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Eligibility step: the seven conditions, a button per fix that asks first where money moves, and "Fix everything". */
class EligibilityViewModelTest extends SeededEligibility {

    private static final ExchangeException DISK_FULL =
            new ExchangeException("demo.error.disk", List.of("/data/demo", "No space left on device"), null);
    private static final String DISK_FULL_IN_WORDS = "The demo exchange cannot save in /data/demo: No space left on device";

    private BigDecimal free(Wallet wallet, String asset) throws Exception {
        return ui.service.check().snapshot().balances().stream().filter(b -> b.wallet() == wallet && b.asset().equals(asset))
                .map(Balance::free).findFirst().orElse(BigDecimal.ZERO);
    }

    private static void assertAmount(String expected, BigDecimal actual, String what) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> what + ": expected " + expected + " but was " + actual);
    }

    @Test
    void entering_the_step_checks_the_account_and_lists_the_seven_conditions_in_order() {
        EligibilityViewModel page = new EligibilityViewModel(ui.account, FakeDialogs.sayingNo());
        assertTrue(page.conditions().isEmpty(), "nothing is shown before the check");

        page.entered();

        assertEquals(Arrays.asList(Condition.values()), page.conditions().stream().map(ConditionRow::condition).toList());
        assertEquals(List.of("Every wallet at zero, dust included", "No open orders or running bots", "No active Earn or staking",
                "No open P2P orders", "No open sub-accounts", "No deposits or withdrawals in flight",
                "Account active, not frozen or closing"), page.conditions().stream().map(ConditionRow::title).toList());
        assertEquals(List.of(false, false, false, false, false, false, true),
                page.conditions().stream().map(ConditionRow::met).toList());
        assertFalse(page.validProperty().get(), "the seeded account cannot be closed yet");
        assertTrue(page.summaryProperty().get().matches("\\d+ blockers remain; about [\\d,]+\\.\\d\\d USD is still in the account\\."),
                page.summaryProperty().get());
        assertFalse(page.busyProperty().get());
    }

    @Test
    void entering_the_step_again_shows_the_account_as_it_is_now() throws Exception {
        EligibilityViewModel page = page(FakeDialogs.sayingNo());
        assertEquals(4, page.conditions().get(Condition.NO_OPEN_ORDERS.ordinal()).findings().size());

        assertTrue(ui.service.perform(new AccountAction.CancelOrder("884120")).accepted(), "cancelled on the exchange's website");
        page.entered();

        assertEquals(3, page.conditions().get(Condition.NO_OPEN_ORDERS.ordinal()).findings().size());
    }

    @Test
    void converting_dust_asks_first_naming_the_2_percent_fee_and_converts_every_small_balance_at_once() throws Exception {
        FakeDialogs dialogs = FakeDialogs.sayingYes();
        EligibilityViewModel page = page(dialogs);
        FindingRow shib = finding(page, Condition.ZERO_BALANCE, balance(Wallet.SPOT, "SHIB"));
        assertEquals(Fix.CONVERT_DUST, shib.finding().fix());

        page.fix(shib, FixChoice.PERFORM);

        assertEquals(1, dialogs.questions().size());
        assertTrue(dialogs.questions().get(0).contains("2% fee"), dialogs.questions().get(0));
        assertEquals(1, gateway.calls("perform"), "one conversion for every small balance");
        assertFalse(anyFinding(page, f -> f.fix() == Fix.CONVERT_DUST), () -> "dust left: " + findings(page));
        String result = page.results().get(0);
        assertTrue(result.startsWith("\u2713 Converted "), result);
        for (String asset : List.of("SHIB", "DOGE", "XRP", "ADA", "PEPE")) {
            assertTrue(result.contains(asset), () -> asset + " missing from " + result);
        }
        assertAmount("0", free(Wallet.SPOT, "SHIB"), "SHIB in Spot");
        assertAmount("0", free(Wallet.FUNDING, "PEPE"), "PEPE in Funding");
    }

    @Test
    void declining_the_dust_conversion_changes_nothing() throws Exception {
        FakeDialogs dialogs = FakeDialogs.sayingNo();
        EligibilityViewModel page = page(dialogs);
        AccountSnapshot before = ui.service.check().snapshot();

        page.fix(finding(page, Condition.ZERO_BALANCE, balance(Wallet.SPOT, "DOGE")), FixChoice.PERFORM);

        assertEquals(1, dialogs.questions().size(), "the question was asked");
        assertEquals(0, gateway.calls("perform"), "nothing was asked of the exchange");
        assertEquals(before, ui.service.check().snapshot());
        assertTrue(page.results().isEmpty());
        assertEquals(5, findings(page).stream().filter(f -> f.finding().fix() == Fix.CONVERT_DUST).count());
    }

    @Test
    void selling_asks_first_with_the_amount_that_is_then_sold() throws Exception {
        FakeDialogs dialogs = FakeDialogs.sayingYes();
        EligibilityViewModel page = page(dialogs);
        FindingRow btc = finding(page, Condition.ZERO_BALANCE, balance(Wallet.SPOT, "BTC"));
        assertTrue(btc.choices().contains(FixChoice.SELL), btc::toString);
        BigDecimal freeBefore = free(Wallet.SPOT, "BTC");

        page.fix(btc, FixChoice.SELL);

        String result = page.results().get(0);
        Matcher sold = Pattern.compile("\u2713 Sold (\\S+) BTC for (\\S+) USDT\\.").matcher(result);
        assertTrue(sold.matches(), result);
        assertAmount(freeBefore.toPlainString(), new BigDecimal(sold.group(1)), "sold: what was free, the rest being in an order");
        assertEquals(1, dialogs.questions().size());
        String question = dialogs.questions().get(0);
        // The question writes the amount as people do (0.0152), the exchange's answer as it keeps it (0.01520000).
        assertTrue(question.startsWith("Sell " + new BigDecimal(sold.group(1)).stripTrailingZeros().toPlainString() + " BTC for USDT at the market price? It is worth about 1,387.00 USD"),
                () -> "the question names what is sold (" + sold.group(1) + " BTC, 1,387.00 USD): " + question);
    }

    @Test
    void declining_a_sale_sells_nothing() throws Exception {
        FakeDialogs dialogs = FakeDialogs.sayingNo();
        EligibilityViewModel page = page(dialogs);
        AccountSnapshot before = ui.service.check().snapshot();

        page.fix(finding(page, Condition.ZERO_BALANCE, balance(Wallet.SPOT, "ETH")), FixChoice.SELL);

        assertTrue(dialogs.questions().get(0).startsWith("Sell "), dialogs.questions().get(0));
        assertEquals(0, gateway.calls("perform"));
        assertEquals(before, ui.service.check().snapshot());
    }

    @Test
    void moving_a_funding_balance_to_spot_asks_nothing_and_moves_what_is_free() throws Exception {
        FakeDialogs dialogs = FakeDialogs.sayingNo();
        EligibilityViewModel page = page(dialogs);
        FindingRow funding = finding(page, Condition.ZERO_BALANCE, balance(Wallet.FUNDING, "USDT"));
        assertEquals(List.of(FixChoice.MOVE_TO_SPOT), funding.choices());

        page.fix(funding, FixChoice.MOVE_TO_SPOT);

        assertTrue(dialogs.questions().isEmpty(), "moving between the user's own wallets asks nothing");
        assertTrue(page.results().get(0).startsWith("\u2713 Moved 250.00 USDT"), page.results().toString());
        assertAmount("662.37", free(Wallet.SPOT, "USDT"), "USDT in Spot: 412.37 and the 250.00 moved");
        assertAmount("0", free(Wallet.FUNDING, "USDT"), "free USDT left in Funding (80 stay in the P2P order)");
    }

    @Test
    void a_withdrawal_from_its_form_is_sent_only_to_a_checked_address_and_after_a_yes() throws Exception {
        FakeDialogs no = FakeDialogs.sayingNo();
        EligibilityViewModel page = page(no);
        List<WithdrawalFormViewModel> opened = new ArrayList<>();
        FindingRow usdt = finding(page, Condition.ZERO_BALANCE, balance(Wallet.SPOT, "USDT"));
        page.withdrawalForm(usdt, opened::add);
        WithdrawalFormViewModel form = opened.get(0);
        form.networkProperty().set(form.networks().stream().filter(n -> n.network().equals("TRX")).findFirst().orElseThrow());
        form.amountTextProperty().set("20");

        form.addressProperty().set("0xdAC17F958D2ee523a2206206994597C13D831ec7");
        page.withdraw(usdt, form);
        assertTrue(no.questions().isEmpty(), "an address of another network is never sent: " + no.questions());

        form.addressProperty().set("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
        assertFalse(page.withdraw(usdt, form), "a no on the review sends nothing, and the form opens again");
        assertEquals(List.of("Withdraw 20 USDT on Tron (TRC20)?"), no.questions());
        assertEquals("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", form.addressProperty().get(), "as the person typed it");
        assertEquals("20", form.amountTextProperty().get());
        Review review = no.reviews().get(0);
        assertEquals("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", review.destination().address(), "the review names the address");
        assertEquals("Tron (TRC20)", review.destination().network());
        assertAmount("19", review.arrives().amount(), "what arrives after the 1 USDT fee");
        assertAmount("1", review.fee().amount(), "the fee");
        assertAmount("20", review.usdValue(), "its value");
        assertTrue(review.irreversible(), "a withdrawal cannot be undone");
        assertEquals(0, gateway.calls("perform"), "a no sends nothing");
    }

    @Test
    void redeeming_locked_earn_early_asks_first_naming_the_rewards_forfeited() throws Exception {
        FakeDialogs dialogs = FakeDialogs.sayingNo();
        EligibilityViewModel page = page(dialogs);

        page.fix(finding(page, Condition.NO_ACTIVE_EARN, item("locked-eth-90")), FixChoice.PERFORM);

        assertEquals(List.of("Redeem locked-eth-90 before it matures? You forfeit 0.0041 ETH of rewards."), dialogs.questions());
        assertEquals(0, gateway.calls("perform"));
        assertTrue(anyFinding(page, item("locked-eth-90")));
    }

    @Test
    void agreeing_to_an_early_redemption_redeems_it() throws Exception {
        EligibilityViewModel page = page(FakeDialogs.sayingYes());

        page.fix(finding(page, Condition.NO_ACTIVE_EARN, item("locked-eth-90")), FixChoice.PERFORM);

        assertTrue(page.results().get(0).startsWith("\u2713 Redeemed locked-eth-90"), page.results().toString());
        assertFalse(anyFinding(page, item("locked-eth-90")));
    }

    @Test
    void redeeming_flexible_earn_asks_nothing() throws Exception {
        FakeDialogs dialogs = FakeDialogs.sayingNo();
        EligibilityViewModel page = page(dialogs);

        page.fix(finding(page, Condition.NO_ACTIVE_EARN, item("flex-usdt")), FixChoice.PERFORM);

        assertTrue(dialogs.questions().isEmpty());
        assertFalse(anyFinding(page, item("flex-usdt")));
    }

    @Test
    void once_everything_is_cleared_the_page_says_every_condition_is_met_and_the_user_may_go_on() throws Exception {
        EligibilityViewModel page = page(FakeDialogs.sayingNo());
        assertFalse(page.validProperty().get());

        ui.clearEverything();
        page.checkAgain();

        assertTrue(page.validProperty().get());
        assertEquals("Every condition is met: you can go on to security verification.", page.summaryProperty().get());
        assertTrue(page.conditions().stream().allMatch(c -> c.met() && c.findings().isEmpty()), page.conditions()::toString);
        assertEquals(7, page.conditions().size());
    }

    @Test
    void when_the_exchange_cannot_be_reached_the_page_says_so_in_plain_words() throws Exception {
        EligibilityViewModel page = page(FakeDialogs.sayingYes());
        gateway.goDown(DISK_FULL);

        page.checkAgain();
        assertEquals(DISK_FULL_IN_WORDS, page.errorProperty().get());
        assertFalse(page.busyProperty().get(), "the page does not stay busy");

        page.fix(finding(page, Condition.NO_ACTIVE_EARN, item("flex-usdt")), FixChoice.PERFORM);
        assertEquals(DISK_FULL_IN_WORDS, page.errorProperty().get());
        assertFalse(page.busyProperty().get());

        page.fixEverything();
        assertEquals(DISK_FULL_IN_WORDS, page.errorProperty().get());
        assertFalse(page.busyProperty().get());
    }

    @Test
    void a_failed_fix_that_works_when_tried_again_leaves_no_error_behind() throws Exception {
        EligibilityViewModel page = page(FakeDialogs.sayingYes());
        FindingRow flexible = finding(page, Condition.NO_ACTIVE_EARN, item("flex-usdt"));
        gateway.goDown(DISK_FULL);
        page.fix(flexible, FixChoice.PERFORM);
        assertEquals(DISK_FULL_IN_WORDS, page.errorProperty().get());

        gateway.comeBack();
        page.fix(flexible, FixChoice.PERFORM);

        assertFalse(anyFinding(page, item("flex-usdt")), "redeemed the second time");
        assertEquals("", page.errorProperty().get(), "the failure is over: no error stays on the page");
    }

    @Test
    void on_the_demo_every_fix_runs_in_closeout_so_nothing_opens_a_website() {
        EligibilityViewModel page = page(FakeDialogs.sayingYes());

        assertTrue(findings(page).stream().noneMatch(f -> f.choices().contains(FixChoice.OPEN_ON_EXCHANGE)));
        assertEquals("", page.handOffNoteProperty().get());
        assertTrue(ui.opened.isEmpty());
    }
}
