package dev.closeout.ui.wizard.eligibility;

import static dev.closeout.ui.wizard.eligibility.Rows.anyFinding;
import static dev.closeout.ui.wizard.eligibility.Rows.balance;
import static dev.closeout.ui.wizard.eligibility.Rows.finding;
import static dev.closeout.ui.wizard.eligibility.Rows.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.Wallet;
import dev.closeout.closure.Checklist;
import dev.closeout.closure.Condition;
import dev.closeout.closure.Fix;
import dev.closeout.closure.FixChoice;
import dev.closeout.exchange.AccountAction;
import dev.closeout.ui.FakeDialogs;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** "Fix everything" as a checklist of what will run, the answers at their rows, and what can run now at each row. */
class FixEverythingTest extends SeededEligibility {

    @Test
    void fix_everything_first_lists_what_would_run_and_ticks_nothing_that_forfeits_tells_someone_closes_for_good_or_files() {
        FakeDialogs no = FakeDialogs.sayingNo();
        EligibilityViewModel page = page(no);

        page.fixEverything();

        assertEquals(1, no.checklists().size(), "the checklist is shown before anything runs");
        assertEquals(0, gateway.calls("perform"), "a no runs nothing");
        Checklist checklist = no.checklists().get(0);
        Map<AccountAction, Boolean> ticked = new HashMap<>();
        checklist.lines().forEach(l -> assertEquals(null, ticked.put(l.action(), l.ticked()), () -> "listed twice: " + l));
        assertEquals(true, ticked.get(new AccountAction.CancelOrder("884120")));
        assertEquals(true, ticked.get(new AccountAction.RedeemEarn("flex-usdt")));
        assertEquals(true, ticked.get(new AccountAction.Transfer("USDT", Wallet.FUNDING, Wallet.SPOT, new BigDecimal("250.00"))),
                "the free move to Spot is among them");
        assertEquals(false, ticked.get(new AccountAction.RedeemEarn("locked-eth-90")), "early redemption forfeits rewards");
        assertEquals(false, ticked.get(new AccountAction.ClosePosition(Wallet.USDM_FUTURES, "ETHUSDT")), "a loss becomes real");
        assertEquals(false, ticked.get(new AccountAction.CancelP2pOrder("30771")), "the other party is told");
        assertEquals(false, ticked.get(new AccountAction.SettleP2pAppeal("30702")), "a request with support in the person's name");
        assertEquals(false, ticked.get(new AccountAction.CloseSubAccount("alex.morgan+bots@example.com")), "closed for good");
        assertEquals(true, ticked.get(new AccountAction.ConvertDust(Set.of("SHIB"))), "each small balance on its own line");
        assertTrue(checklist.lines().stream().filter(l -> l.action() instanceof AccountAction.ConvertDust)
                .allMatch(l -> l.review().orElseThrow().parts().get(0).gives() != null), "each says the BNB it gives");
        assertTrue(page.results().isEmpty());
    }

    @Test
    void a_bulk_run_does_only_what_stayed_ticked_and_answers_at_each_row() throws Exception {
        FakeDialogs dialogs = FakeDialogs.sayingYes()
                .unticking(l -> l.action().equals(new AccountAction.ConvertDust(Set.of("DOGE"))));
        EligibilityViewModel page = page(dialogs);

        page.fixEverything();

        Matcher done = Pattern.compile("(\\d+) fixes run\\. Each answer is at its row\\.").matcher(page.results().get(0));
        assertTrue(done.matches(), page.results().toString());
        List<Checklist.Line> ran = dialogs.checklists().get(0).ticked().stream()
                .filter(l -> !l.action().equals(new AccountAction.ConvertDust(Set.of("DOGE")))).toList();
        long dust = ran.stream().filter(l -> l.action() instanceof AccountAction.ConvertDust).count();
        assertEquals(ran.size(), Integer.parseInt(done.group(1)), "an answer per line run");
        assertEquals(ran.size() - dust + 1, gateway.calls("perform"), "the small balances ticked are one conversion");
        assertTrue(finding(page, Condition.ZERO_BALANCE, balance(Wallet.SPOT, "SHIB")).gone(), "SHIB was converted");
        assertFalse(finding(page, Condition.ZERO_BALANCE, balance(Wallet.SPOT, "DOGE")).gone(), "DOGE was unticked: it stays");
        FindingRow order = finding(page, Condition.NO_OPEN_ORDERS, item("884120"));
        assertTrue(order.gone(), "the order is cancelled; its row stays where it was");
        assertEquals("\u2713 Order 884120 BTCUSDT cancelled.", order.result().text(), "the answer is at the row");
        assertTrue(order.choices().isEmpty());
        assertTrue(anyFinding(page, f -> f.fix() == Fix.CLOSE_POSITION), "a position is closed only when the user ticks it");
        assertTrue(anyFinding(page, item("locked-eth-90")), "early redemption forfeits rewards: only when the user ticks it");
        assertTrue(anyFinding(page, item("30771")), "a P2P trade with someone else is ended only when the user ticks it");
        assertFalse(page.busyProperty().get());

        page.checkAgain();
        assertTrue(page.conditions().stream().flatMap(c -> c.findings().stream()).noneMatch(r -> r.gone() || r.result() != null),
                "checked again, the answers are put away and the rows that are gone go too");
    }

    @Test
    void an_appeal_filed_once_is_offered_no_more_at_its_row_or_in_the_checklist() {
        FakeDialogs dialogs = FakeDialogs.sayingNo();
        EligibilityViewModel page = page(dialogs);
        FindingRow appeal = finding(page, Condition.NO_OPEN_P2P, item("30702"));

        page.fix(appeal, FixChoice.PERFORM);

        FindingRow filed = finding(page, Condition.NO_OPEN_P2P, item("30702"));
        assertTrue(filed.result().accepted(), filed::toString);
        assertEquals(List.of(), filed.choices(), "filed: no button to file it again");
        page.fixEverything();
        Checklist.Line line = dialogs.checklists().get(0).lines().stream()
                .filter(l -> l.action().equals(new AccountAction.SettleP2pAppeal("30702"))).findFirst().orElseThrow();
        assertEquals(Checklist.Note.ALREADY_FILED, line.note());
        assertFalse(line.ticked() || line.note().runnable(), "nothing is filed twice");
    }

    @Test
    void funds_held_by_a_p2p_order_offer_no_move_and_the_row_says_what_holds_them() {
        EligibilityViewModel page = page(FakeDialogs.sayingNo());
        page.fix(finding(page, Condition.ZERO_BALANCE, balance(Wallet.FUNDING, "USDT")), FixChoice.MOVE_TO_SPOT);
        page.checkAgain();

        FindingRow held = finding(page, Condition.ZERO_BALANCE, balance(Wallet.FUNDING, "USDT"));

        assertEquals(List.of(), held.choices(), "nothing of it can move now");
        assertEquals("80 USDT is held by P2P order 30771: cancel or complete it first.", held.fix());
    }

    @Test
    void a_p2p_order_waiting_for_payment_offers_cancelling_it_by_that_name_and_nothing_that_would_do_either() {
        EligibilityViewModel page = page(FakeDialogs.sayingNo());

        FindingRow p2p = finding(page, Condition.NO_OPEN_P2P, item("30771"));

        assertEquals(List.of(FixChoice.CANCEL_P2P), p2p.choices());
        assertEquals("Cancel the P2P order", page.choiceLabel(p2p, FixChoice.CANCEL_P2P));
    }
}
