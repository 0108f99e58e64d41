package dev.closeout.closure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.Snapshots;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Wallet;
import dev.closeout.closure.Checklist.Line;
import dev.closeout.closure.Checklist.Note;
import dev.closeout.closure.SmallBalances.Keep;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.ExchangeGateway;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a bulk run lists before it runs, what it ticks, and that it runs only what stays ticked. */
class ChecklistTest {

    /** Small balances: SHIB alone; USDT left in Cross Margin beside 400 in Spot; CAKE in two wallets, worth a sale together. */
    private static final AccountSnapshot SMALL = Snapshots.snapshot("""
            "prices": { "BTC": "91250", "BNB": "612.40", "USDT": "1", "SHIB": "0.0000094", "CAKE": "2.31" },
            "balances": [
              { "wallet": "SPOT", "asset": "USDT", "free": "400" },
              { "wallet": "CROSS_MARGIN", "asset": "USDT", "free": "14.99" },
              { "wallet": "SPOT", "asset": "SHIB", "free": "120350" },
              { "wallet": "SPOT", "asset": "CAKE", "free": "1" },
              { "wallet": "FUNDING", "asset": "CAKE", "free": "2" } ]""");

    /** An exchange that takes every action and remembers each. */
    private static final class Taking implements ExchangeGateway {
        final List<AccountAction> performed = new ArrayList<>();
        private final AccountSnapshot snapshot;

        Taking(AccountSnapshot snapshot) {
            this.snapshot = snapshot;
        }

        @Override
        public String id() {
            return "demo";
        }

        @Override
        public AccountSnapshot snapshot() {
            return snapshot;
        }

        @Override
        public ActionResult perform(AccountAction action) {
            performed.add(action);
            return ActionResult.done("action.demo.advanced");
        }
    }

    @Test
    void a_small_balance_is_converted_only_when_it_cannot_leave_better() {
        Map<String, Keep> keep = SmallBalances.of(SMALL).stream().collect(Collectors.toMap(SmallBalances.Small::asset, SmallBalances.Small::keep));

        assertEquals(Map.of("USDT", Keep.LEAVES_WITH_REST, "SHIB", Keep.CONVERT, "CAKE", Keep.SELLS_FOR_MORE), keep);
        assertEquals(Set.of("SHIB"), SmallBalances.toConvert(SMALL), "14.99 USDT never becomes BNB at 2 %");
    }

    @Test
    void the_stablecoin_and_what_sells_for_more_are_listed_unticked_saying_why_and_each_line_says_what_it_gives() throws Exception {
        Checklist checklist = new ClosureService(new Taking(SMALL)).checklist(f -> true, true);

        Map<AccountAction, Line> lines = checklist.lines().stream().collect(Collectors.toMap(Line::action, l -> l));
        Line usdt = lines.get(new AccountAction.ConvertDust(Set.of("USDT")));
        assertEquals(Note.LEAVES_WITH_REST, usdt.note());
        assertFalse(usdt.ticked());
        assertEquals(Note.SELLS_FOR_MORE, lines.get(new AccountAction.ConvertDust(Set.of("CAKE"))).note());
        Line shib = lines.get(new AccountAction.ConvertDust(Set.of("SHIB")));
        assertTrue(shib.ticked());
        assertEquals(0, new BigDecimal("0.00181035").compareTo(shib.review().orElseThrow().parts().get(0).gives().amount()));
        assertTrue(lines.get(new AccountAction.Transfer("USDT", Wallet.CROSS_MARGIN, Wallet.SPOT, new BigDecimal("14.99"))).ticked(),
                "moving it to Spot, free, is among them");
    }

    @Test
    void the_small_balances_ticked_become_one_conversion_and_nothing_unticked_runs() throws Exception {
        AccountSnapshot dust = Snapshots.snapshot("""
                "prices": { "BTC": "91250", "BNB": "612.40", "SHIB": "0.0000094", "DOGE": "0.162", "XRP": "2.21" },
                "balances": [
                  { "wallet": "SPOT", "asset": "SHIB", "free": "120350" },
                  { "wallet": "SPOT", "asset": "DOGE", "free": "3.1" },
                  { "wallet": "SPOT", "asset": "XRP", "free": "0.42" } ]""");
        Taking exchange = new Taking(dust);
        ClosureService service = new ClosureService(exchange);
        List<Line> kept = service.checklist(f -> true, true).ticked().stream()
                .filter(l -> !l.action().equals(new AccountAction.ConvertDust(Set.of("DOGE")))).toList();

        List<Checklist.Attempt> attempts = service.run(kept, a -> { });

        assertEquals(List.of(new AccountAction.ConvertDust(Set.of("SHIB", "XRP"))), exchange.performed);
        assertEquals(2, attempts.size(), "each line has its answer");
    }

    @Test
    void on_the_typical_account_nothing_that_forfeits_makes_a_loss_real_tells_someone_or_closes_for_good_is_ticked() throws Exception {
        Checklist checklist = new ClosureService(new Taking(Findings.typical())).checklist(f -> true, true);

        for (Line line : checklist.lines()) {
            boolean decision = line.action() instanceof AccountAction.ClosePosition || line.action() instanceof AccountAction.ReleaseP2pOrder
                    || line.action() instanceof AccountAction.CancelP2pOrder || line.action() instanceof AccountAction.CloseSubAccount
                    || line.action().equals(new AccountAction.RedeemEarn("locked-eth-90"));
            if (decision) {
                assertEquals(Note.DECISION, line.note(), line::toString);
                assertFalse(line.ticked(), line::toString);
            }
        }
        assertTrue(checklist.lines().stream().anyMatch(l -> l.action().equals(new AccountAction.CancelOrder("884120")) && l.ticked()));
        assertEquals(checklist.lines().size(), checklist.lines().stream().map(Line::action).distinct().count(), "nothing twice");
    }

    @Test
    void an_appeal_filed_through_closeout_is_listed_as_filed_and_cannot_be_ticked() throws Exception {
        ClosureService service = new ClosureService(new Taking(Snapshots.snapshot("""
                "p2pOrders": [ { "id": "30702", "side": "BUY", "asset": "USDT", "amount": "45", "status": "APPEALING" } ]""")));
        assertEquals(Note.SUPPORT_REQUEST, service.checklist(f -> true, true).lines().get(0).note());

        service.perform(new AccountAction.SettleP2pAppeal("30702"));

        Line filed = service.checklist(f -> true, true).lines().get(0);
        assertEquals(Note.ALREADY_FILED, filed.note());
        assertFalse(filed.note().runnable());
    }
}
