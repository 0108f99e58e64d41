package dev.closeout.exchange.demo;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.OutsideJson;
import dev.closeout.exchange.SnapshotFormatException;
import dev.closeout.exchange.SnapshotReader;
import dev.closeout.exchange.SnapshotWriter;
import dev.closeout.storage.AtomicFile;
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
import java.util.List;
import java.util.Optional;

/**
 * The demo exchange on disk: one state file (the account in the snapshot format, the demo's
 * own side, its clock) replaced atomically, and an append-only audit log of JSON lines.
 * <p>
 * Each action writes the state first, carrying its own audit record, then appends that record.
 * A crash in between leaves the state one action ahead of the log; opening the store appends
 * the missing record, so the state always equals the state after the last action the log
 * records. A state file that does not parse is moved aside, never overwritten.
 */
final class DemoStore {

    static final String STATE_FILE = "exchange.json";
    static final String AUDIT_FILE = "audit.jsonl";
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

    private final Path folder;
    private Path setAside;

    DemoStore(Path folder) {
        this.folder = folder;
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
        try {
            Files.createDirectories(folder);
            if (!Files.exists(state)) {
                return Optional.empty();
            }
            Stored stored;
            try {
                stored = parse(Files.readAllBytes(state));
            } catch (IOException | SnapshotFormatException | IllegalArgumentException | DateTimeException e) {
                String name = STATE_FILE + ".unreadable-" + ASIDE_STAMP.format(realNow);
                setAside = folder.resolve(name);
                for (int n = 2; Files.exists(setAside); n++) {
                    setAside = folder.resolve(name + "-" + n);
                }
                Files.move(state, setAside);
                return Optional.empty();
            }
            recoverAudit(stored);
            return Optional.of(stored);
        } catch (IOException e) {
            throw new ExchangeException("demo.error.disk", List.of(folder.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    private static Stored parse(byte[] bytes) throws IOException, SnapshotFormatException {
        JsonNode root = JSON.readTree(bytes);
        if (root == null || root.path("format").asInt() != FORMAT) {
            throw new IOException("not a demo exchange state file of format " + FORMAT);
        }
        AccountSnapshot account = new SnapshotReader().read(root.required("account"));
        DemoExtras extras = JSON.treeToValue(root.required("demo"), DemoExtras.class);
        Duration offset = Duration.parse(root.required("clockOffset").asText());
        JsonNode audit = root.path("lastAudit");
        return new Stored(root.required("seq").asLong(), offset, account, extras, audit.isObject() ? (ObjectNode) audit : null);
    }

    /** Appends the state's own audit record if the log stops short of it (a crash between the two writes), dropping a torn last line. */
    private void recoverAudit(Stored stored) throws IOException, ExchangeException {
        if (stored.lastAudit() == null) {
            return;
        }
        Path audit = folder.resolve(AUDIT_FILE);
        long lastSeq = -1;
        if (Files.exists(audit)) {
            byte[] bytes = Files.readAllBytes(audit);
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') {
                end--;
            }
            if (end < bytes.length) {
                try (FileChannel channel = FileChannel.open(audit, StandardOpenOption.WRITE)) {
                    channel.truncate(end);
                    channel.force(true);
                }
            }
            String text = new String(bytes, 0, end, StandardCharsets.UTF_8).strip();
            if (!text.isEmpty()) {
                lastSeq = JSON.readTree(text.substring(text.lastIndexOf('\n') + 1)).path("seq").asLong(-1);
            }
        }
        if (lastSeq < stored.seq()) {
            appendAudit(stored.lastAudit());
        }
    }

    void save(Stored stored) throws ExchangeException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("seq", stored.seq());
        root.put("clockOffset", stored.clockOffset().toString());
        root.set("account", new SnapshotWriter().toJson(stored.account()));
        root.set("demo", JSON.valueToTree(stored.extras()));
        root.set("lastAudit", stored.lastAudit());
        try {
            AtomicFile.write(folder.resolve(STATE_FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        } catch (IOException e) {
            throw new ExchangeException("demo.error.disk", List.of(folder.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    void appendAudit(ObjectNode record) throws ExchangeException {
        byte[] line = (record.toString() + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(folder.resolve(AUDIT_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap(line));
            channel.force(true);
        } catch (IOException e) {
            throw new ExchangeException("demo.error.disk", List.of(folder.toString(), String.valueOf(e.getMessage())), e);
        }
    }
}
