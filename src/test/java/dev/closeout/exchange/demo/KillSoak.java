package dev.closeout.exchange.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Balance;
import dev.closeout.account.Wallet;
import dev.closeout.exchange.SnapshotReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Kills a child JVM ({@link CrashLoop}) that moves 0.01 USDT from Funding to Spot in a loop, with
 * SIGKILL at a random moment, round after round over the same data folder, and checks the folder
 * as each kill left it.
 * <p>
 * A <b>torn file</b> is a kill after which the state file does not parse or is neither level with
 * the audit log nor exactly one action ahead of it (the documented window: the state is written
 * first, carrying its own record), a complete audit line does not parse or breaks the sequence
 * 1, 2, 3…, or opening the folder sets the state aside, rewrites it, or leaves the log short of it.
 * A torn last audit line alone is the other side of that window, not a torn file: opening moves
 * it aside and appends the state's own record. A <b>lost action</b> is a transfer the child was
 * told was done that the reopened account does not hold.
 * <p>
 * {@code CrashConsistencyTest} runs 200 rounds in the build; the soak, 1,000 or as many as asked:
 * {@code mvn -B -q -Pbench -DskipTests test-compile exec:exec@kill-soak [-Dsoak.rounds=1000]}.
 */
public final class KillSoak {

    /** What {@link Process#waitFor()} reports for a child ended by signal 9: 128 + 9. */
    private static final int KILLED_BY_SIGKILL = 128 + 9;
    private static final BigDecimal SPOT_START = new BigDecimal("412.37");
    private static final BigDecimal FUNDING_START = new BigDecimal("250.00");

    /** What the rounds came to. */
    record Figures(int kills, int tornFiles, long lostActions, long transfers, int stateAhead, int tornAuditTails, double seconds) {

        @Override
        public String toString() {
            return String.format("kills %d, torn files %d, lost actions %d (transfers completed %d; state one ahead of the log"
                    + " %d times, torn last audit line %d times; %.0f s)", kills, tornFiles, lostActions, transfers, stateAhead,
                    tornAuditTails, seconds);
        }
    }

    private final Path folder;
    private final Random random;
    private final int maxSleepMs;
    private final Consumer<String> problem;

    /** {@code problem} hears what is wrong after a kill, in words, each time something is. */
    KillSoak(Path folder, Random random, int maxSleepMs, Consumer<String> problem) {
        this.folder = folder;
        this.random = random;
        this.maxSleepMs = maxSleepMs;
        this.problem = problem;
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("soak.rounds", 1000);
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Path folder = Files.createTempDirectory("closeout-kill-soak");
        System.out.println("kill soak: " + rounds + " kills in " + folder + ", seed " + seed);
        int[] reported = {0};
        Figures figures = new KillSoak(folder, new Random(seed), CrashConsistencyTest.MAX_SLEEP_MS, line -> {
            if (reported[0]++ < 20) {
                System.out.println("  " + line);
            }
        }).run(rounds, round -> {
            if (round % 100 == 0) {
                System.out.println("  " + round + " kills");
            }
        });
        System.out.println(figures);
    }

    Figures run(int rounds, Consumer<Integer> progress) throws Exception {
        long started = System.nanoTime();
        int tornFiles = 0;
        int stateAhead = 0;
        int tornTails = 0;
        long lost = 0;
        long transfers = 0;
        for (int round = 1; round <= rounds; round++) {
            String where = "kill " + round;
            long told = killChildAtRandomMoment(where);
            Round after = check(where, transfers, told);
            tornFiles += after.torn() ? 1 : 0;
            stateAhead += after.stateAhead() ? 1 : 0;
            tornTails += after.tornTail() ? 1 : 0;
            lost += after.lost();
            transfers = Math.max(transfers, after.transfers());
            progress.accept(round);
        }
        return new Figures(rounds, tornFiles, lost, transfers, stateAhead, tornTails, (System.nanoTime() - started) / 1e9);
    }

    private record Round(boolean torn, long lost, long transfers, boolean stateAhead, boolean tornTail) {
    }

    /** The folder as the kill left it, then opened: what holds and what does not. */
    private Round check(String where, long transfersBefore, long told) throws Exception {
        List<String> torn = new ArrayList<>();
        byte[] stateBytes = Files.readAllBytes(folder.resolve(DemoStore.STATE_FILE));
        JsonNode state;
        AccountSnapshot stored;
        try {
            state = DemoStore.JSON.readTree(stateBytes);
            stored = new SnapshotReader().read(state.get("account"));
        } catch (IOException | RuntimeException | dev.closeout.exchange.SnapshotFormatException e) {
            problem.accept(where + ": the state file does not parse: " + e.getMessage());
            return new Round(true, 0, transfersBefore, false, false);
        }
        long stateSeq = state.path("seq").asLong(-1);
        JsonNode lastAudit = state.get("lastAudit");
        AuditLog before = AuditLog.read(folder, torn);
        boolean ahead = false;
        if (before.lines().isEmpty()) {
            torn.add("no complete line in the audit log");
        } else if (stateSeq == before.lastSeq()) {
            if (!before.lastLine().equals(lastAudit)) {
                torn.add("the state's own audit record is not the log's last line");
            }
        } else if (stateSeq == before.lastSeq() + 1 && lastAudit != null && lastAudit.path("seq").asLong() == stateSeq) {
            ahead = true;
        } else {
            torn.add("state seq " + stateSeq + " is neither level with the log's last seq " + before.lastSeq() + " nor one ahead with its own record");
        }

        long transfers = transfersBefore;
        long lost = 0;
        // Opening recovers: it appends the state's own record if the log stops short, and changes nothing else.
        try (DemoExchange exchange = DemoExchange.open(folder, CrashLoop.CLOCK, new SecureRandom(), DemoSettings.defaults())) {
            if (exchange.setAsideFile().isPresent()) {
                torn.add("the state file was set aside as unreadable");
            }
            AccountSnapshot live = exchange.snapshot();
            AuditLog after = AuditLog.read(folder, torn);
            if (after.tornTail() || after.lines().isEmpty() || after.lastSeq() != stateSeq || !after.lastLine().equals(lastAudit)) {
                torn.add("after opening the log does not end whole with the state's own record");
            }
            if (!Arrays.equals(stateBytes, Files.readAllBytes(folder.resolve(DemoStore.STATE_FILE)))) {
                torn.add("opening rewrote the state file");
            }
            if (!stored.equals(live)) {
                torn.add("the opened exchange differs from the account in the state file");
            }
            long n = after.completedTransfers();
            transfers = n;
            // Every transfer the child heard was done is in the account: its record in the log, its money in Spot.
            lost = Math.max(0, told - (n - transfersBefore)) + Math.max(0, transfersBefore - n);
            if (lost > 0) {
                problem.accept(where + ": the child was told " + told + " transfers were done; the log went from " + transfersBefore
                        + " to " + n);
            }
            BigDecimal moved = CrashLoop.STEP.multiply(BigDecimal.valueOf(n));
            if (SPOT_START.add(moved).compareTo(usdt(live, Wallet.SPOT)) != 0
                    || FUNDING_START.subtract(moved).compareTo(usdt(live, Wallet.FUNDING)) != 0) {
                torn.add("the balances are not those of the seeded account after " + n + " transfers: Spot "
                        + usdt(live, Wallet.SPOT).toPlainString() + ", Funding " + usdt(live, Wallet.FUNDING).toPlainString());
            }
        }
        torn.forEach(what -> problem.accept(where + ": " + what));
        return new Round(!torn.isEmpty(), lost, transfers, ahead, before.tornTail());
    }

    /** Starts the child, waits for "ready", sleeps 0–{@code maxSleepMs} ms and kills it with SIGKILL; how many transfers it was told were done. */
    private long killChildAtRandomMoment(String where) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A file, not a pipe: each line is the kernel's once written, and a pipe read while its process dies can lose its end.
        Path said = Files.createTempFile("closeout-kill-soak-child", ".txt");
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), CrashLoop.class.getName(), folder.toString())
                .redirectErrorStream(true)
                .redirectOutput(said.toFile())
                .start();
        try {
            while (!Files.readString(said, StandardCharsets.UTF_8).startsWith("ready\n")) {
                if (!child.isAlive()) {
                    throw new IllegalStateException(where + ": the child ended before it was ready, exit " + child.exitValue() + ":\n"
                            + Files.readString(said, StandardCharsets.UTF_8));
                }
                Thread.sleep(2);
            }
            Thread.sleep(random.nextInt(maxSleepMs + 1));
            // On Linux (and every Unix) destroyForcibly() sends SIGKILL; the exit value below proves it was signal 9.
            child.destroyForcibly();
            int exit = child.waitFor();
            List<String> lines = Files.readAllLines(said, StandardCharsets.UTF_8);
            if (exit != KILLED_BY_SIGKILL) {
                throw new IllegalStateException(where + ": the child was not killed by SIGKILL but ended with " + exit + ":\n"
                        + String.join("\n", lines));
            }
            return lines.stream().filter("done"::equals).count();
        } finally {
            child.destroyForcibly().waitFor();
            Files.deleteIfExists(said);
        }
    }

    private static BigDecimal usdt(AccountSnapshot account, Wallet wallet) {
        return account.balances().stream().filter(b -> b.wallet() == wallet && b.asset().equals("USDT"))
                .map(Balance::free).findFirst().orElse(BigDecimal.ZERO);
    }

    /** The audit log read raw: its complete lines, and whether a torn line without its newline follows. */
    private record AuditLog(List<JsonNode> lines, boolean tornTail) {

        /** A complete line that does not parse, or breaks the sequence, is added to {@code torn}. */
        static AuditLog read(Path folder, List<String> torn) throws IOException {
            byte[] bytes = Files.readAllBytes(folder.resolve(DemoStore.AUDIT_FILE));
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') {
                end--;
            }
            List<JsonNode> lines = new ArrayList<>();
            for (String text : end == 0 ? new String[0] : new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n")) {
                if (text.isEmpty()) {
                    torn.add("an empty line in the audit log after line " + lines.size());
                    continue;
                }
                try {
                    JsonNode line = DemoStore.JSON.readTree(text);
                    if (line.path("seq").asLong() != lines.size() + 1) {
                        torn.add("audit seqs are not 1, 2, 3, … at line " + (lines.size() + 1));
                    }
                    lines.add(line);
                } catch (IOException e) {
                    torn.add("audit line " + (lines.size() + 1) + " does not parse");
                }
            }
            return new AuditLog(lines, end < bytes.length);
        }

        JsonNode lastLine() {
            return lines.get(lines.size() - 1);
        }

        long lastSeq() {
            return lastLine().path("seq").asLong();
        }

        long completedTransfers() {
            return lines.stream().filter(l -> l.path("action").asText().equals("Transfer")
                    && l.path("outcome").asText().equals("DONE")).count();
        }
    }
}
