package dev.closeout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.Snapshots;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.ExchangeGateway;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever goes wrong, the command line says it in one line: bad input and a worded refusal of
 * the exchange exit 2, anything unforeseen exits 3 naming the log file that holds the details,
 * and no stack trace reaches the terminal.
 */
class FailuresContainedTest {

    private static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
    private static final Pattern LOG_NAMED = Pattern.compile("the details are in (\\S+\\.log)");

    @TempDir
    Path folder;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(CloseoutCommand.Exchanges exchanges, Map<String, String> environment, String... args) {
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        return new CloseoutCommand(out, err, Snapshots.ENGLISH, exchanges, folder.resolve("default-data"), environment::get)
                .run(List.of(args));
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    /** Exchanges whose demo fails as {@code failure} says. */
    private static CloseoutCommand.Exchanges failing(Failure failure) {
        return new CloseoutCommand.Exchanges() {
            @Override
            public ExchangeGateway demo(Path dataDir) throws ExchangeException {
                return failure.fail();
            }

            @Override
            public ExchangeGateway binance(CloseoutCommand.BinanceLogin login) {
                throw new IllegalStateException("the signer rejected " + login.secret());
            }
        };
    }

    private interface Failure {
        ExchangeGateway fail() throws ExchangeException;
    }

    private Path loggedFile() {
        Matcher named = LOG_NAMED.matcher(err());
        assertTrue(named.find(), err());
        return Path.of(named.group(1));
    }

    @Test
    void an_unforeseen_failure_exits_3_with_one_line_naming_the_log_in_the_data_folder() throws Exception {
        int exit = run(failing(() -> {
            throw new NullPointerException("Cannot invoke \"Balance.free()\"");
        }), Map.of(), "check", "--demo", "--data-dir=" + folder.resolve("data"));

        assertEquals(3, exit);
        assertEquals("", out());
        assertEquals(1, err().lines().count(), err());
        assertFalse(err().contains("\tat "), "no stack trace on the terminal: " + err());
        Path log = loggedFile();
        assertEquals(folder.resolve("data").resolve("logs"), log.getParent());
        String details = Files.readString(log);
        assertTrue(details.startsWith("closeout "), details);
        assertTrue(details.contains("java.lang.NullPointerException: Cannot invoke \"Balance.free()\""), details);
        assertTrue(details.contains("\tat dev.closeout.cli.FailuresContainedTest"), "where it happened: " + details);
    }

    @Test
    void an_error_of_the_JVM_itself_is_contained_the_same_way() {
        int exit = run(failing(() -> {
            throw new StackOverflowError();
        }), Map.of(), "snapshot", "--demo");

        assertEquals(3, exit);
        assertEquals(1, err().lines().count(), err());
        assertEquals(folder.resolve("default-data").resolve("logs"), loggedFile().getParent(), "no --data-dir: the default data folder");
    }

    @Test
    void the_secret_in_the_environment_never_reaches_the_log_even_when_a_failure_quotes_it() throws Exception {
        int exit = run(failing(() -> null), Map.of(CloseoutCommand.API_KEY_VARIABLE, "k".repeat(64),
                CloseoutCommand.SECRET_VARIABLE, SECRET), "check", "--binance");

        assertEquals(3, exit, err());
        assertFalse(err().contains(SECRET), err());
        String details = Files.readString(loggedFile());
        assertTrue(details.contains("the signer rejected [removed]"), details);
        assertFalse(details.contains(SECRET.substring(0, 16)), details);
    }

    @Test
    void a_data_folder_that_cannot_hold_a_log_sends_it_to_the_temporary_folder() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("a-file"), "");
        int exit = run(failing(() -> {
            throw new IllegalStateException("boom");
        }), Map.of(), "check", "--demo", "--data-dir", notAFolder.toString());

        assertEquals(3, exit);
        Path log = loggedFile();
        assertEquals(Path.of(System.getProperty("java.io.tmpdir")).toRealPath(), log.getParent().toRealPath());
        assertTrue(Files.readString(log).contains("boom"));
        Files.delete(log);
    }

    @Test
    void an_exchange_that_refuses_in_words_exits_2_in_one_line_even_when_its_words_break_lines() {
        int exit = run(failing(() -> {
            throw new ExchangeException("demo.error.disk", List.of("/data/demo", "in use by another Closeout\nwindow"), null);
        }), Map.of(), "check", "--demo");

        assertEquals(2, exit);
        assertEquals("", out());
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("in use by another Closeout\\u000Awindow"), err());
    }

    @Test
    void a_snapshot_value_with_terminal_escapes_is_quoted_without_them() throws Exception {
        Path snapshot = Files.writeString(folder.resolve("escape.json"),
                Snapshots.json("\"balances\": [ { \"wallet\": \"SPOT\\u001b[2J\", \"asset\": \"BTC\", \"free\": \"1\" } ]"));

        assertEquals(2, run(failing(() -> null), Map.of(), "check", snapshot.toString()));
        assertFalse(err().chars().anyMatch(c -> c == 0x1b), err());
        assertTrue(err().contains("SPOT\\u001B[2J"), err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "5e-40000000", "-1e-2147483648"})
    void an_amount_no_money_has_exits_2_at_once_with_its_path_and_nothing_on_stdout(String amount) throws Exception {
        Path snapshot = Files.writeString(folder.resolve("huge.json"),
                Snapshots.json("\"balances\": [ { \"wallet\": \"SPOT\", \"asset\": \"BTC\", \"free\": \"" + amount + "\" } ]"));

        int exit = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> run(failing(() -> null), Map.of(), "check", snapshot.toString()));

        assertEquals(2, exit);
        assertEquals("", out());
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("huge.json") && err().contains("$.balances[0].free"), err());
    }
}
