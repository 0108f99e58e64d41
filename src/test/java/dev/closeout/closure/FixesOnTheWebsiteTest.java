package dev.closeout.closure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.closeout.Snapshots;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Wallet;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.exchange.WebPage;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * An exchange that lets Closeout cancel orders and redeem Earn, and has the person do
 * everything else on its website: each finding's fix either runs here or names the page.
 */
class FixesOnTheWebsiteTest {

    /**
     * Like Binance: two kinds of fix through the API, a page for every other, written here as the
     * page's description. Without a website, like the demo: every fix through the API.
     */
    private static final class Website implements ExchangeGateway {

        private final AccountSnapshot snapshot;
        private final boolean hasPages;
        private final List<AccountAction> performed = new ArrayList<>();

        Website(String example) throws Exception {
            this(example, true);
        }

        Website(String example, boolean hasPages) throws Exception {
            this.snapshot = Snapshots.reader().read(Files.readString(Snapshots.EXAMPLES.resolve(example)));
            this.hasPages = hasPages;
        }

        @Override
        public String id() {
            return "website";
        }

        @Override
        public AccountSnapshot snapshot() {
            return snapshot;
        }

        @Override
        public ActionResult perform(AccountAction action) {
            performed.add(action);
            return ActionResult.done("action.binance.orderCancelled", "1", "BTCUSDT");
        }

        @Override
        public Optional<URI> pageFor(WebPage page) {
            if (!hasPages) {
                return Optional.empty();
            }
            if (page instanceof WebPage.ForAction doing
                    && (doing.action() instanceof AccountAction.CancelOrder || doing.action() instanceof AccountAction.RedeemEarn)) {
                return Optional.empty();
            }
            String what = page instanceof WebPage.ForAction doing ? doing.action().getClass().getSimpleName() : page.toString();
            return Optional.of(URI.create("https://exchange.test/" + what.replaceAll("[^A-Za-z0-9]", "-")));
        }
    }

    private static Optional<String> page(ClosureService service, Predicate<Finding> which) throws Exception {
        Finding finding = service.check().report().conditions().stream().flatMap(c -> c.findings().stream()).filter(which)
                .findFirst().orElseThrow();
        return service.pageFor(finding).map(URI::toString);
    }

    private static Predicate<Finding> balance(Wallet wallet, String asset) {
        return f -> f.kind() == FindingKind.BALANCE && f.wallet() == wallet && f.asset().equals(asset);
    }

    @Test
    void balances_are_withdrawn_from_spot_and_funding_and_moved_there_from_any_other_wallet_on_the_website() throws Exception {
        ClosureService service = new ClosureService(new Website("typical.json"));

        assertEquals(Optional.of("https://exchange.test/Withdraw"), page(service, balance(Wallet.SPOT, "BTC")));
        assertEquals(Optional.of("https://exchange.test/Withdraw"), page(service, balance(Wallet.FUNDING, "USDT")));
        assertEquals(Optional.of("https://exchange.test/RepayMargin"), page(service, balance(Wallet.CROSS_MARGIN, "USDT")));
        assertEquals(Optional.of("https://exchange.test/Unstake"), page(service, f -> f.kind() == FindingKind.STAKING));
        assertEquals(Optional.of("https://exchange.test/CloseSubAccount"), page(service, f -> f.kind() == FindingKind.SUB_ACCOUNT));
    }

    @Test
    void fixes_the_exchange_lets_closeout_do_have_no_page_and_waiting_has_none_either() throws Exception {
        ClosureService service = new ClosureService(new Website("typical.json"));

        assertEquals(Optional.empty(), page(service, f -> f.kind() == FindingKind.ORDER && f.id().equals("884120")));
        assertEquals(Optional.empty(), page(service, f -> f.kind() == FindingKind.EARN && f.id().equals("flex-usdt")));
        assertEquals(Optional.empty(), page(service, f -> f.fix() == Fix.WAIT_FOR_TRANSFER));
    }

    @Test
    void a_wallet_total_without_items_and_an_unread_part_are_checked_on_their_pages() throws Exception {
        ClosureService service = new ClosureService(new Website("partial-view.json"));

        assertEquals(Optional.of("https://exchange.test/ForWallet-wallet-TRADING-BOT-"),
                page(service, f -> f.kind() == FindingKind.WALLET_TOTAL));
        assertEquals(Optional.of("https://exchange.test/ForPart-part-EARN-"), page(service, f -> f.kind() == FindingKind.UNKNOWN));
    }

    @Test
    void fix_everything_runs_only_what_the_exchange_lets_closeout_do() throws Exception {
        Website website = new Website("typical.json");

        ClosureService service = new ClosureService(website);
        List<Checklist.Attempt> attempts = service.run(service.checklist(f -> true, true).ticked(), attempt -> { });

        assertEquals(List.of("CancelOrder", "CancelOrder", "CancelOrder", "RedeemEarn"),
                website.performed.stream().map(a -> a.getClass().getSimpleName()).toList(),
                "the grid bot, the margin loan, staking, Launchpool and the rest are left to the website");
        assertEquals(4, attempts.size());
    }

    @Test
    void on_the_demo_every_fix_runs_here_so_no_finding_has_a_page() throws Exception {
        ClosureService demo = new ClosureService(new Website("typical.json", false));

        assertEquals(List.of(), demo.check().report().conditions().stream().flatMap(c -> c.findings().stream())
                .map(demo::pageFor).flatMap(Optional::stream).toList());
    }
}
