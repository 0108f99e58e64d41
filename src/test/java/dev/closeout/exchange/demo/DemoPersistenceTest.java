package dev.closeout.exchange.demo;

import static dev.closeout.exchange.demo.DemoFixtures.START;
import static dev.closeout.exchange.demo.DemoFixtures.SUB_ACCOUNT;
import static dev.closeout.exchange.demo.DemoFixtures.assertResult;
import static dev.closeout.exchange.demo.DemoFixtures.auditLines;
import static dev.closeout.exchange.demo.DemoFixtures.lastCode;
import static dev.closeout.exchange.demo.DemoFixtures.wrong;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Wallet;
import dev.closeout.exchange.AccountAction.CancelOrder;
import dev.closeout.exchange.AccountAction.CloseSubAccount;
import dev.closeout.exchange.AccountAction.ConvertDust;
import dev.closeout.exchange.AccountAction.SettleP2pAppeal;
import dev.closeout.exchange.AccountAction.Transfer;
import dev.closeout.exchange.AccountAction.Unstake;
import dev.closeout.exchange.AccountAction.Withdraw;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.ActionResult.Outcome;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.VerificationMethod;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo exchange on disk: the same account after reopening, the audit log, a damaged state file, reset. */
class DemoPersistenceTest {

    @TempDir
    Path dataDir;

    DemoExchange exchange;

    @BeforeEach
    void openTheSeededAccount() throws Exception {
        exchange = DemoFixtures.open(dataDir);
    }

    @Test
    void reopening_the_folder_gives_the_same_account() throws Exception {
        exchange.perform(new CancelOrder("884120"));
        exchange.perform(new Unstake("eth2"));
        exchange.perform(new SettleP2pAppeal("30702"));
        exchange.perform(new ConvertDust(Set.of("DOGE")));
        exchange.perform(new Transfer("USDT", Wallet.FUNDING, Wallet.SPOT, new BigDecimal("12.5")));
        exchange.advance(Duration.ofMinutes(10));
        exchange.perform(new Withdraw("BTC", "BTC", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", new BigDecimal("0.001")));
        exchange.sendCode(VerificationMethod.EMAIL);
        exchange.verify(VerificationMethod.EMAIL, lastCode(exchange, VerificationMethod.EMAIL));
        AccountSnapshot before = exchange.snapshot();
        var verification = exchange.verificationStatus();

        DemoExchange reopened = DemoFixtures.reopen(exchange, dataDir);

        assertEquals(exchange.now(), reopened.now(), "the demo clock is kept");
        assertEquals(before, reopened.snapshot());
        assertEquals(verification, reopened.verificationStatus());
        assertEquals(exchange.inbox(), reopened.inbox());
        assertResult(Outcome.REFUSED, "action.dust.tooSoon", List.of(Times.at(START.plus(Duration.ofHours(6)))),
                reopened.perform(new ConvertDust(Set.of("XRP"))));
        assertEquals(Optional.empty(), reopened.setAsideFile());
    }

    @Test
    void the_sub_account_funds_read_the_same_after_reopening() throws Exception {
        ActionResult closed = DemoFixtures.reopen(exchange, dataDir).perform(new CloseSubAccount(SUB_ACCOUNT));

        assertEquals(List.of("18.20 USDT", SUB_ACCOUNT), closed.args(), "its 18.20 USDT, kept across the restart, moved to Spot first");
    }

    @Test
    void every_action_adds_one_audit_line_with_action_outcome_and_time() throws Exception {
        List<JsonNode> seeded = auditLines(dataDir);
        assertEquals("seed", seeded.get(seeded.size() - 1).path("action").asText());

        exchange.perform(new CancelOrder("884120"));
        exchange.perform(new CancelOrder("884120"));
        exchange.sendCode(VerificationMethod.SMS);
        exchange.verify(VerificationMethod.SMS, "12345");
        exchange.requestClosure();
        exchange.requestFreeze("just looking");

        List<JsonNode> lines = auditLines(dataDir);
        List<JsonNode> added = lines.subList(seeded.size(), lines.size());
        assertEquals(List.of("CancelOrder DONE action.order.cancelled", "CancelOrder REFUSED action.order.notFound",
                        "SendCode DONE action.verification.sent", "Verify REFUSED action.verification.MALFORMED",
                        "RequestClosure REFUSED action.closure.notVerified", "RequestFreeze REFUSED action.freeze.notVerified"),
                added.stream().map(a -> a.path("action").asText() + " " + a.path("outcome").asText() + " " + a.path("message").asText())
                        .toList());
        long seq = seeded.get(seeded.size() - 1).path("seq").asLong();
        for (JsonNode line : added) {
            assertEquals(++seq, line.path("seq").asLong());
            assertEquals(START.toString(), line.path("at").asText());
        }
        assertEquals("884120", added.get(0).at("/inputs/orderId").asText());
        assertEquals("[\"884120\",\"BTCUSDT\"]", added.get(0).path("args").toString());
    }

    @Test
    void an_audit_line_lost_in_a_crash_is_written_when_the_folder_is_reopened() throws Exception {
        exchange.perform(new CancelOrder("884120"));
        Path audit = dataDir.resolve("audit.jsonl");
        List<String> complete = Files.readAllLines(audit);
        // The state was saved; the crash came halfway through appending its audit line.
        String last = complete.get(complete.size() - 1);
        Files.writeString(audit, String.join("\n", complete.subList(0, complete.size() - 1)) + "\n" + last.substring(0, last.length() / 2));

        DemoFixtures.reopen(exchange, dataDir);

        assertEquals(complete, Files.readAllLines(audit));
    }

    @Test
    void no_verification_code_is_written_to_the_audit_log() throws Exception {
        List<String> codes = new ArrayList<>();
        for (VerificationMethod method : List.of(VerificationMethod.EMAIL, VerificationMethod.SMS)) {
            exchange.sendCode(method);
            String code = lastCode(exchange, method);
            exchange.verify(method, wrong(code));
            exchange.verify(method, code);
            exchange.verify(method, code);
            codes.add(code);
            codes.add(wrong(code));
        }
        String authenticator = exchange.authenticatorCode();
        exchange.verify(VerificationMethod.AUTHENTICATOR, authenticator);
        codes.add(authenticator);
        exchange.requestFreeze("audit check");

        String audit = Files.readString(dataDir.resolve("audit.jsonl"));
        assertTrue(audit.contains("\"Verify\""), "the verifications are audited");
        for (String code : codes) {
            assertFalse(Pattern.compile("(?<!\\d)" + code + "(?!\\d)").matcher(audit).find(), () -> "code " + code + " in the audit log");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json at all", "", "{\"format\": 1, \"seq\": 4", "{\"format\": 2}",
            "{\"format\": 1, \"seq\": 3, \"clockOffset\": \"PT0S\", \"account\": {\"schemaVersion\": 1}, \"demo\": {}}"})
    void an_unreadable_state_file_is_set_aside_untouched_and_a_fresh_account_is_seeded(String damaged) throws Exception {
        AccountSnapshot seeded = exchange.snapshot();
        exchange.perform(new CancelOrder("884120"));
        byte[] bytes = damaged.getBytes(StandardCharsets.UTF_8);
        Files.write(dataDir.resolve("exchange.json"), bytes);

        DemoExchange reopened = DemoFixtures.reopen(exchange, dataDir);

        Path aside = reopened.setAsideFile().orElseThrow();
        assertEquals(dataDir, aside.getParent());
        assertArrayEquals(bytes, Files.readAllBytes(aside), "kept exactly as it was");
        assertEquals(seeded, reopened.snapshot(), "a fresh seed");
        assertEquals(seeded, DemoFixtures.reopen(reopened, dataDir).snapshot(), "and the fresh seed is saved");
    }

    @Test
    void a_state_file_with_a_garbled_value_is_set_aside_too() throws Exception {
        AccountSnapshot seeded = exchange.snapshot();
        List<Consumer<ObjectNode>> garbles = List.of(
                state -> state.put("clockOffset", "five minutes"),
                state -> ((ObjectNode) state.path("demo")).put("scheduled", "soon"),
                state -> ((ObjectNode) state.at("/account/profile")).put("status", "SLEEPING"),
                // Amounts no money has, in the account and in the demo's own side: bounded like a snapshot's.
                state -> ((ObjectNode) state.at("/account/balances/0")).put("free", "5e-40000000"),
                state -> ((ObjectNode) state.at("/demo/subAccountFunds").elements().next()).put("USDT", "1e999999999"));
        assertEachSetAside(garbles, seeded);
    }

    @Test
    void a_state_file_that_parses_but_does_not_hold_together_is_set_aside() throws Exception {
        AccountSnapshot seeded = exchange.snapshot();
        List<Consumer<ObjectNode>> inconsistencies = List.of(
                state -> state.put("seq", 7),
                state -> state.put("clockOffset", "-PT1H"),
                state -> ((ObjectNode) state.path("demo")).remove("authenticatorKey"),
                state -> ((ObjectNode) state.path("demo")).put("authenticatorKey", "c2hvcnQ="),
                state -> ((ObjectNode) state.at("/demo/verification")).putNull("sent"));
        assertEachSetAside(inconsistencies, seeded);
    }

    /** Each change of the state file, written and reopened, sets the file aside whole and seeds the account afresh. */
    private void assertEachSetAside(List<Consumer<ObjectNode>> changes, AccountSnapshot seeded) throws Exception {
        DemoExchange open = exchange;
        for (Consumer<ObjectNode> change : changes) {
            ObjectNode state = DemoFixtures.readState(dataDir);
            change.accept(state);
            DemoFixtures.writeState(dataDir, state);
            byte[] bytes = Files.readAllBytes(dataDir.resolve("exchange.json"));

            open = DemoFixtures.reopen(open, dataDir);

            assertArrayEquals(bytes, Files.readAllBytes(open.setAsideFile().orElseThrow()), state.toString().substring(0, 40));
            assertEquals(seeded, open.snapshot());
        }
    }

    @Test
    void a_state_file_that_cannot_be_read_for_now_is_reported_and_left_where_it_is() throws Exception {
        exchange.close();
        Path state = dataDir.resolve("exchange.json");
        Path kept = dataDir.resolve("kept.json");
        Files.move(state, kept);
        // A path that exists but cannot be read as a file: the read fails, as on a disk that does not answer.
        Files.createDirectory(state);

        ExchangeException failure = assertThrows(ExchangeException.class, () -> DemoFixtures.open(dataDir));

        assertEquals("demo.error.read", failure.messageKey());
        assertEquals(state.toString(), failure.args().get(0));
        assertTrue(Files.isDirectory(state), "left where it is");
        try (var files = Files.list(dataDir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("unreadable")), "nothing set aside");
        }
        Files.delete(state);
        Files.move(kept, state);
        assertTrue(DemoFixtures.open(dataDir).setAsideFile().isEmpty(), "once readable, the account is there as it was");
    }

    @Test
    void a_damaged_last_audit_line_is_moved_aside_and_the_log_goes_on() throws Exception {
        exchange.perform(new CancelOrder("884120"));
        Path audit = dataDir.resolve("audit.jsonl");
        List<String> complete = Files.readAllLines(audit);
        // A whole line, newline and all, that is not a record: the crash left garbage where the state's own record belongs.
        String damaged = "{\"seq\": " + complete.size() + ", \"act garbage";
        Files.writeString(audit, String.join("\n", complete.subList(0, complete.size() - 1)) + "\n" + damaged + "\n");

        DemoExchange reopened = DemoFixtures.reopen(exchange, dataDir);

        assertEquals(complete, Files.readAllLines(audit), "the state's own record in place of the damaged line");
        assertEquals(List.of(damaged), Files.readAllLines(dataDir.resolve(DemoStore.DAMAGED_AUDIT_FILE)));
        reopened.perform(new CancelOrder("884121"));
        List<String> after = Files.readAllLines(audit);
        assertEquals(complete.size() + 1, after.size());
        assertEquals(complete.size() + 1, DemoStore.JSON.readTree(after.get(after.size() - 1)).get("seq").asInt(), "and goes on");
    }

    @Test
    void a_second_unreadable_state_file_does_not_overwrite_the_first() throws Exception {
        Files.writeString(dataDir.resolve("exchange.json"), "first damage");
        DemoExchange firstOpen = DemoFixtures.reopen(exchange, dataDir);
        Path first = firstOpen.setAsideFile().orElseThrow();
        Files.writeString(dataDir.resolve("exchange.json"), "second damage");

        Path second = DemoFixtures.reopen(firstOpen, dataDir).setAsideFile().orElseThrow();

        assertNotEquals(first, second);
        assertEquals("first damage", Files.readString(first));
        assertEquals("second damage", Files.readString(second));
    }

    @Test
    void reset_restores_the_seeded_account(@TempDir Path elsewhere) throws Exception {
        exchange.advance(Duration.ofHours(1));
        exchange.perform(new CancelOrder("884120"));
        exchange.perform(new ConvertDust(Set.of()));
        exchange.perform(new Withdraw("USDT", "TRX", DemoFixtures.TRON_ADDRESS, new BigDecimal("100")));
        exchange.sendCode(VerificationMethod.EMAIL);

        exchange.reset();

        DemoExchange seededThen = DemoExchange.open(elsewhere, Clock.fixed(exchange.now(), ZoneOffset.UTC), new SecureRandom(),
                DemoSettings.defaults());
        assertEquals(seededThen.snapshot(), exchange.snapshot());
        assertEquals(List.of(), exchange.inbox());
        assertTrue(exchange.perform(new ConvertDust(Set.of("DOGE"))).accepted(), "the dust timer starts again");
        exchange.advance(Duration.ofMinutes(4));
        assertEquals(List.of(), exchange.snapshot().pendingTransfers(), "no trace of the old withdrawal; the seeded deposit arrived");
    }
}
