package dev.closeout.closure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Wallet;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.exchange.WebPage;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The buttons each finding of the spec's typical account gets, and what each asks of the exchange. */
class FixChoicesTest {

    private static final AccountSnapshot TYPICAL = Findings.typical();

    /** An exchange that does everything through its API, or, with {@code pages}, has a page for what Closeout may not do. */
    private static ClosureService exchange(Predicate<WebPage> pages) {
        return new ClosureService(new ExchangeGateway() {
            @Override
            public String id() {
                return "test";
            }

            @Override
            public AccountSnapshot snapshot() {
                return TYPICAL;
            }

            @Override
            public Optional<URI> pageFor(WebPage page) {
                return pages.test(page) ? Optional.of(URI.create("https://exchange.test/page")) : Optional.empty();
            }
        });
    }

    private static Finding finding(Predicate<Finding> which) {
        return Eligibility.evaluate(TYPICAL).blockers().stream().filter(which).findFirst().orElseThrow();
    }

    private static Finding balance(Wallet wallet, String asset) {
        return finding(f -> f.kind() == FindingKind.BALANCE && f.wallet() == wallet && asset.equals(f.asset()));
    }

    @Test
    void a_spot_balance_worth_an_order_is_sold_or_withdrawn_other_wallets_move_to_spot_first() {
        ClosureService service = exchange(page -> false);

        assertEquals(List.of(FixChoice.SELL, FixChoice.WITHDRAW), service.choices(balance(Wallet.SPOT, "BTC"), TYPICAL));
        assertEquals(List.of(FixChoice.WITHDRAW), service.choices(balance(Wallet.SPOT, "BNB"), TYPICAL), "1.90 USD is under an order");
        assertEquals(List.of(FixChoice.MOVE_TO_SPOT), service.choices(balance(Wallet.FUNDING, "USDT"), TYPICAL));
    }

    @Test
    void a_finding_with_one_action_has_it_a_sub_account_is_emptied_first_and_a_wait_has_no_button() {
        ClosureService service = exchange(page -> false);

        assertEquals(List.of(FixChoice.PERFORM), service.choices(finding(f -> "884120".equals(f.id())), TYPICAL));
        assertEquals(List.of(FixChoice.SWEEP_SUB_ACCOUNT, FixChoice.PERFORM),
                service.choices(finding(f -> f.fix() == Fix.CLOSE_SUB_ACCOUNT), TYPICAL));
        assertEquals(List.of(), service.choices(finding(f -> f.fix() == Fix.WAIT_FOR_TRANSFER), TYPICAL));
    }

    @Test
    void what_the_exchange_does_only_on_its_website_becomes_one_button_that_opens_its_page() {
        ClosureService website = exchange(page -> !(page instanceof WebPage.ForAction doing
                && doing.action() instanceof AccountAction.SellToUsdt));

        assertEquals(List.of(FixChoice.SELL, FixChoice.OPEN_ON_EXCHANGE), website.choices(balance(Wallet.SPOT, "BTC"), TYPICAL));
        assertEquals(List.of(FixChoice.OPEN_ON_EXCHANGE), website.choices(finding(f -> "884120".equals(f.id())), TYPICAL));
    }

    @Test
    void each_choice_asks_the_exchange_for_one_action_moving_only_what_is_free() {
        ClosureService service = exchange(page -> false);
        Finding btc = balance(Wallet.SPOT, "BTC");

        assertEquals(new AccountAction.SellToUsdt(Wallet.SPOT, "BTC"), service.actionFor(btc, FixChoice.SELL, TYPICAL));
        assertEquals(new AccountAction.Transfer("USDT", Wallet.FUNDING, Wallet.SPOT, new BigDecimal("250.00")),
                service.actionFor(balance(Wallet.FUNDING, "USDT"), FixChoice.MOVE_TO_SPOT, TYPICAL));
        assertEquals(new AccountAction.SweepSubAccount("maria.k+grid@example.com"),
                service.actionFor(finding(f -> f.fix() == Fix.CLOSE_SUB_ACCOUNT), FixChoice.SWEEP_SUB_ACCOUNT, TYPICAL));
        assertEquals(new AccountAction.CancelOrder("884120"), service.actionFor(finding(f -> "884120".equals(f.id())), FixChoice.PERFORM,
                TYPICAL));
    }
}
