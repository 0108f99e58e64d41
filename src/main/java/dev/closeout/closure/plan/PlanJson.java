package dev.closeout.closure.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Comparator;

/**
 * An exit plan as one JSON object, what {@code closeout plan --format json} prints. Amounts and USD
 * figures are decimal strings; {@code valueNowUsd} is exactly {@code feesUsd + arrivingUsd +
 * leftBehindUsd}, for the plan and for {@code naive}. A step's {@code feeUsd} and {@code arrivingUsd}
 * are null where its asset has no price; its {@code notBefore} is null when it can run now.
 */
public final class PlanJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public String render(ExitPlan plan) {
        try {
            return MAPPER.writeValueAsString(toJson(plan));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan tree always serialises", e);
        }
    }

    public ObjectNode toJson(ExitPlan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("pricesAt", plan.pricesAt().toString());
        root.put("pricesAreEstimates", true);
        ObjectNode destination = root.putObject("destination");
        destination.put("anyNetwork", plan.choice().destination().anyNetwork());
        ArrayNode routes = destination.putArray("routes");
        plan.choice().destination().addresses().keySet().stream()
                .sorted(Comparator.comparing(Destination.Route::asset).thenComparing(Destination.Route::network))
                .forEach(r -> routes.addObject().put("asset", r.asset()).put("network", r.network()));
        root.put("trading", plan.choice().trading());
        root.put("recommended", plan.naiveRecommended() ? "naive" : "plan");
        totals(root, plan.totals());
        root.put("savingUsd", decimal(plan.savingUsd()));
        root.put("savingPercent", decimal(plan.savingPercent()));
        totals(root.putObject("naive"), plan.naive().totals());
        ObjectNode rules = root.putObject("rules");
        rules.put("basis", "typical");
        rules.put("dustLimitUsd", decimal(plan.dustLimitUsd()));
        rules.put("dustFee", decimal(plan.rules().dustFee()));
        rules.put("dustIntervalHours", plan.rules().dustInterval().toHours());
        rules.put("smallestSaleUsd", decimal(plan.rules().smallestSaleUsd()));
        rules.put("tradingFee", decimal(plan.rules().tradingFee()));
        rules.put("futuresFee", decimal(plan.rules().futuresFee()));
        rules.put("unbondingDays", plan.rules().unbonding().toDays());
        ArrayNode steps = root.putArray("steps");
        plan.steps().forEach(s -> step(s, steps.addObject()));
        return root;
    }

    private static void totals(ObjectNode o, Totals t) {
        o.put("valueNowUsd", decimal(t.valueNow()));
        o.put("feesUsd", decimal(t.fees()));
        o.put("arrivingUsd", decimal(t.arriving()));
        o.put("leftBehindUsd", decimal(t.leftBehind()));
    }

    private static void step(Step s, ObjectNode o) {
        o.put("action", s.action().name());
        o.put("asset", s.asset());
        o.put("amount", decimal(s.amount()));
        optional(o, "wallet", s.wallet() == null ? null : s.wallet().name());
        optional(o, "toAsset", s.toAsset());
        optional(o, "amountOut", decimal(s.amountOut()));
        optional(o, "network", s.network() == null ? null : s.network().network());
        o.put("feeUsd", decimal(s.feeUsd()));
        o.put("arrivingUsd", decimal(s.arrivingUsd()));
        optional(o, "leftBehindUsd", s.leftBehindUsd() == null || s.leftBehindUsd().signum() == 0 ? null : decimal(s.leftBehindUsd()));
        o.put("notBefore", s.notBefore() == null ? null : s.notBefore().toString());
        optional(o, "reason", s.reason() == null ? null : s.reason().name());
        optional(o, "untraded", s.untraded() == null ? null : s.untraded().name());
        optional(o, "ref", s.ref());
    }

    private static void optional(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    /** A decimal as a plain string without trailing zeros; null for none. */
    private static String decimal(BigDecimal value) {
        return value == null ? null : value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
