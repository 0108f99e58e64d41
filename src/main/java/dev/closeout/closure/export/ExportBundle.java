package dev.closeout.closure.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.history.AccountHistory;
import dev.closeout.account.history.AccountHistory.NotIncluded;
import dev.closeout.closure.ReadinessReport;
import dev.closeout.closure.ReportJson;
import dev.closeout.exchange.SnapshotWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Everything in one JSON file: the history (each part under its table's name, each record with
 * the CSV's column names, amounts as decimal strings, absent values left out), what the
 * exchange could not give, the snapshot in the spec's format and the readiness report as
 * {@code closeout check --format json} prints it. Written as it goes: a long history need not fit in memory twice.
 */
final class ExportBundle {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private ExportBundle() {
    }

    static void write(String exchange, AccountSnapshot snapshot, ReadinessReport report, AccountHistory history, OutputStream out,
            Runnable checkCancelled) throws IOException {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("exchange", exchange);
            json.writeStringField("accountId", snapshot.profile().accountId());
            json.writeStringField("exportedAt", snapshot.takenAt().toString());
            period(json, history);
            json.writeObjectFieldStart("history");
            for (HistoryTable<?> table : HistoryTables.ALL) {
                records(json, table, history);
                checkCancelled.run();
            }
            json.writeEndObject();
            notIncluded(json, history.notIncluded());
            json.writeFieldName("snapshot");
            json.writeTree(new SnapshotWriter().toJson(snapshot));
            json.writeFieldName("readinessReport");
            json.writeTree(new ReportJson().toJson(report));
            json.writeEndObject();
        }
    }

    static void period(JsonGenerator json, AccountHistory history) throws IOException {
        json.writeObjectFieldStart("period");
        json.writeStringField("from", history.from().toString());
        json.writeStringField("to", history.to().toString());
        json.writeEndObject();
    }

    static void notIncluded(JsonGenerator json, List<NotIncluded> notIncluded) throws IOException {
        json.writeArrayFieldStart("notIncluded");
        for (NotIncluded n : notIncluded) {
            json.writeStartObject();
            json.writeStringField("what", n.what());
            json.writeStringField("reason", n.reason());
            if (n.whereToGetIt() != null) {
                json.writeStringField("whereToGetIt", n.whereToGetIt());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static <T> void records(JsonGenerator json, HistoryTable<T> table, AccountHistory history) throws IOException {
        json.writeArrayFieldStart(table.jsonName());
        for (T record : table.records().apply(history)) {
            json.writeStartObject();
            for (HistoryTable.Column<T> column : table.columns()) {
                String text = column.text(record);
                if (text != null) {
                    json.writeStringField(column.name(), text);
                }
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
