package dev.closeout.closure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * The readiness report as one JSON object, per the spec: what {@code closeout check --format json}
 * prints and what an export keeps. A finding's fields take the snapshot's names for what they
 * hold ({@code maturesOn}, {@code email}, {@code part}…).
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public String render(ReadinessReport report) {
        try {
            return MAPPER.writeValueAsString(toJson(report));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a report tree always serialises", e);
        }
    }

    /** The report as a JSON tree, for embedding in a larger document. */
    public ObjectNode toJson(ReadinessReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("eligible", report.eligible());
        ArrayNode conditions = root.putArray("conditions");
        for (ConditionResult result : report.conditions()) {
            ObjectNode condition = conditions.addObject();
            condition.put("id", result.condition().name());
            condition.put("met", result.met());
            ArrayNode findings = condition.putArray("findings");
            result.findings().forEach(f -> finding(f, findings.addObject()));
        }
        return root;
    }

    private static void finding(Finding f, ObjectNode o) {
        o.put("kind", f.kind().name());
        if (f.wallet() != null) {
            o.put("wallet", f.wallet().name());
        }
        put(o, "asset", f.asset());
        put(o, "amount", f.amount());
        put(o, "usdValue", f.usdValue());
        put(o, "owed", f.owed());
        switch (f.kind()) {
            case SUB_ACCOUNT -> put(o, "email", f.id());
            case UNKNOWN -> put(o, "part", f.id());
            default -> put(o, "id", f.id());
        }
        switch (f.kind()) {
            case LAUNCHPOOL, LAUNCHPAD -> put(o, "project", f.symbol());
            default -> put(o, "symbol", f.symbol());
        }
        switch (f.kind()) {
            case EARN, STAKING -> put(o, "product", f.type());
            case TRANSFER -> put(o, "direction", f.type());
            case ORDER -> put(o, "type", f.type());
            default -> put(o, "status", f.type());
        }
        switch (f.kind()) {
            case EARN -> put(o, "maturesOn", f.date());
            case STAKING -> put(o, "releasesOn", f.date());
            default -> put(o, "endsOn", f.date());
        }
        put(o, "reason", f.reason());
        o.put("fix", f.fix().name());
    }

    private static void put(ObjectNode o, String name, Object value) {
        if (value instanceof BigDecimal amount) {
            o.put(name, amount.toPlainString());
        } else if (value != null) {
            o.put(name, value.toString());
        }
    }
}
