package dev.closeout.ui.wizard.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.Wallet;
import dev.closeout.closure.Condition;
import dev.closeout.closure.Finding;
import dev.closeout.closure.FindingKind;
import dev.closeout.closure.Fix;
import dev.closeout.closure.FixChoice;
import dev.closeout.exchange.binance.FakeBinance.Answer;
import dev.closeout.ui.BinanceUi;
import dev.closeout.ui.FakeDialogs;
import java.net.URI;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Eligibility step on a Binance account: what Binance's API allows runs here, everything else opens its page on binance.com. */
class EligibilityOnBinanceTest {

    private final BinanceUi ui = new BinanceUi();

    @AfterEach
    void stop() {
        ui.close();
    }

    private EligibilityViewModel page() {
        EligibilityViewModel page = new EligibilityViewModel(ui.account, FakeDialogs.sayingYes());
        page.entered();
        return page;
    }

    private static List<FindingRow> findings(EligibilityViewModel page) {
        return page.conditions().stream().flatMap(c -> c.findings().stream()).toList();
    }

    private static FindingRow finding(EligibilityViewModel page, Predicate<Finding> which) {
        return findings(page).stream().filter(f -> which.test(f.finding())).findFirst()
                .orElseThrow(() -> new AssertionError("no such finding: " + findings(page)));
    }

    @Test
    void the_sample_account_lists_the_conditions_closeout_check_reports() {
        EligibilityViewModel page = page();

        assertEquals(List.of(Condition.ZERO_BALANCE, Condition.NO_OPEN_ORDERS, Condition.NO_ACTIVE_EARN, Condition.NO_SUB_ACCOUNTS,
                Condition.NO_PENDING_TRANSFERS), page.conditions().stream().filter(c -> !c.met()).map(ConditionRow::condition).toList());
        assertEquals(List.of(19, 9, 6, 2, 1), page.conditions().stream().filter(c -> !c.met()).map(c -> c.findings().size()).toList());
        assertFalse(page.validProperty().get());
    }

    @Test
    void with_a_key_that_may_only_read_every_fix_opens_on_binance_and_waiting_has_no_button() {
        ui.binance.keySwitches(false);
        EligibilityViewModel page = page();

        for (FindingRow row : findings(page)) {
            List<FixChoice> expected = row.finding().fix() == Fix.WAIT_FOR_TRANSFER ? List.of() : List.of(FixChoice.OPEN_ON_EXCHANGE);
            assertEquals(expected, row.choices(), row.item());
        }
        assertTrue(page.handOffNoteProperty().get().startsWith("Binance does not let Closeout do every fix"),
                page.handOffNoteProperty().get());
        FindingRow btc = finding(page, f -> f.kind() == FindingKind.BALANCE && f.wallet() == Wallet.SPOT && f.asset().equals("BTC"));
        assertEquals("Open on Binance", page.choiceLabel(btc, FixChoice.OPEN_ON_EXCHANGE));
    }

    @Test
    void open_on_binance_opens_the_exact_page_of_the_fix_and_sends_binance_nothing() {
        ui.binance.keySwitches(false);
        EligibilityViewModel page = page();

        page.fix(finding(page, f -> f.kind() == FindingKind.BALANCE && f.wallet() == Wallet.SPOT && f.asset().equals("BTC")),
                FixChoice.OPEN_ON_EXCHANGE);
        page.fix(finding(page, f -> f.kind() == FindingKind.STAKING && f.id().equals("eth-staking")), FixChoice.OPEN_ON_EXCHANGE);
        page.fix(finding(page, f -> f.kind() == FindingKind.ORDER && f.id().equals("coinm-1917641")), FixChoice.OPEN_ON_EXCHANGE);

        assertEquals(List.of(URI.create("https://www.binance.com/en/my/wallet/account/main/withdrawal/crypto/BTC"),
                URI.create("https://www.binance.com/en/eth2"), URI.create("https://www.binance.com/en/my/orders/futures/openorder")),
                ui.opened);
        assertEquals(List.of(), ui.binance.changesSent());
        assertEquals(List.of(), page.results(), "opening a page is no result of a fix");
    }

    @Test
    void coming_back_from_binance_checks_the_account_again_once() {
        EligibilityViewModel page = page();
        int before = ui.reads();

        page.fix(finding(page, f -> f.kind() == FindingKind.SUB_ACCOUNT), FixChoice.OPEN_ON_EXCHANGE);
        ui.account.handOff().windowFocused(false);
        ui.account.handOff().windowFocused(true);
        ui.account.handOff().windowFocused(true);

        assertEquals(before + 1, ui.reads());
        assertEquals(List.of(URI.create("https://www.binance.com/en/my/sub-account/management")), ui.opened);
    }

    @Test
    void with_a_trading_key_cancelling_an_order_runs_here_against_binance_and_the_account_is_read_again() {
        ui.binance.keyMayTrade();
        ui.binance.route("DELETE", "/api/v3/order", (request, call) -> Answer.ok("{\"status\": \"CANCELED\"}"));
        EligibilityViewModel page = page();
        FindingRow order = finding(page, f -> f.kind() == FindingKind.ORDER && f.id().equals("1"));
        assertEquals(List.of(FixChoice.PERFORM), order.choices());
        assertEquals(List.of(FixChoice.OPEN_ON_EXCHANGE),
                finding(page, f -> f.kind() == FindingKind.EARN && f.id().equals("123123")).choices(), "locked Earn stays on Binance");
        assertEquals(List.of(FixChoice.PERFORM), finding(page, f -> f.kind() == FindingKind.EARN && f.id().equals("USDT001")).choices());
        int before = ui.reads();

        page.fix(order, FixChoice.PERFORM);

        assertEquals(List.of("DELETE /api/v3/order"), ui.binance.changesSent());
        assertEquals("LTCBTC", ui.binance.requests("/api/v3/order").get(0).param("symbol"));
        assertEquals(List.of("\u2713 Order 1 LTCBTC cancelled."), page.results());
        assertEquals(before + 1, ui.reads());
        assertEquals(List.of(), ui.opened);
    }
}
