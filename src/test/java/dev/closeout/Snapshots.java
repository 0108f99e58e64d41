package dev.closeout;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.closure.Eligibility;
import dev.closeout.closure.ReadinessReport;
import dev.closeout.exchange.SnapshotFormatException;
import dev.closeout.exchange.SnapshotReader;
import dev.closeout.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Test snapshots from small JSON texts. {@code json(parts)} takes the top-level properties a
 * test cares about and adds {@code schemaVersion 1}, {@code takenAt} and an active profile
 * unless the parts give their own.
 */
public final class Snapshots {

    public static final String TAKEN_AT = "2026-11-24T09:30:00Z";
    public static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);
    /** The spec's examples, beside the project (tests run in the project root). */
    public static final Path EXAMPLES = Path.of("../shared/spec/examples");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final String DEFAULTS = """
            { "schemaVersion": 1,
              "takenAt": "%s",
              "profile": { "accountId": "1001", "email": "ana@example.com", "status": "ACTIVE" } }
            """.formatted(TAKEN_AT);

    private Snapshots() {
    }

    /** A whole snapshot text: the given top-level properties over the defaults. */
    public static String json(String parts) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(DEFAULTS);
            root.setAll((ObjectNode) MAPPER.readTree("{" + parts + "}"));
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the test's JSON parts do not parse: " + parts, e);
        }
    }

    public static AccountSnapshot snapshot(String parts) {
        try {
            return reader().read(json(parts));
        } catch (SnapshotFormatException e) {
            throw new AssertionError("test snapshot does not read: " + e.getMessage(), e);
        }
    }

    /** The spec's typical account, for tests outside the rules' own package. */
    public static AccountSnapshot typical() {
        try {
            return reader().read(Files.readString(EXAMPLES.resolve("typical.json")));
        } catch (IOException | SnapshotFormatException e) {
            throw new AssertionError("the spec's typical.json does not read", e);
        }
    }

    public static ReadinessReport report(String parts) {
        return Eligibility.evaluate(snapshot(parts));
    }

    /** The error the reader gives for a whole text (use {@link #json} to build one). */
    public static SnapshotFormatException readError(String text) {
        return assertThrows(SnapshotFormatException.class, () -> reader().read(text));
    }

    public static SnapshotReader reader() {
        return new SnapshotReader(ENGLISH);
    }
}
