package dev.closeout.exchange.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Balance;
import dev.closeout.account.Profile;
import dev.closeout.account.Wallet;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.Finding;
import dev.closeout.closure.Fix;
import dev.closeout.closure.ReadinessReport;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ActionResult.Outcome;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.DemoControls;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.exchange.VerificationMethod;
import dev.closeout.i18n.Messages;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The seeded demo account as the tests meet it, and the few steps several tests share. */
public final class DemoFixtures {

    /** When every test's demo exchange is seeded: a step boundary of the authenticator (a multiple of 30 s). */
    static final Instant START = Instant.parse("2026-11-24T09:30:00Z");
    static final String EMAIL = "alex.morgan@example.com";
    static final String SUB_ACCOUNT = "alex.morgan+bots@example.com";
    static final String TRON_ADDRESS = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private DemoFixtures() {
    }

    static DemoExchange open(Path folder) throws ExchangeException {
        return DemoExchange.open(folder, Clock.fixed(START, ZoneOffset.UTC), new SecureRandom(), DemoSettings.defaults());
    }

    /** Closes {@code open} (one writer per folder) and opens its folder again, as a restart would. */
    static DemoExchange reopen(DemoExchange open, Path folder) throws ExchangeException {
        open.close();
        return open(folder);
    }

    static Optional<Balance> line(AccountSnapshot s, Wallet wallet, String asset) {
        return s.balances().stream().filter(b -> b.wallet() == wallet && b.asset().equals(asset)).findFirst();
    }

    /** The free amount of an asset in a wallet; zero when there is no line. */
    static BigDecimal free(AccountSnapshot s, Wallet wallet, String asset) {
        return line(s, wallet, asset).map(Balance::free).orElse(BigDecimal.ZERO);
    }

    /** The amount locked in orders or escrow; zero when none. */
    static BigDecimal locked(AccountSnapshot s, Wallet wallet, String asset) {
        return line(s, wallet, asset).map(Balance::locked).orElse(BigDecimal.ZERO);
    }

    /** Amounts compared by value: "0.50" is "0.5". */
    static void assertAmount(String expected, BigDecimal actual, String what) {
        assertTrue(actual != null && new BigDecimal(expected).compareTo(actual) == 0,
                () -> what + ": expected " + expected + " but was " + (actual == null ? null : actual.toPlainString()));
    }

    static void assertResult(Outcome outcome, String messageKey, List<String> args, ActionResult actual) {
        assertEquals(new ActionResult(outcome, messageKey, args), actual);
        assertSaidInWords(actual);
    }

    /** The result's message is in the bundle and every argument it refers to is there. */
    static void assertSaidInWords(ActionResult result) {
        assertTrue(MESSAGES.containsKey(result.messageKey()), () -> "no text for " + result.messageKey());
        Matcher placeholder = PLACEHOLDER.matcher(MESSAGES.getString(result.messageKey()));
        while (placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            assertTrue(index < result.args().size(), () -> result.messageKey() + " refers to {" + index + "}, missing in " + result.args());
        }
    }

    /** Performs an action that must be refused with this message and these arguments, and leave the account as it was. */
    static void assertRefusedAndNothingChanged(ExchangeGateway exchange, AccountAction action, String messageKey, String... args)
            throws ExchangeException {
        AccountSnapshot before = exchange.snapshot();
        ActionResult result = exchange.perform(action);
        assertResult(Outcome.REFUSED, messageKey, List.of(args), result);
        assertEquals(before, exchange.snapshot(), () -> "a refused " + action + " changed the account");
    }

    /** The snapshot apart from when it was taken: what the account holds, for comparing across time. */
    static AccountSnapshot records(AccountSnapshot s) {
        return new AccountSnapshot(s.schemaVersion(), s.source(), Instant.EPOCH, s.profile(), s.prices(), s.balances(),
                s.positions(), s.earn(), s.staking(), s.launchpool(), s.launchpad(), s.openOrders(), s.p2pOrders(),
                s.subAccounts(), s.pendingTransfers(), s.apiKeys(), s.recurringPlans(), s.walletTotals(), s.unknown());
    }

    static AccountSnapshot withProfile(AccountSnapshot s, Profile profile) {
        return new AccountSnapshot(s.schemaVersion(), s.source(), s.takenAt(), profile, s.prices(), s.balances(),
                s.positions(), s.earn(), s.staking(), s.launchpool(), s.launchpad(), s.openOrders(), s.p2pOrders(),
                s.subAccounts(), s.pendingTransfers(), s.apiKeys(), s.recurringPlans(), s.walletTotals(), s.unknown());
    }

    /** The newest code the demo's inbox received by email or SMS. */
    static String lastCode(DemoControls demo, VerificationMethod channel) throws ExchangeException {
        List<DemoControls.InboxMessage> inbox = demo.inbox();
        for (int i = inbox.size() - 1; i >= 0; i--) {
            if (inbox.get(i).channel() == channel) {
                return inbox.get(i).code();
            }
        }
        throw new AssertionError("no " + channel + " code in the inbox");
    }

    /** A six-digit code that is certainly not {@code code}. */
    static String wrong(String code) {
        return String.format(Locale.ROOT, "%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    /** Sends and enters a code for every required method, the authenticator's from the demo's app. */
    public static void verifyEverything(ExchangeGateway exchange, DemoControls demo) throws ExchangeException {
        for (VerificationMethod method : exchange.requiredVerification()) {
            String code;
            if (method == VerificationMethod.AUTHENTICATOR) {
                code = demo.authenticatorCode();
            } else {
                ActionResult sent = exchange.sendCode(method);
                assertTrue(sent.accepted(), () -> method + " code not sent: " + sent);
                code = lastCode(demo, method);
            }
            var status = exchange.verify(method, code);
            assertTrue(status.lastProblem().isEmpty(), () -> method + " code refused: " + status);
        }
        assertTrue(exchange.verificationStatus().complete());
    }

    /**
     * Clears every blocker of the seeded account the way a user would (the journey's steps):
     * what a checklist ticks to begin with, the fixes that move money, the sub-account, the waits, every wallet emptied
     * and the rest withdrawn. The account ends eligible, about 65 days after seeding.
     */
    public static void clearEverything(ClosureService service, DemoControls demo) throws ExchangeException {
        var attempts = service.run(service.checklist(f -> true, false).ticked(), attempt -> { });
        assertTrue(attempts.stream().allMatch(a -> a.result().accepted()), () -> "safe fixes refused: " + attempts);
        assertTrue(service.perform(new AccountAction.SettleP2pAppeal("30702")).accepted(), "the appeal, filed when the user ticks it");
        for (Fix fix : List.of(Fix.CLOSE_POSITION, Fix.REPAY_LIABILITY, Fix.COMPLETE_OR_CANCEL_P2P, Fix.REDEEM_EARN)) {
            Optional<Finding> next;
            while ((next = service.check().report().blockers().stream().filter(f -> f.fix() == fix).findFirst()).isPresent()) {
                Finding f = next.get();
                assertTrue(service.fix(f).accepted(), () -> "fix refused: " + f);
            }
        }
        assertTrue(service.perform(new AccountAction.SweepSubAccount(SUB_ACCOUNT)).accepted());
        assertTrue(service.perform(new AccountAction.CloseSubAccount(SUB_ACCOUNT)).accepted());
        demo.advance(Duration.ofDays(65));
        for (Balance b : service.check().snapshot().balances()) {
            if (b.wallet() != Wallet.SPOT && b.free().signum() > 0) {
                ActionResult moved = service.perform(new AccountAction.Transfer(b.asset(), b.wallet(), Wallet.SPOT, b.free()));
                assertTrue(moved.accepted(), () -> "transfer refused: " + b + " " + moved);
            }
        }
        assertTrue(service.perform(new AccountAction.ConvertDust(Set.of())).accepted());
        for (Balance b : service.check().snapshot().balances()) {
            if (b.wallet() == Wallet.SPOT && b.free().signum() > 0 && !b.asset().equals("USDT")) {
                ActionResult sold = service.perform(new AccountAction.SellToUsdt(Wallet.SPOT, b.asset()));
                assertTrue(sold.accepted(), () -> "sale refused: " + b + " " + sold);
            }
        }
        BigDecimal usdt = free(service.check().snapshot(), Wallet.SPOT, "USDT");
        assertEquals(Outcome.PENDING, service.perform(new AccountAction.Withdraw("USDT", "TRX", TRON_ADDRESS, usdt)).outcome());
        demo.advance(Duration.ofHours(1));
        ReadinessReport ready = service.check().report();
        assertTrue(ready.eligible(), () -> "still blocked: " + ready.blockers());
    }

    // The state file, for what the public API cannot set up: read and written while no exchange has it open.

    static ObjectNode readState(Path folder) throws IOException {
        return (ObjectNode) JSON.readTree(folder.resolve("exchange.json").toFile());
    }

    static void writeState(Path folder, JsonNode state) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve("exchange.json").toFile(), state);
    }

    /** The balance line of the saved account. */
    static ObjectNode savedLine(ObjectNode state, Wallet wallet, String asset) {
        for (JsonNode b : state.path("account").path("balances")) {
            if (b.path("wallet").asText().equals(wallet.name()) && b.path("asset").asText().equals(asset)) {
                return (ObjectNode) b;
            }
        }
        throw new AssertionError("no saved " + wallet + " " + asset + " line");
    }

    static List<JsonNode> auditLines(Path folder) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("audit.jsonl"))) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }
}
