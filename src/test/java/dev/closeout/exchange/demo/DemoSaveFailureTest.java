package dev.closeout.exchange.demo;

import static dev.closeout.exchange.VerificationMethod.AUTHENTICATOR;
import static dev.closeout.exchange.demo.DemoFixtures.START;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Wallet;
import dev.closeout.exchange.AccountAction.Transfer;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.SnapshotReader;
import dev.closeout.exchange.VerificationStatus.Problem;
import dev.closeout.storage.AtomicFile;
import dev.closeout.storage.FolderLock;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's state changes only once it is saved: an action the disk would not take (full) did
 * not happen, in memory as on disk, and says so; a used authenticator code stays used after a
 * restart; a read writes nothing.
 */
class DemoSaveFailureTest {

    private static final Transfer TEN_USDT = new Transfer("USDT", Wallet.FUNDING, Wallet.SPOT, new BigDecimal("10"));

    @TempDir
    Path dataDir;

    private final AtomicBoolean diskFull = new AtomicBoolean();

    /** The demo on {@code dataDir} at {@code at}, writing through a disk that can be made full. */
    private DemoExchange open(Instant at) throws ExchangeException {
        DemoStore store = DemoStore.open(dataDir, Duration.ZERO, (target, bytes) -> {
            if (diskFull.get()) {
                throw new IOException("No space left on device");
            }
            AtomicFile.write(target, bytes);
        });
        return DemoExchange.open(store, Clock.fixed(at, ZoneOffset.UTC), new SecureRandom(), DemoSettings.defaults());
    }

    private AccountSnapshot onDisk() throws Exception {
        return new SnapshotReader().read(DemoFixtures.readState(dataDir).get("account"));
    }

    private List<String> auditLines() throws IOException {
        return Files.readAllLines(dataDir.resolve(DemoStore.AUDIT_FILE));
    }

    @Test
    void a_transfer_the_full_disk_did_not_take_did_not_happen_and_says_so() throws Exception {
        DemoExchange exchange = open(START);
        AccountSnapshot before = exchange.snapshot();
        List<String> auditBefore = auditLines();

        diskFull.set(true);
        ExchangeException failure = assertThrows(ExchangeException.class, () -> exchange.perform(TEN_USDT));

        assertEquals("demo.error.disk", failure.messageKey());
        assertEquals(List.of(dataDir.toString(), "No space left on device"), failure.args());
        assertEquals(before, exchange.snapshot(), "in memory: as before");
        assertEquals(before, onDisk(), "on disk: as before");
        assertEquals(auditBefore, auditLines());

        diskFull.set(false);
        assertTrue(exchange.perform(TEN_USDT).accepted());
        assertEquals(DemoFixtures.free(before, Wallet.SPOT, "USDT").add(BigDecimal.TEN), DemoFixtures.free(onDisk(), Wallet.SPOT, "USDT"),
                "done once, when the disk took it");
        List<String> audit = auditLines();
        assertEquals(auditBefore.size() + 1, audit.size());
        assertEquals(auditBefore.size() + 1, DemoStore.JSON.readTree(audit.get(audit.size() - 1)).get("seq").asInt(),
                "the next sequence number, neither skipped nor repeated");
    }

    @Test
    void an_authenticator_code_the_full_disk_did_not_record_is_not_accepted() throws Exception {
        DemoExchange exchange = open(START);
        String code = exchange.authenticatorCode();

        diskFull.set(true);
        assertThrows(ExchangeException.class, () -> exchange.verify(AUTHENTICATOR, code));

        assertEquals(Set.of(), exchange.verificationStatus().verified(), "not verified: nothing was saved");
        assertEquals(-1, DemoFixtures.readState(dataDir).at("/demo/verification/lastAuthenticatorStep").asLong());
        diskFull.set(false);
        assertEquals(Optional.empty(), exchange.verify(AUTHENTICATOR, code).lastProblem(), "the code was never spent");
    }

    @Test
    void a_used_authenticator_code_cannot_be_replayed_after_a_restart() throws Exception {
        DemoExchange exchange = open(START);
        String code = exchange.authenticatorCode();
        assertEquals(Optional.empty(), exchange.verify(AUTHENTICATOR, code).lastProblem());
        exchange.close();

        DemoExchange restarted = open(START.plusSeconds(10));

        assertEquals(Optional.of(Problem.ALREADY_USED), restarted.verify(AUTHENTICATOR, code).lastProblem());
    }

    @Test
    void reading_writes_nothing_even_when_the_exchange_has_moved_on_since() throws Exception {
        open(START).close();
        Path state = dataDir.resolve(DemoStore.STATE_FILE);
        byte[] bytes = Files.readAllBytes(state);
        FileTime modified = Files.getLastModifiedTime(state);
        List<String> audit = auditLines();

        // An hour later the seeded deposit has arrived (after 4 minutes): the exchange did it, nobody asked.
        DemoExchange later = open(START.plus(Duration.ofHours(1)));
        AccountSnapshot read = later.snapshot();
        later.history((part, records) -> { });
        later.closureProgress();

        assertEquals(List.of(), read.pendingTransfers(), "the deposit is shown as arrived");
        assertArrayEquals(bytes, Files.readAllBytes(state), "the state file is as it was");
        assertEquals(modified, Files.getLastModifiedTime(state));
        assertEquals(audit, auditLines());
        try (var files = Files.list(dataDir)) {
            assertEquals(Set.of(DemoStore.STATE_FILE, DemoStore.AUDIT_FILE, FolderLock.FILE),
                    Set.copyOf(files.map(f -> f.getFileName().toString()).toList()), "and no other file appeared");
        }

        later.perform(TEN_USDT);
        List<String> actions = auditLines().subList(audit.size(), auditLines().size()).stream()
                .map(line -> line.replaceAll(".*\"action\":\"([^\"]+)\".*", "$1")).toList();
        assertEquals(List.of("Settle", "Transfer"), actions, "what became due is saved with the next change, first");
        assertEquals(List.of(), onDisk().pendingTransfers());
    }
}
