package dev.closeout.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.Snapshots;
import dev.closeout.account.AccountStatus;
import dev.closeout.account.EarnPosition;
import dev.closeout.account.P2pOrder;
import dev.closeout.account.PendingTransfer;
import dev.closeout.account.SubAccount;
import dev.closeout.account.UnknownPart;
import dev.closeout.account.Wallet;
import dev.closeout.account.history.HistoryPart;
import dev.closeout.closure.Alternative.Aspect;
import dev.closeout.closure.Alternative;
import dev.closeout.closure.Condition;
import dev.closeout.closure.Finding;
import dev.closeout.closure.Fix;
import dev.closeout.closure.FixChoice;
import dev.closeout.closure.plan.Step;
import dev.closeout.closure.export.ExportFormat;
import dev.closeout.closure.Checklist;
import dev.closeout.closure.Holds;
import dev.closeout.closure.Review;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.VerificationMethod;
import dev.closeout.exchange.VerificationStatus;
import dev.closeout.exchange.address.AddressCheck;
import dev.closeout.exchange.binance.HistoryReading;
import dev.closeout.exchange.binance.Reading;
import dev.closeout.exchange.binance.WebsiteOnlyRecords;
import dev.closeout.ui.alternatives.freeze.FreezeViewModel;
import dev.closeout.ui.shell.MainWindow;
import dev.closeout.ui.wizard.WizardStep;
import dev.closeout.ui.wizard.notice.NoticeViewModel;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every key the code asks for is in the bundle, and every key in the bundle is asked for.
 * Keys are found by reading the sources: the first argument of each {@code messages.get(…)}
 * (string literals, including both sides of a {@code ?:}), and of each {@code error("…")},
 * which Node prefixes with {@code snapshot.error.}. A literal followed by {@code +} is a
 * prefix; what follows it comes from an enum, so the enum's values are enumerated here.
 */
class MessageKeysTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLE = Path.of("src/main/resources/dev/closeout/i18n/messages.properties");
    private static final Pattern CALL = Pattern.compile("\\bmessages\\.get\\(|(?<![\\w.])error\\(|\\.error\\("
            + "|(?<![\\w.])(done|refused|pending)\\(|ActionResult\\.(done|refused|pending)\\(|new ExchangeException\\(|new ExportException\\("
            + "|new ActionResult\\([^,]+,|bundle\\.getString\\(|new BinanceApiException\\(");

    private static Properties bundle;
    private static final Set<String> literalKeys = new TreeSet<>();
    private static final Set<String> prefixes = new TreeSet<>();
    private static final Set<String> errorKeys = new TreeSet<>();
    private static final List<String> unreadableCalls = new ArrayList<>();

    /** A string literal in a call's first argument: its text, and whether code is added to it. */
    private record Literal(String text, boolean prefix) {
    }

    @BeforeAll
    static void readBundleAndSources() throws IOException {
        bundle = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            String source = Files.readString(file);
            Matcher call = CALL.matcher(source);
            while (call.find()) {
                boolean error = call.group().contains("error(") && !call.group().contains("ActionResult");
                List<Literal> literals = firstArgumentLiterals(source, call.end());
                String where = SOURCES.relativize(file) + ": " + source.substring(call.start(),
                        Math.min(source.length(), call.end() + 40)).replaceAll("\\s+", " ");
                if (literals.isEmpty()) {
                    // A key the exchange chose (an answer's or an error's messageKey) is checked by the tests of the exchange.
                    String argument = source.substring(call.end(), Math.min(source.length(), call.end() + 60)).strip();
                    boolean relayed = argument.contains("messageKey()") || argument.startsWith("messageKey,")
                            || argument.startsWith("key)");
                    // A method of that name declared with a text parameter (Result.refused(String text)), not a call with a key.
                    boolean declaration = source.startsWith("String ", call.end());
                    if (!relayed && !declaration) {
                        unreadableCalls.add(where);
                    }
                    continue;
                }
                for (Literal literal : literals) {
                    if (error && literal.prefix()) {
                        unreadableCalls.add(where);
                    } else if (error) {
                        errorKeys.add(literal.text());
                    } else if (literal.prefix()) {
                        prefixes.add(literal.text());
                    } else {
                        literalKeys.add(literal.text());
                    }
                }
            }
        }
    }

    /**
     * The string literals at the top level of the argument starting at {@code start}: not
     * those inside nested calls ({@code startsWith("-")}), which are not keys.
     */
    private static List<Literal> firstArgumentLiterals(String source, int start) {
        List<Literal> literals = new ArrayList<>();
        int depth = 0;
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (source.charAt(end) != '"') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                if (depth == 0) {
                    String rest = source.substring(end + 1).stripLeading();
                    literals.add(new Literal(source.substring(i + 1, end), rest.startsWith("+")));
                }
                i = end;
            } else if (c == '\'') {
                i = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        return literals;
    }

    /** What follows each prefix the code builds keys from. */
    private static Map<String, Set<String>> suffixesByPrefix() {
        return Map.ofEntries(
                Map.entry("condition.", names(Condition.values())),
                Map.entry("wallet.", names(Wallet.values())),
                Map.entry("fix.", names(Fix.values())),
                Map.entry("step.", names(Fix.values())),
                Map.entry("unknown.", Arrays.stream(UnknownPart.Part.values()).map(UnknownPart.Part::key).collect(Collectors.toSet())),
                Map.entry("finding.EARN.", names(EarnPosition.Product.values())),
                Map.entry("finding.TRANSFER.", names(PendingTransfer.Direction.values())),
                Map.entry("status.", statusesThatBlock()),
                Map.entry("snapshot.error.", errorKeys),
                Map.entry("action.withdraw.address.", names(AddressCheck.Problem.values())),
                Map.entry("action.verification.", withAccepted(names(VerificationStatus.Problem.values()))),
                Map.entry("ui.demo.inbox.to.", Set.of("EMAIL", "SMS")),
                Map.entry("ui.demo.inbox.mark.", names(dev.closeout.ui.demo.InboxLine.Mark.values())),
                Map.entry("ui.language.", dev.closeout.ui.settings.AppSettingsView.LANGUAGES.stream().map(Locale::toLanguageTag).collect(Collectors.toSet())),
                Map.entry("ui.start.closing.", Set.of("CLOSING", "CLOSED")),
                Map.entry("ui.eligibility.choice.", names(FixChoice.values()).stream().filter(c -> !c.equals("PERFORM")).collect(Collectors.toSet())),
                Map.entry("ui.nav.", Arrays.stream(MainWindow.Page.values()).map(p -> p.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet())),
                Map.entry("ui.notice.consequence.", names(NoticeViewModel.Consequence.values())),
                Map.entry("ui.notice.reason.", names(NoticeViewModel.Reason.values())),
                Map.entry("ui.status.", names(AccountStatus.values())),
                Map.entry("ui.wizard.step.", names(WizardStep.values())),
                Map.entry("ui.verification.method.", names(VerificationMethod.values())),
                Map.entry("binance.reading.", names(Reading.values())),
                // OddAnswer.Kind and the key switches readings need, both private to the Binance adapter.
                Map.entry("binance.odd.", Set.of("NO_LIST", "FIELD_NOT_A_LIST", "NOT_A_LIST", "NO_FIELD", "NOT_A_NUMBER", "NOT_AN_AMOUNT",
                        "NOT_A_TIME", "SAYS_FAILED", "TOO_MANY", "ENDLESS", "SAME_PAGE")),
                Map.entry("binance.switch.", Set.of("FUTURES", "UNIVERSAL_TRANSFER")),
                Map.entry("ui.dashboard.count.sideUnread.", names(dev.closeout.exchange.SideReading.values())),
                Map.entry("binance.history.reading.", names(HistoryReading.values())),
                Map.entry("binance.history.olderThan.", Set.of("TRANSFERS", "P2P", "USDM_INCOME", "DUST")),
                Map.entry("binance.history.websiteOnly.what.", names(WebsiteOnlyRecords.values())),
                Map.entry("binance.history.websiteOnly.reason.", names(WebsiteOnlyRecords.values())),
                Map.entry("exchange.", Set.of("demo", "binance")),
                Map.entry("ui.export.part.", names(HistoryPart.values())),
                Map.entry("ui.export.format.", names(ExportFormat.values())),
                // Every action the closure record lists: the port's account actions, then the others the demo's audit log and
                // Closeout's own record name.
                Map.entry("record.action.", union(Arrays.stream(AccountAction.class.getPermittedSubclasses()).map(Class::getSimpleName)
                        .collect(Collectors.toSet()), Set.of("SendCode", "Verify", "RequestClosure", "RequestFreeze", "RequestUnfreeze",
                        "Register", "seed", "Reset", "AdvanceClock", "Settle"))),
                Map.entry("ui.dashboard.product.", union(names(EarnPosition.Product.values()),
                        names(dev.closeout.account.StakingPosition.Product.values()))),
                Map.entry("ui.alternatives.card.", Arrays.stream(Alternative.values())
                        .flatMap(a -> Stream.of(a.name() + ".title", a.name() + ".text", a.name() + ".button")).collect(Collectors.toSet())),
                Map.entry("ui.alternatives.column.", names(Alternative.values())),
                Map.entry("ui.alternatives.aspect.", names(Aspect.values())),
                Map.entry("ui.alternatives.compare.", Arrays.stream(Aspect.values())
                        .flatMap(q -> Arrays.stream(Alternative.values()).map(a -> q.name() + "." + a.name())).collect(Collectors.toSet())),
                Map.entry("ui.alternatives.freeze.reason.", names(FreezeViewModel.Reason.values())),
                Map.entry("plan.step.", names(Step.Action.values())),
                Map.entry("plan.reason.", names(Step.Reason.values())),
                Map.entry("plan.untraded.", names(Step.Untraded.values())),
                Map.entry("review.", Arrays.stream(Review.Kind.values())
                        .flatMap(k -> Stream.of(k.name() + ".title", k.name() + ".question", k.name() + ".confirm")).collect(Collectors.toSet())),
                Map.entry("review.notice.", names(Review.Notice.values())),
                Map.entry("ui.checklist.note.", names(Checklist.Note.values())),
                Map.entry("ui.dashboard.readiness.", Set.of("CLOSING", "CLOSED")),
                Map.entry("check.over.", Set.of("CLOSING", "CLOSED")),
                Map.entry("ui.news.status.", Set.of("FROZEN", "CLOSING", "CLOSED")),
                Map.entry("ui.eligibility.held.", names(Holds.Kind.values())),
                Map.entry("do.", Arrays.stream(AccountAction.class.getPermittedSubclasses()).map(Class::getSimpleName)
                        .collect(Collectors.toSet())));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new TreeSet<>(a);
        both.addAll(b);
        return both;
    }

    private static Set<String> withAccepted(Set<String> problems) {
        Set<String> outcomes = new TreeSet<>(problems);
        outcomes.add("ACCEPTED");
        return outcomes;
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }

    /**
     * The P2P, sub-account and account statuses a finding can carry (its {@code type}, which
     * the wording looks up as {@code status.TYPE}): every value of each enum, run through the rules.
     */
    private static Set<String> statusesThatBlock() {
        Set<String> statuses = new TreeSet<>();
        for (P2pOrder.Status s : P2pOrder.Status.values()) {
            statuses.addAll(types("\"p2pOrders\": [ { \"id\": \"1\", \"status\": \"" + s + "\" } ]"));
        }
        for (SubAccount.Status s : SubAccount.Status.values()) {
            statuses.addAll(types("\"subAccounts\": [ { \"email\": \"s@example.com\", \"status\": \"" + s + "\" } ]"));
        }
        for (AccountStatus s : AccountStatus.values()) {
            statuses.addAll(types("\"profile\": { \"accountId\": \"1\", \"email\": \"a@example.com\", \"status\": \"" + s + "\" }"));
        }
        return statuses;
    }

    private static Set<String> types(String parts) {
        return Snapshots.report(parts).blockers().stream().map(Finding::type).collect(Collectors.toSet());
    }

    private static Set<String> usedKeys() {
        Set<String> used = new TreeSet<>(literalKeys);
        suffixesByPrefix().forEach((prefix, suffixes) -> suffixes.forEach(s -> used.add(prefix + s)));
        return used;
    }

    @Test
    void the_source_scan_sees_plain_keys_both_sides_of_a_choice_and_error_keys() {
        assertTrue(literalKeys.containsAll(List.of("check.title", "cli.usage", "finding.STAKING", "finding.STAKING.dated",
                "cli.error.unknownOption", "cli.error.unknownCommand", "snapshot.error.notJson")), literalKeys.toString());
        assertFalse(literalKeys.contains("-"), "a literal inside a nested call is not a key");
        assertTrue(errorKeys.containsAll(List.of("missing", "amountNotString", "unknownValue", "schemaVersion")),
                errorKeys.toString());
        assertTrue(literalKeys.size() > 40, literalKeys.toString());
    }

    @Test
    void every_key_built_from_code_comes_from_a_known_prefix_whose_suffixes_are_enumerated() {
        assertEquals(List.of(), unreadableCalls, "calls whose key this test cannot work out");
        assertEquals(new TreeSet<>(suffixesByPrefix().keySet()), prefixes);
    }

    @Test
    void the_statuses_that_block_closure_are_the_ones_the_wording_names() {
        assertEquals(Set.of("PENDING_PAYMENT", "PAID", "APPEALING", "ACTIVE", "FROZEN", "CLOSING", "CLOSED"),
                statusesThatBlock());
    }

    @Test
    void every_key_used_in_the_code_is_in_the_bundle() {
        Set<String> missing = new TreeSet<>(usedKeys());
        missing.removeAll(bundle.stringPropertyNames());

        assertEquals(Set.of(), missing);
    }

    @Test
    void every_key_in_the_bundle_is_used_by_the_code() {
        Set<String> unused = new TreeSet<>(bundle.stringPropertyNames());
        unused.removeAll(usedKeys());

        assertEquals(Set.of(), unused);
    }

    @Test
    void every_message_is_a_valid_pattern_whose_apostrophes_are_doubled() {
        for (String key : bundle.stringPropertyNames()) {
            String pattern = bundle.getProperty(key);
            assertFalse(pattern.isBlank(), key);
            if (key.startsWith("format.")) {
                continue;
            }
            assertFalse(pattern.replace("''", "").contains("'"), () -> key + ": a single ' hides text: " + pattern);
            new MessageFormat(pattern, Locale.ENGLISH);
        }
    }

    @Test
    void the_bundle_the_code_loads_is_the_file_read_here() {
        Messages messages = Messages.forLocale(Locale.ENGLISH);

        for (String key : bundle.stringPropertyNames()) {
            assertTrue(messages.has(key), key);
        }
        assertEquals("Convert to BNB", messages.get("fix.CONVERT_DUST"));
    }
}
