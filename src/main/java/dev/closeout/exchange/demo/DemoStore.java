package dev.closeout.exchange.demo;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.LoggedAction;
import dev.closeout.exchange.OutsideJson;
import dev.closeout.exchange.SnapshotFormatException;
import dev.closeout.exchange.SnapshotReader;
import dev.closeout.exchange.SnapshotWriter;
import dev.closeout.i18n.Reasons;
import dev.closeout.storage.AtomicFile;
import dev.closeout.storage.FolderLock;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The demo exchange on disk: one state file (the account in the snapshot format, the demo's
 * own side, its clock) replaced atomically, and an append-only audit log of JSON lines, in a
 * folder this store holds the lock of from open to close.
 * <p>
 * Each action writes the state first, carrying its own audit record, then appends that record.
 * A crash in between leaves the state one action ahead of the log; opening the store appends
 * the missing record, so the state always equals the state after the last action the log
 * records. A state file that does not parse is moved aside, never overwritten; one that cannot
 * be read (a disk that does not answer) is reported and left where it is.
 */
final class DemoStore implements AutoCloseable {

    static final String STATE_FILE = "exchange.json";
    static final String AUDIT_FILE = "audit.jsonl";
    /** Where damaged last lines of the audit log go, appended, so the log itself goes on whole. */
    static final String DAMAGED_AUDIT_FILE = "audit.damaged.jsonl";
    private static final int FORMAT = 1;
    private static final DateTimeFormatter ASIDE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    static final ObjectMapper JSON = OutsideJson.mapper()
            .addModule(new JavaTimeModule())
            .addModule(OutsideJson.boundedAmounts())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // The demo's side goes to disk as a tree: keep each amount's scale there too ("18.20" stays "18.20").
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
            .build();

    /** What the state file holds. */
    record Stored(long seq, Duration clockOffset, AccountSnapshot account, DemoExtras extras, ObjectNode lastAudit) {
    }

    /** How the state file is replaced: atomically; tests put a full disk here. */
    @FunctionalInterface
    interface StateWriter {
        void write(Path target, byte[] bytes) throws IOException;
    }

    private final Path folder;
    private final StateWriter writer;
    private final FolderLock lock;
    /** Saved records the log does not have yet (its append failed): written before the next. */
    private final List<ObjectNode> unlogged = new ArrayList<>();
    private boolean closed;
    private Path setAside;

    private DemoStore(Path folder, StateWriter writer, FolderLock lock) {
        this.folder = folder;
        this.writer = writer;
        this.lock = lock;
    }

    /**
     * Takes the folder's lock, waiting up to {@code waitForLock} for another Closeout to let go.
     *
     * @throws ExchangeException {@code demo.error.inUse} when it does not
     */
    static DemoStore open(Path folder, Duration waitForLock, StateWriter writer) throws ExchangeException {
        try {
            return new DemoStore(folder, writer, FolderLock.acquire(folder, waitForLock));
        } catch (FolderLock.FolderInUseException e) {
            throw new ExchangeException("demo.error.inUse", List.of(folder.toString()), e);
        } catch (IOException e) {
            throw new ExchangeException("demo.error.disk", List.of(folder.toString(), Reasons.of(e)), e);
        }
    }

    Path folder() {
        return folder;
    }

    /** Where an unreadable state file was moved on opening, if one was. */
    Optional<Path> setAside() {
        return Optional.ofNullable(setAside);
    }

    /** The saved state, with the audit log brought level with it; empty when there is none or it was unreadable. */
    Optional<Stored> load(Instant realNow) throws ExchangeException {
        Path state = folder.resolve(STATE_FILE);
        byte[] bytes;
        try {
            AtomicFile.removeLeftovers(state);
            if (!Files.exists(state)) {
                return Optional.empty();
            }
            bytes = Files.readAllBytes(state);
        } catch (IOException e) {
            // Not the file's fault: it stays where it is, and nothing is seeded over it.
            throw new ExchangeException("demo.error.read", List.of(state.toString(), Reasons.of(e)), e);
        }
        Stored stored;
        try {
            stored = parse(bytes);
        } catch (IOException | SnapshotFormatException | IllegalArgumentException | DateTimeException e) {
            return setAside(state, realNow);
        }
        try {
            recoverAudit(stored);
        } catch (IOException e) {
            throw new ExchangeException("demo.error.disk", List.of(folder.toString(), Reasons.of(e)), e);
        }
        return Optional.of(stored);
    }

    private Optional<Stored> setAside(Path state, Instant realNow) throws ExchangeException {
        try {
            String name = STATE_FILE + ".unreadable-" + ASIDE_STAMP.format(realNow);
            setAside = folder.resolve(name);
            for (int n = 2; Files.exists(setAside); n++) {
                setAside = folder.resolve(name + "-" + n);
            }
            Files.move(state, setAside);
            return Optional.empty();
        } catch (IOException e) {
            throw new ExchangeException("demo.error.disk", List.of(folder.toString(), Reasons.of(e)), e);
        }
    }

    /** Parses and checks a state file: what does not hold together is as unreadable as what does not parse. */
    private static Stored parse(byte[] bytes) throws IOException, SnapshotFormatException {
        JsonNode root = JSON.readTree(bytes);
        if (root == null || root.path("format").asInt() != FORMAT) {
            throw new IOException("not a demo exchange state file of format " + FORMAT);
        }
        AccountSnapshot account = new SnapshotReader().read(root.required("account"));
        DemoExtras extras = JSON.treeToValue(root.required("demo"), DemoExtras.class);
        Duration offset = Duration.parse(root.required("clockOffset").asText());
        JsonNode audit = root.path("lastAudit");
        long seq = root.required("seq").asLong(-1);
        if (seq < 1 || !audit.isObject() || audit.path("seq").asLong(-1) != seq) {
            throw new IllegalArgumentException("the state's sequence number and its audit record disagree");
        }
        if (offset.isNegative()) {
            throw new IllegalArgumentException("the demo clock runs backwards");
        }
        extras.validate();
        return new Stored(seq, offset, account, extras, (ObjectNode) audit);
    }

    /**
     * Appends the state's own audit record if the log stops short of it (a crash between the two
     * writes). A last line that is torn or does not parse is moved to {@value #DAMAGED_AUDIT_FILE} first.
     */
    private void recoverAudit(Stored stored) throws IOException, ExchangeException {
        Path audit = folder.resolve(AUDIT_FILE);
        long lastSeq = -1;
        if (Files.exists(audit)) {
            byte[] bytes = Files.readAllBytes(audit);
            int end = bytes.length;
            while (end > 0) {
                int start = end - 1;
                while (start > 0 && bytes[start - 1] != '\n') {
                    start--;
                }
                lastSeq = bytes[end - 1] == '\n' ? seqOf(new String(bytes, start, end - start, StandardCharsets.UTF_8)) : -1;
                if (lastSeq >= 0) {
                    break;
                }
                end = start;
            }
            if (end < bytes.length) {
                moveAside(audit, bytes, end);
            }
        }
        if (lastSeq < stored.seq()) {
            appendAudit(stored.lastAudit());
        }
    }

    /** A log line's sequence number; -1 when it is not a record. */
    private static long seqOf(String line) {
        try {
            return JSON.readTree(line).path("seq").asLong(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    private void moveAside(Path audit, byte[] bytes, int from) throws IOException {
        byte[] damaged = Arrays.copyOfRange(bytes, from, bytes.length);
        try (FileChannel aside = FileChannel.open(folder.resolve(DAMAGED_AUDIT_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            aside.write(ByteBuffer.wrap(damaged));
            if (damaged[damaged.length - 1] != '\n') {
                aside.write(ByteBuffer.wrap(new byte[] {'\n'}));
            }
            aside.force(true);
        }
        try (FileChannel log = FileChannel.open(audit, StandardOpenOption.WRITE)) {
            log.truncate(from);
            log.force(true);
        }
    }

    /** One line of the audit log: the action, what it was given (never a code or a secret), and how it ended. */
    static ObjectNode auditRecord(long seq, Instant at, String action, ObjectNode inputs, ActionResult result) {
        ObjectNode audit = JSON.createObjectNode();
        audit.put("seq", seq);
        audit.put("at", at.toString());
        audit.put("action", action);
        if (inputs != null) {
            audit.set("inputs", inputs);
        }
        audit.put("outcome", result.outcome().name());
        audit.put("message", result.messageKey());
        ArrayNode args = audit.putArray("args");
        result.args().forEach(args::add);
        return audit;
    }

    /** Every line of the audit log, oldest first, each action with what it was given as "name: value" text. */
    List<LoggedAction> auditLog() throws ExchangeException {
        ensureOpen();
        Path audit = folder.resolve(AUDIT_FILE);
        List<LoggedAction> actions = new ArrayList<>();
        try {
            for (String line : Files.exists(audit) ? Files.readAllLines(audit, StandardCharsets.UTF_8) : List.<String>of()) {
                if (!line.isBlank()) {
                    actions.add(logged(JSON.readTree(line)));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new ExchangeException("demo.error.read", List.of(audit.toString(), Reasons.of(e)), e);
        }
        return actions;
    }

    private static LoggedAction logged(JsonNode line) {
        List<String> inputs = new ArrayList<>();
        line.path("inputs").fields().forEachRemaining(f -> inputs.add(f.getKey() + ": "
                + (f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString())));
        List<String> args = new ArrayList<>();
        line.path("args").forEach(a -> args.add(a.asText()));
        ActionResult.Outcome outcome = ActionResult.Outcome.valueOf(line.required("outcome").asText());
        // The key the action's answer was worded with when it was logged.
        String messageKey = line.required("message").asText();
        return new LoggedAction(Instant.parse(line.required("at").asText()), line.required("action").asText(), String.join(", ", inputs),
                new ActionResult(outcome, messageKey, args));
    }

    void save(Stored stored) throws ExchangeException {
        ensureOpen();
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("seq", stored.seq());
        root.put("clockOffset", stored.clockOffset().toString());
        root.set("account", new SnapshotWriter().toJson(stored.account()));
        root.set("demo", JSON.valueToTree(stored.extras()));
        root.set("lastAudit", stored.lastAudit());
        try {
            writer.write(folder.resolve(STATE_FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        } catch (IOException e) {
            throw new ExchangeException("demo.error.disk", List.of(folder.toString(), Reasons.of(e)), e);
        }
    }

    /** Appends a record, after any an earlier failed append left out; a failed append leaves no part of a line. */
    void appendAudit(ObjectNode record) throws ExchangeException {
        ensureOpen();
        unlogged.add(record);
        try (FileChannel channel = FileChannel.open(folder.resolve(AUDIT_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            long size = channel.size();
            try {
                StringBuilder lines = new StringBuilder();
                unlogged.forEach(r -> lines.append(r).append('\n'));
                channel.write(ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            } catch (IOException e) {
                channel.truncate(size);
                throw e;
            }
            unlogged.clear();
        } catch (IOException e) {
            throw new ExchangeException("demo.error.disk", List.of(folder.toString(), Reasons.of(e)), e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the demo exchange in " + folder + " was closed");
        }
    }

    /** Lets go of the folder: another Closeout may open it now. */
    @Override
    public void close() throws ExchangeException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lock.close();
        } catch (IOException e) {
            throw new ExchangeException("demo.error.disk", List.of(folder.toString(), Reasons.of(e)), e);
        }
    }
}
