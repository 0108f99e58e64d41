package dev.closeout.closure;

import static dev.closeout.Snapshots.report;
import static dev.closeout.closure.Findings.only;
import static dev.closeout.closure.Findings.under;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.Snapshots;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a person reads about each finding, and what they are told to do. */
class ReportWordingTest {

    private final ReportWording wording = new ReportWording(Snapshots.ENGLISH);

    /** "item — fix" for the only finding under a condition, as the text report prints it. */
    private String line(String parts, Condition condition) {
        ReadinessReport report = report(parts);
        Finding finding = only(report, condition);
        return wording.item(finding) + " — " + wording.fix(finding, ReportWording.dayOf(report));
    }

    @Test
    void a_dust_balance_reads_as_amount_asset_wallet_and_USD_then_convert_to_BNB() {
        assertEquals("0.00000734 BTC in Spot (≈ 0.67 USD) — Convert to BNB", line("""
                "prices": { "BTC": "91250.00" },
                "balances": [ { "wallet": "SPOT", "asset": "BTC", "free": "0.00000734" } ]
                """, Condition.ZERO_BALANCE));
    }

    @Test
    void a_value_under_one_cent_reads_as_less_than_0_01_USD() {
        assertEquals("8,812.5 PEPE in Funding (< 0.01 USD) — Convert to BNB", line("""
                "prices": { "BTC": "91250.00", "PEPE": "0.0000001" },
                "balances": [ { "wallet": "FUNDING", "asset": "PEPE", "free": "8812.5" } ]
                """, Condition.ZERO_BALANCE));
    }

    @Test
    void large_USD_values_are_grouped_with_two_decimals() {
        assertEquals("0.0202 BTC in Spot (≈ 1,843.25 USD) — Withdraw or sell", line("""
                "prices": { "BTC": "91250.00" },
                "balances": [ { "wallet": "SPOT", "asset": "BTC", "free": "0.01520000", "locked": "0.00500000" } ]
                """, Condition.ZERO_BALANCE));
    }

    @Test
    void an_unpriced_balance_has_no_USD_part() {
        assertEquals("12 NEWCOIN in USDⓈ-M Futures — Withdraw or sell", line("""
                "balances": [ { "wallet": "USDM_FUTURES", "asset": "NEWCOIN", "free": "12" } ]
                """, Condition.ZERO_BALANCE));
    }

    @Test
    void a_margin_loan_says_what_is_held_and_what_is_owed_and_to_repay_the_owed_amount() {
        assertEquals("USDT in Cross Margin: 40.00 held, 25.0125 USDT owed (≈ 40.00 USD) — Repay 25.0125 USDT", line("""
                "prices": { "USDT": "1" },
                "balances": [ { "wallet": "CROSS_MARGIN", "asset": "USDT", "free": "40", "borrowed": "25", "interest": "0.0125" } ]
                """, Condition.ZERO_BALANCE));
    }

    @Test
    void a_negative_balance_is_repaid_by_the_amount_it_is_below_zero() {
        String line = line("""
                "prices": { "USDT": "1" },
                "balances": [ { "wallet": "USDM_FUTURES", "asset": "USDT", "free": "-3.2" } ]
                """, Condition.ZERO_BALANCE);

        assertFalse(line.contains("Repay 0 "), line);
        assertTrue(line.endsWith("Repay 3.20 USDT"), line);
    }

    @Test
    void an_isolated_margin_balance_names_its_pair() {
        assertEquals("0.5 BTC in Isolated Margin (BTCUSDT) — Withdraw or sell", line("""
                "balances": [ { "wallet": "ISOLATED_MARGIN", "asset": "BTC", "free": "0.5", "isolatedSymbol": "BTCUSDT" } ]
                """, Condition.ZERO_BALANCE));
    }

    @Test
    void open_PnL_on_a_balance_and_an_open_position_are_told_apart() {
        assertEquals("180.50 USDT in USDⓈ-M Futures — Close its open positions to realise the PnL", line("""
                "balances": [ { "wallet": "USDM_FUTURES", "asset": "USDT", "free": "180.5", "unrealizedPnl": "-12.40" } ]
                """, Condition.ZERO_BALANCE));
        assertEquals("ETHUSDT position of -0.25 in USDⓈ-M Futures — Close the position", line("""
                "positions": [ { "wallet": "USDM_FUTURES", "symbol": "ETHUSDT", "quantity": "-0.25" } ]
                """, Condition.ZERO_BALANCE));
    }

    @Test
    void an_order_names_its_id_and_symbol_and_a_grid_bot_is_stopped() {
        assertEquals("LIMIT order for 0.005 in Spot — Cancel order 884120 BTCUSDT", line("""
                "openOrders": [ { "id": "884120", "market": "SPOT", "symbol": "BTCUSDT", "type": "LIMIT", "quantity": "0.005" } ]
                """, Condition.NO_OPEN_ORDERS));
        assertEquals("GRID order in Spot — Stop grid bot grid-17 BNBUSDT", line("""
                "openOrders": [ { "id": "grid-17", "market": "SPOT", "symbol": "BNBUSDT", "type": "GRID" } ]
                """, Condition.NO_OPEN_ORDERS));
    }

    @Test
    void locked_Earn_that_may_leave_early_warns_that_rewards_may_be_forfeited() {
        assertEquals("Locked Earn locked-eth-90: 0.8 ETH, matures 2027-01-12 — Redeem early (rewards may be forfeited)",
                line("""
                        "earn": [ { "id": "locked-eth-90", "product": "LOCKED", "asset": "ETH", "amount": "0.8",
                                    "maturesOn": "2027-01-12", "earlyRedemption": "ALLOWED" } ]
                        """, Condition.NO_ACTIVE_EARN));
    }

    @Test
    void locked_Earn_that_matured_on_the_snapshot_day_is_simply_redeemed() {
        assertEquals("Locked Earn l-1: 0.8 ETH, matures 2026-11-24 — Redeem", line("""
                "earn": [ { "id": "l-1", "product": "LOCKED", "asset": "ETH", "amount": "0.8", "maturesOn": "2026-11-24",
                            "earlyRedemption": "ALLOWED" } ]
                """, Condition.NO_ACTIVE_EARN));
    }

    @Test
    void waiting_for_maturity_counts_the_days_from_the_snapshot_date() {
        assertEquals("Locked Earn l-1: 1 DOT, matures 2026-11-25 — Wait until 2026-11-25 (tomorrow)", line("""
                "earn": [ { "id": "l-1", "product": "LOCKED", "asset": "DOT", "amount": "1", "maturesOn": "2026-11-25" } ]
                """, Condition.NO_ACTIVE_EARN));
        assertEquals("Staking s-1: 1 DOT, released 2026-12-04 — Wait until 2026-12-04 (in 10 days)", line("""
                "staking": [ { "id": "s-1", "product": "LOCKED_STAKING", "asset": "DOT", "amount": "1", "releasesOn": "2026-12-04" } ]
                """, Condition.NO_ACTIVE_EARN));
    }

    @Test
    void locked_Earn_without_a_date_that_cannot_leave_early_waits_until_it_can_be_released() {
        ReadinessReport report = report("""
                "earn": [ { "id": "l-1", "product": "LOCKED", "asset": "DOT", "amount": "1", "earlyRedemption": "NOT_ALLOWED" } ]
                """);

        assertEquals("Wait until it can be released",
                wording.fix(only(report, Condition.NO_ACTIVE_EARN), ReportWording.dayOf(report)));
    }

    @Test
    void locked_Earn_without_a_maturity_date_does_not_say_it_matures_null() {
        ReadinessReport report = report("""
                "earn": [ { "id": "l-1", "product": "LOCKED", "asset": "DOT", "amount": "1", "earlyRedemption": "NOT_ALLOWED" } ]
                """);

        String item = wording.item(only(report, Condition.NO_ACTIVE_EARN));
        assertFalse(item.contains("null"), item);
    }

    @Test
    void Launchpool_and_Launchpad_funds_wait_for_the_project_end_with_its_date_where_known() {
        assertEquals("Launchpool Sample: 2 BNB, ends 2026-12-03 — Wait for the project to end on 2026-12-03", line("""
                "launchpool": [ { "id": "lp-1", "project": "Sample", "asset": "BNB", "amount": "2", "endsOn": "2026-12-03",
                                  "redeemable": false } ]
                """, Condition.ZERO_BALANCE));
        assertEquals("Launchpad Pad: 3 BNB — Wait for the project to end", line("""
                "launchpad": [ { "id": "lpd-1", "project": "Pad", "asset": "BNB", "amount": "3" } ]
                """, Condition.ZERO_BALANCE));
    }

    @Test
    void P2P_sub_account_transfer_and_account_findings_read_in_words() {
        assertEquals("P2P order 30771, under appeal: 80.00 USDT — Settle the appeal of P2P order 30771 with support", line("""
                "prices": { "USDT": "1" },
                "p2pOrders": [ { "id": "30771", "asset": "USDT", "amount": "80", "status": "APPEALING" } ]
                """, Condition.NO_OPEN_P2P));
        assertEquals("Sub-account grid@example.com (frozen) — Empty and close the sub-account", line("""
                "subAccounts": [ { "email": "grid@example.com", "status": "FROZEN" } ]
                """, Condition.NO_SUB_ACCOUNTS));
        assertEquals("Deposit dep-1: 50.00 USDT, still arriving — Wait for it to complete", line("""
                "pendingTransfers": [ { "id": "dep-1", "direction": "DEPOSIT", "asset": "USDT", "amount": "50" } ]
                """, Condition.NO_PENDING_TRANSFERS));
        assertEquals("The account is closing — Nothing to do: the account is already closing or closed", line("""
                "profile": { "accountId": "1", "email": "ana@example.com", "status": "CLOSING" }
                """, Condition.ACCOUNT_ACTIVE));
    }

    @Test
    void what_could_not_be_read_says_so_with_or_without_a_reason() {
        assertEquals("Could not read the Earn products: HTTP 500 — Check on the exchange's website", line("""
                "unknown": [ { "part": "earn", "reason": "HTTP 500" } ]
                """, Condition.NO_ACTIVE_EARN));
        assertEquals("Could not read the balances — Check on the exchange's website", line("""
                "unknown": [ { "part": "balances" } ]
                """, Condition.ZERO_BALANCE));
        assertEquals("Trading Bots wallet holds 0.0015 BTC; its items cannot be listed — Check on the exchange's website",
                line("""
                        "walletTotals": [ { "wallet": "TRADING_BOT", "btcValue": "0.0015", "itemized": false } ]
                        """, Condition.ZERO_BALANCE));
    }

    @Test
    void next_steps_say_how_many_things_each_fix_applies_to() {
        assertEquals("Convert 3 small balances to BNB (typically once every 6 hours).", wording.step(Fix.CONVERT_DUST, 3));
        assertEquals("Cancel the open order: they hold funds in place.", wording.step(Fix.CANCEL_ORDER, 1));
        assertEquals("Redeem 2 Earn products.", wording.step(Fix.REDEEM_EARN, 2));
    }

    @Test
    void the_next_steps_come_in_the_order_a_person_should_work_through_them_one_per_fix() {
        ReadinessReport report = report("""
                "prices": { "BTC": "100000", "XRP": "2" },
                "profile": { "accountId": "1", "email": "ana@example.com", "status": "FROZEN" },
                "balances": [ { "wallet": "SPOT", "asset": "BTC", "free": "1" }, { "wallet": "SPOT", "asset": "XRP", "free": "1" },
                              { "wallet": "FUNDING", "asset": "XRP", "free": "2" } ],
                "openOrders": [ { "id": "1", "market": "SPOT", "symbol": "BTCUSDT", "type": "LIMIT" } ],
                "pendingTransfers": [ { "id": "3", "direction": "DEPOSIT", "asset": "BTC", "amount": "1" } ]
                """);

        assertEquals(List.of(Fix.UNFREEZE_ACCOUNT, Fix.CANCEL_ORDER, Fix.CONVERT_DUST, Fix.WITHDRAW_OR_SELL,
                Fix.WAIT_FOR_TRANSFER), List.copyOf(report.nextSteps().keySet()));
        assertEquals(2L, report.nextSteps().get(Fix.CONVERT_DUST));
    }

    /** One snapshot holding every kind of item in every state that blocks: each must have words. */
    @Test
    void every_kind_of_finding_in_every_state_has_words_with_nothing_left_unfilled() {
        ReadinessReport report = report("""
                "prices": { "BTC": "100000", "USDT": "1" },
                "profile": { "accountId": "1", "email": "ana@example.com", "status": "FROZEN" },
                "balances": [ { "wallet": "SPOT", "asset": "BTC", "free": "0.00001" },
                              { "wallet": "FUNDING", "asset": "USDT", "free": "500" },
                              { "wallet": "CROSS_MARGIN", "asset": "USDT", "free": "1", "borrowed": "1" },
                              { "wallet": "ISOLATED_MARGIN", "asset": "USDT", "free": "1", "isolatedSymbol": "BTCUSDT" },
                              { "wallet": "COINM_FUTURES", "asset": "BTC", "free": "1", "unrealizedPnl": "0.1" },
                              { "wallet": "OPTIONS", "asset": "USDT", "free": "1" },
                              { "wallet": "TRADING_BOT", "asset": "USDT", "free": "1" },
                              { "wallet": "COPY_TRADING", "asset": "USDT", "free": "1" },
                              { "wallet": "USDM_FUTURES", "asset": "USDT", "free": "1" } ],
                "positions": [ { "wallet": "OPTIONS", "symbol": "BTC-261225-100000-C", "quantity": "1" } ],
                "earn": [ { "id": "e1", "product": "FLEXIBLE", "asset": "USDT", "amount": "1" },
                          { "id": "e2", "product": "LOCKED", "asset": "USDT", "amount": "1", "maturesOn": "2027-01-01" },
                          { "id": "e3", "product": "LOCKED", "asset": "USDT", "amount": "1", "maturesOn": "2027-01-01",
                            "earlyRedemption": "ALLOWED" } ],
                "staking": [ { "id": "s1", "product": "ETH_STAKING", "asset": "ETH", "amount": "1" },
                             { "id": "s2", "product": "SOL_STAKING", "asset": "SOL", "amount": "1", "releasesOn": "2027-01-01" } ],
                "launchpool": [ { "id": "lp1", "project": "A", "asset": "BNB", "amount": "1", "redeemable": true },
                                { "id": "lp2", "project": "B", "asset": "BNB", "amount": "1", "endsOn": "2027-01-01" } ],
                "launchpad": [ { "id": "ld1", "project": "C", "asset": "BNB", "amount": "1", "status": "SUBSCRIBED" } ],
                "openOrders": [ { "id": "o1", "market": "SPOT", "symbol": "BTCUSDT", "type": "LIMIT", "quantity": "1" },
                                { "id": "o2", "market": "SPOT", "symbol": "BTCUSDT", "type": "GRID" } ],
                "p2pOrders": [ { "id": "p1", "status": "PENDING_PAYMENT" }, { "id": "p2", "asset": "USDT", "amount": "1", "status": "PAID" },
                               { "id": "p3", "status": "APPEALING" } ],
                "subAccounts": [ { "email": "a@example.com", "status": "ACTIVE" }, { "email": "b@example.com", "status": "FROZEN" } ],
                "pendingTransfers": [ { "id": "t1", "direction": "DEPOSIT", "asset": "BTC", "amount": "1" },
                                      { "id": "t2", "direction": "WITHDRAWAL", "asset": "BTC", "amount": "1" } ],
                "walletTotals": [ { "wallet": "EARN", "btcValue": "1", "itemized": false } ],
                "unknown": [ { "part": "balances" }, { "part": "positions" }, { "part": "earn" }, { "part": "staking" },
                             { "part": "launchpool" }, { "part": "launchpad" }, { "part": "openOrders" },
                             { "part": "p2pOrders" }, { "part": "subAccounts" }, { "part": "pendingTransfers" },
                             { "part": "profile", "reason": "timeout" } ]
                """);

        Set<FindingKind> kinds = new HashSet<>();
        Set<Fix> fixes = new HashSet<>();
        for (ConditionResult result : report.conditions()) {
            for (Finding finding : under(report, result.condition())) {
                String text = wording.item(finding) + " — " + wording.fix(finding, ReportWording.dayOf(report));
                assertFalse(text.contains("{") || text.contains("}") || text.contains("null"), text);
                kinds.add(finding.kind());
                fixes.add(finding.fix());
            }
            assertFalse(wording.condition(result.condition()).isBlank());
        }
        report.nextSteps().forEach((fix, count) -> assertFalse(wording.step(fix, count).contains("{")));
        assertEquals(Set.of(FindingKind.values()), kinds);
        Set<Fix> all = new HashSet<>(Set.of(Fix.values()));
        all.remove(Fix.NONE);
        assertEquals(all, fixes, "every fix except NONE (a frozen account here)");
    }

    @Test
    void the_exchanges_answer_names_wallets_and_conditions_in_words() {
        assertEquals("Moved 250.00 USDT from Funding to Spot.", wording.answer(
                dev.closeout.exchange.ActionResult.done("action.transfer.done", "250.00", "USDT", "FUNDING", "SPOT")));
        assertEquals("Closure refused: the account no longer meets every condition (Every wallet at zero, dust included; "
                + "No open orders or running bots); 2 blockers remain. Check again.", wording.answer(
                dev.closeout.exchange.ActionResult.refused("action.closure.notEligible", "ZERO_BALANCE, NO_OPEN_ORDERS", "2")));
        assertEquals("Order 884120 BTCUSDT cancelled.", wording.answer(
                dev.closeout.exchange.ActionResult.done("action.order.cancelled", "884120", "BTCUSDT")));
    }
}
