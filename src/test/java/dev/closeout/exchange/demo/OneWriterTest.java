package dev.closeout.exchange.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.closeout.DataDirectory;
import dev.closeout.Main;
import dev.closeout.account.Wallet;
import dev.closeout.cli.CloseoutCommand;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.SnapshotReader;
import dev.closeout.i18n.Messages;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer per data folder: a second Closeout, in this process or another, is told plainly
 * that the account is open in another Closeout, and two that would write at once never share
 * a sequence number or lose each other's actions.
 */
class OneWriterTest {

    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);

    @TempDir
    Path dataDir;

    private Path demoFolder() {
        return DataDirectory.demoExchange(dataDir);
    }

    @Test
    void a_second_opening_in_the_same_process_is_refused_in_plain_words_until_the_first_closes() throws Exception {
        DemoExchange first = DemoFixtures.open(demoFolder());

        ExchangeException refused = assertThrows(ExchangeException.class, () -> DemoFixtures.open(demoFolder()));

        assertEquals("demo.error.inUse", refused.messageKey());
        assertEquals("The demo account in " + demoFolder() + " is open in another Closeout. Close that one first, then try again.",
                ENGLISH.say(refused));
        first.close();
        DemoFixtures.open(demoFolder()).close();
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void beside_a_closeout_in_another_process_the_app_and_the_command_line_are_refused() throws Exception {
        Process other = writer("0");
        try {
            awaitReady(other);
            Path state = demoFolder().resolve(DemoStore.STATE_FILE);
            byte[] bytes = Files.readAllBytes(state);

            assertEquals("demo.error.inUse", assertThrows(ExchangeException.class, () -> DemoExchange.open(demoFolder())).messageKey());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            long started = System.nanoTime();
            int exit = check(out, err);
            long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            assertEquals(2, exit);
            assertEquals("", out.toString(StandardCharsets.UTF_8));
            assertEquals("closeout: The demo account in " + demoFolder() + " is open in another Closeout. Close that one first, then try again."
                    + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
            assertTrue(waitedMs >= 4_500 && waitedMs < 30_000, "the command waited about 5 s for the lock: " + waitedMs + " ms");
            assertArrayEquals(bytes, Files.readAllBytes(state));
        } finally {
            other.destroyForcibly().waitFor();
        }
        // The other Closeout is gone (killed, as a crash would): its lock went with it.
        assertEquals(1, check(new ByteArrayOutputStream(), new ByteArrayOutputStream()), "the seeded account has blockers");
    }

    @Test
    void checking_the_demo_from_the_command_line_writes_nothing() throws Exception {
        DemoExchange.open(demoFolder()).close();
        List<Path> files;
        try (var listed = Files.list(demoFolder())) {
            files = listed.sorted().toList();
        }
        List<byte[]> contents = new ArrayList<>();
        List<FileTime> modified = new ArrayList<>();
        for (Path file : files) {
            contents.add(Files.readAllBytes(file));
            modified.add(Files.getLastModifiedTime(file));
        }

        assertEquals(1, check(new ByteArrayOutputStream(), new ByteArrayOutputStream()));

        try (var listed = Files.list(demoFolder())) {
            assertEquals(files, listed.sorted().toList(), "no file added or removed");
        }
        for (int i = 0; i < files.size(); i++) {
            assertArrayEquals(contents.get(i), Files.readAllBytes(files.get(i)), files.get(i) + " rewritten");
            assertEquals(modified.get(i), Files.getLastModifiedTime(files.get(i)), files.get(i) + " touched");
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void two_closeouts_writing_at_once_take_turns_and_no_sequence_number_repeats() throws Exception {
        DemoExchange.open(demoFolder()).close();
        // Both wait up to a minute for the lock: the second writes once the first has closed.
        Process a = writer("60", "40");
        Process b = writer("60", "40");
        assertEquals(0, a.waitFor(), output(a));
        assertEquals(0, b.waitFor(), output(b));

        List<String> lines = Files.readAllLines(demoFolder().resolve(DemoStore.AUDIT_FILE));
        List<Long> seqs = new ArrayList<>();
        long transfers = 0;
        for (String line : lines) {
            JsonNode record = DemoStore.JSON.readTree(line);
            seqs.add(record.get("seq").asLong());
            transfers += record.get("action").asText().equals("Transfer") && record.get("outcome").asText().equals("DONE") ? 1 : 0;
        }
        assertEquals(LongStream.rangeClosed(1, lines.size()).boxed().toList(), seqs, "1, 2, 3, … once each");
        assertEquals(80, transfers, "every action of both is in the log");
        DemoFixtures.assertAmount("249.20", DemoFixtures.free(new SnapshotReader().read(DemoFixtures.readState(demoFolder()).get("account")),
                Wallet.FUNDING, "USDT"), "and in the account: 80 × 0.01 USDT left Funding");
    }

    private int check(ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return new CloseoutCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                ENGLISH, Main.exchanges(ENGLISH), dataDir, name -> null).run(List.of("check", "--demo", "--data-dir", dataDir.toString()));
    }

    private Process writer(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                DemoWriter.class.getName(), demoFolder().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static void awaitReady(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertEquals("ready", line, "the other Closeout did not open the folder");
    }

    private static String output(Process process) throws Exception {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
