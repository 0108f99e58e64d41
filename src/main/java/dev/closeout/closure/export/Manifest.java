package dev.closeout.closure.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.history.AccountHistory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What an export holds, so that later its owner can show it is complete and unchanged: the
 * account, the period, each file with what it contains, its records, its size and its SHA-256,
 * and what the exchange could not give. {@code SHA256SUMS} repeats the hashes, the manifest's
 * own included, in the form {@code sha256sum -c SHA256SUMS} checks.
 */
final class Manifest {

    static final String FILE = "manifest.json";
    static final String CHECKSUMS = "SHA256SUMS";
    static final int VERSION = 1;

    private Manifest() {
    }

    static void write(String exchange, AccountSnapshot snapshot, AccountHistory history, List<ExportedFile> files, OutputStream out)
            throws IOException {
        try (JsonGenerator json = JsonMapper.builder().build().getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("manifestVersion", VERSION);
            json.writeStringField("exchange", exchange);
            json.writeStringField("accountId", snapshot.profile().accountId());
            json.writeStringField("email", snapshot.profile().email());
            json.writeStringField("exportedAt", snapshot.takenAt().toString());
            ExportBundle.period(json, history);
            json.writeArrayFieldStart("files");
            for (ExportedFile file : files) {
                json.writeStartObject();
                json.writeStringField("name", file.name());
                json.writeStringField("contents", file.contents());
                if (file.records() != null) {
                    json.writeNumberField("records", file.records());
                }
                json.writeNumberField("bytes", file.bytes());
                json.writeStringField("sha256", file.sha256());
                json.writeEndObject();
            }
            json.writeEndArray();
            ExportBundle.notIncluded(json, history.notIncluded());
            json.writeStringField("verify", "Each file's SHA-256 is listed above and in " + CHECKSUMS
                    + "; in the export's folder, sha256sum -c " + CHECKSUMS + " checks them all, this manifest included.");
            json.writeEndObject();
        }
    }

    /** One line per file, as {@code sha256sum} writes them: hash, two spaces, name. */
    static byte[] checksums(List<ExportedFile> files) {
        StringBuilder lines = new StringBuilder();
        files.forEach(f -> lines.append(f.sha256()).append("  ").append(f.name()).append('\n'));
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }
}
