package dev.closeout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.closeout.Snapshots;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code closeout} as a person or a script runs it: what lands on stdout and stderr, and the exit code. */
class CloseoutCommandTest {

    private static final String TYPICAL = Snapshots.EXAMPLES.resolve("typical.json").toString();
    private static final String READY = Snapshots.EXAMPLES.resolve("ready.json").toString();
    private static final ObjectMapper STRICT_JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    @TempDir
    Path folder;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        return new CloseoutCommand(out, err, Snapshots.ENGLISH, new DemoOnlyExchanges(), folder.resolve("default-data"), name -> null)
                .run(List.of(args));
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(folder.resolve(name), content);
    }

    @Test
    void checking_the_typical_account_lists_each_condition_with_its_mark_and_exits_1() {
        int exit = run("check", TYPICAL);

        assertEquals(1, exit);
        assertEquals("", err());
        List<String> marks = new ArrayList<>();
        out().lines().filter(l -> l.startsWith("✓ ") || l.startsWith("✗ ")).forEach(marks::add);
        assertEquals(List.of(
                "✗ Every wallet at zero, dust included (12 items)",
                "✗ No open orders or running bots (4 items)",
                "✗ No active Earn or staking (3 items)",
                "✗ No open P2P orders (1 item)",
                "✗ No open sub-accounts (1 item)",
                "✗ No deposits or withdrawals in flight (1 item)",
                "✓ Account active, not frozen or closing"), marks);
    }

    @Test
    void checking_the_typical_account_says_which_order_to_cancel_and_what_to_convert_to_BNB() {
        run("check", TYPICAL);

        List<String> lines = out().lines().toList();
        assertTrue(lines.contains("    LIMIT order for 0.005 in Spot — Cancel order 884120 BTCUSDT"), out());
        assertTrue(lines.contains("    120,350 SHIB in Spot (≈ 1.13 USD) — Convert to BNB"), out());
        assertTrue(lines.contains("    3.1 DOGE in Spot (≈ 0.50 USD) — Convert to BNB"), out());
        assertTrue(lines.contains("  9. Convert 2 small balances to BNB (typically once every 6 hours)."), out());
    }

    @Test
    void checking_the_typical_account_ends_with_the_blockers_and_the_USD_still_held() {
        run("check", TYPICAL);

        List<String> lines = out().lines().toList();
        assertEquals("Closure readiness of maria.k@example.com, as of 2026-11-24 09:30 UTC", lines.get(0));
        assertEquals("19 blockers remain; about 7,466.40 USD is still in the account.", lines.get(lines.size() - 1));
    }

    @Test
    void checking_a_closed_account_says_it_is_closed_and_exits_4_with_no_blocker_to_clear() throws Exception {
        Path closed = file("closed.json", Snapshots.json("""
                "profile": { "accountId": "1001", "email": "ana@example.com", "status": "CLOSED" }"""));

        assertEquals(CloseoutCommand.CLOSING_OR_CLOSED, run("check", closed.toString()));
        assertTrue(out().contains("This account is closed: there is nothing left to check."), out());
        assertFalse(out().contains("blocker") || out().contains("check again"), out());
    }

    @Test
    void an_account_with_unpriced_holdings_says_how_many_are_not_in_the_USD_total() throws Exception {
        Path snapshot = file("unpriced.json", Snapshots.json("""
                "prices": { "USDT": "1" },
                "balances": [ { "wallet": "FUNDING", "asset": "USDT", "free": "20" },
                              { "wallet": "SPOT", "asset": "NEWCOIN", "free": "5" } ]
                """));

        assertEquals(1, run("check", snapshot.toString()));
        List<String> lines = out().lines().toList();
        assertEquals("2 blockers remain; about 20.00 USD is still in the account, plus 1 holding without a price.",
                lines.get(lines.size() - 1));
    }

    @Test
    void checking_the_ready_account_meets_every_condition_and_exits_0() {
        int exit = run("check", READY);

        assertEquals(0, exit);
        assertEquals("", err());
        assertEquals(7, out().lines().filter(l -> l.startsWith("✓ ")).count());
        assertTrue(out().lines().noneMatch(l -> l.startsWith("✗ ")), out());
        assertTrue(out().contains("Every condition is met: the account can be closed."), out());
    }

    @Test
    void json_output_is_exactly_one_JSON_object_with_eligible_and_the_seven_conditions() throws Exception {
        int exit = run("check", TYPICAL, "--format", "json");

        assertEquals(1, exit);
        assertEquals("", err());
        JsonNode report = STRICT_JSON.readTree(out());
        assertTrue(report.isObject());
        assertFalse(report.get("eligible").booleanValue());
        List<String> ids = new ArrayList<>();
        report.get("conditions").forEach(c -> ids.add(c.get("id").textValue()));
        assertEquals(List.of("ZERO_BALANCE", "NO_OPEN_ORDERS", "NO_ACTIVE_EARN", "NO_OPEN_P2P", "NO_SUB_ACCOUNTS",
                "NO_PENDING_TRANSFERS", "ACCOUNT_ACTIVE"), ids);
        assertEquals(12, report.at("/conditions/0/findings").size());
        assertTrue(report.at("/conditions/6/met").booleanValue());
        assertEquals(0, report.at("/conditions/6/findings").size());
    }

    @Test
    void json_output_carries_kind_wallet_asset_amount_USD_value_and_fix_of_each_finding() throws Exception {
        run("check", TYPICAL, "--format=json");

        JsonNode shib = STRICT_JSON.readTree(out()).at("/conditions/0/findings/1");
        assertEquals("BALANCE", shib.get("kind").textValue());
        assertEquals("SPOT", shib.get("wallet").textValue());
        assertEquals("SHIB", shib.get("asset").textValue());
        assertEquals("120350.00", shib.get("amount").textValue());
        assertEquals(0, new BigDecimal("1.13129").compareTo(new BigDecimal(shib.get("usdValue").textValue())));
        assertEquals("CONVERT_DUST", shib.get("fix").textValue());
        JsonNode order = STRICT_JSON.readTree(out()).at("/conditions/1/findings/0");
        assertEquals("ORDER", order.get("kind").textValue());
        assertEquals("884120", order.get("id").textValue());
        assertEquals("CANCEL_ORDER", order.get("fix").textValue());
    }

    @Test
    void json_output_for_the_ready_account_is_eligible_and_exits_0() throws Exception {
        assertEquals(0, run("check", READY, "--format", "json"));

        JsonNode report = STRICT_JSON.readTree(out());
        assertTrue(report.get("eligible").booleanValue());
        report.get("conditions").forEach(c -> assertTrue(c.get("met").booleanValue()));
    }

    // Input that cannot be read: exit 2, one line on stderr naming the file (and the JSON path), nothing on stdout.

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON                     | not-json.json      | this is not json                                                                 | not valid JSON
            number for a decimal string  | number.json        | "balances": [ { "wallet": "SPOT", "asset": "BTC", "free": 0.5 } ]                | $.balances[0].free
            unknown enum                 | enum.json          | "balances": [ { "wallet": "SPOTT", "asset": "BTC", "free": "0.5" } ]             | $.balances[0].wallet
            missing required field       | missing.json       | "profile": { "accountId": "1", "status": "ACTIVE" }                              | $.profile.email
            future schemaVersion         | future.json        | "schemaVersion": 2                                                               | $.schemaVersion
            """)
    void a_snapshot_that_cannot_be_read_exits_2_naming_the_file_and_path_on_stderr_and_nothing_on_stdout(
            String problem, String name, String parts, String mentions) throws Exception {
        Path snapshot = file(name, problem.equals("not JSON") ? parts : Snapshots.json(parts));

        int exit = run("check", snapshot.toString());

        assertEquals(2, exit);
        assertEquals("", out());
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains(name), err());
        assertTrue(err().contains(mentions), err());
    }

    @Test
    void the_specs_bad_amount_example_exits_2_mentioning_balances_and_free() {
        int exit = run("check", Snapshots.EXAMPLES.resolve("bad-amount.json").toString(), "--format", "json");

        assertEquals(2, exit);
        assertEquals("", out());
        assertTrue(err().contains("bad-amount.json") && err().contains("$.balances[0].free"), err());
    }

    @Test
    void a_json_path_in_an_error_comes_with_a_sentence_that_says_what_it_is() throws Exception {
        Path snapshot = file("missing-email.json", Snapshots.json("\"profile\": { \"accountId\": \"1\", \"status\": \"ACTIVE\" }"));

        run("check", snapshot.toString());

        assertEquals("closeout: " + snapshot + " is not a snapshot Closeout can read: at $.profile.email (where in the file, written as"
                + " a JSON path: $ is the whole file), required but missing.", err().strip());
    }

    @Test
    void help_says_what_closeout_is_and_that_no_command_opens_the_app() {
        assertEquals(0, run("--help"));
        assertTrue(out().startsWith("Closeout helps you close a crypto-exchange account"), out());
        assertTrue(out().contains("Run with no command (or with only --data-dir=DIR, where the demo keeps its account) to open the desktop app."),
                out());
        assertTrue(out().contains("\n  closeout export --demo") || out().contains("\r\n  closeout export --demo"), "indented like the others");
    }

    @Test
    void a_missing_file_exits_2_naming_the_file() {
        String missing = folder.resolve("no-such-snapshot.json").toString();

        int exit = run("check", missing);

        assertEquals(2, exit);
        assertEquals("", out());
        assertEquals("closeout: " + missing + ": no such file", err().strip());
    }

    @Test
    void a_folder_instead_of_a_file_exits_2() {
        assertEquals(2, run("check", folder.toString()));
        assertEquals("", out());
        assertTrue(err().contains("folder"), err());
    }

    @Test
    void an_empty_file_exits_2() throws Exception {
        assertEquals(2, run("check", file("empty.json", "").toString()));
        assertEquals("", out());
        assertTrue(err().contains("empty.json") && err().contains("empty"), err());
    }

    // The command itself

    @Test
    void help_shows_usage_and_exits_0() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains(System.lineSeparator() + "Usage:"), out());
        assertTrue(out().contains("closeout check SNAPSHOT.json [--format text|json]"), out());
        assertEquals("", err());
    }

    @Test
    void no_arguments_show_usage_and_exit_0() {
        assertEquals(0, run());
        assertTrue(out().contains(System.lineSeparator() + "Usage:"), out());
    }

    @Test
    void version_shows_the_built_version() {
        assertEquals(0, run("--version"));
        assertTrue(out().strip().matches("closeout \\d+\\.\\d+\\.\\d+.*"), out());
    }

    @Test
    void an_unknown_option_exits_2_with_a_hint_and_nothing_on_stdout() {
        assertEquals(2, run("--frobnicate"));
        assertEquals("", out());
        assertTrue(err().contains("unknown option \"--frobnicate\""), err());
        assertTrue(err().contains("closeout --help"), err());
    }

    @Test
    void an_unknown_option_after_check_exits_2() {
        assertEquals(2, run("check", TYPICAL, "--colour"));
        assertEquals("", out());
        assertTrue(err().contains("--colour"), err());
    }

    @Test
    void an_unknown_command_exits_2() {
        assertEquals(2, run("close", TYPICAL));
        assertTrue(err().contains("unknown command \"close\""), err());
    }

    @Test
    void check_without_a_file_exits_2() {
        assertEquals(2, run("check"));
        assertEquals("", out());
        assertTrue(err().contains("SNAPSHOT.json"), err());
    }

    @Test
    void a_format_other_than_text_or_json_exits_2() {
        assertEquals(2, run("check", TYPICAL, "--format", "xml"));
        assertEquals("", out());
        assertTrue(err().contains("\"xml\""), err());
    }

    @Test
    void check_demo_reads_the_demo_exchange_account_in_the_data_folder_and_exits_1_while_it_is_blocked() {
        int exit = run("check", "--demo", "--data-dir=" + folder.resolve("data"), "--format", "json");
        assertEquals(1, exit, err());
        assertTrue(out().contains("\"eligible\" : false"), out());
        assertTrue(java.nio.file.Files.exists(folder.resolve("data").resolve("demo").resolve("exchange.json")),
                "the demo account is kept in DIR/demo");
    }

    @Test
    void check_demo_says_on_stderr_where_an_unreadable_demo_file_was_moved() throws Exception {
        Path demo = java.nio.file.Files.createDirectories(folder.resolve("data").resolve("demo"));
        java.nio.file.Files.writeString(demo.resolve("exchange.json"), "not json at all");

        int exit = run("check", "--demo", "--data-dir=" + folder.resolve("data"));

        assertEquals(1, exit, err());
        assertTrue(out().startsWith("Closure readiness of "), out());
        Path aside;
        try (var files = java.nio.file.Files.list(demo)) {
            aside = files.filter(f -> f.getFileName().toString().startsWith("exchange.json.unreadable-")).findFirst().orElseThrow();
        }
        assertEquals("The demo exchange's file could not be read; it was moved aside to " + aside
                + " and a fresh demo account was set up." + System.lineSeparator(), err());
    }

    @Test
    void check_demo_with_a_file_as_well_is_a_usage_error() {
        assertEquals(2, run("check", "--demo", "x.json"));
        assertEquals("", out());
        assertTrue(err().contains("not both"), err());
    }
}
