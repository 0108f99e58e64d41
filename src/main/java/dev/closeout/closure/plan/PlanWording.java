package dev.closeout.closure.plan;

import dev.closeout.closure.DustLimit;
import dev.closeout.closure.ReportWording;
import dev.closeout.closure.plan.Step.Action;
import dev.closeout.i18n.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** An exit plan in a person's words, for the command line and the app alike. */
public final class PlanWording {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Messages messages;
    private final ReportWording report;

    public PlanWording(Messages messages) {
        this.messages = messages;
        this.report = new ReportWording(messages);
    }

    /** What the step does: "Withdraw 1.5252 ETH on Arbitrum One: 1.5251 ETH arrives". */
    public String step(Step s) {
        String ref = s.action() == Action.CHECK_ON_EXCHANGE ? messages.get("unknown." + s.ref()) : s.ref();
        String said = messages.get("plan.step." + s.action().name(), nullToEmpty(s.asset()), plain(s.amount()),
                s.wallet() == null ? "" : report.wallet(s.wallet()), nullToEmpty(s.toAsset()), plain(s.amountOut()),
                s.network() == null ? "" : s.network().name(), nullToEmpty(ref));
        return s.action() == Action.LEAVE ? said + " " + why(s) : said;
    }

    /** Why it stays: which networks, and why no trade helps. */
    public String why(Step s) {
        List<String> parts = new ArrayList<>();
        if (s.reason() != null) {
            String minimum = s.network() == null ? "" : plain(s.network().minimum());
            parts.add(messages.get("plan.reason." + s.reason().name(), nullToEmpty(s.asset()), minimum,
                    s.network() == null ? "" : s.network().name(), s.wallet() == null ? "" : report.wallet(s.wallet()), nullToEmpty(s.ref())));
        }
        if (s.untraded() != null) {
            parts.add(messages.get("plan.untraded." + s.untraded().name()));
        }
        return String.join(messages.get("plan.and"), parts);
    }

    /** When it can run: now, or the moment. */
    public String when(Step s) {
        return s.notBefore() == null ? messages.get("plan.now") : messages.moment(s.notBefore());
    }

    /** What it costs and brings, in USD: empty for a step with neither. */
    public String money(Step s) {
        List<String> parts = new ArrayList<>();
        if (s.feeUsd() == null && s.arrivingUsd() == null && s.leftBehindUsd() == null && s.amount() != null
                && (s.action() == Action.WITHDRAW || s.action() == Action.LEAVE)) {
            parts.add(messages.get("plan.noPrice"));
        }
        if (s.feeUsd() != null && s.feeUsd().signum() != 0) {
            parts.add(messages.get("plan.fee", usd(s.feeUsd())));
        }
        if (s.arrivingUsd() != null && s.arrivingUsd().signum() != 0) {
            parts.add(messages.get("plan.arrives", usd(s.arrivingUsd())));
        }
        if (s.leftBehindUsd() != null && s.leftBehindUsd().signum() != 0) {
            parts.add(messages.get("plan.stays", usd(s.leftBehindUsd())));
        }
        return String.join(", ", parts);
    }

    public String destination(Choice choice) {
        Destination d = choice.destination();
        String where = d.anyNetwork() ? messages.get("plan.destination.anywhere")
                : d.single().map(r -> messages.get("plan.destination.to", r.asset(), r.network()))
                        .orElseGet(() -> messages.get("plan.destination.addresses", d.addresses().keySet().stream()
                                .map(r -> r.asset() + "/" + r.network()).sorted().collect(Collectors.joining(", "))));
        return messages.get("plan.destination", where, messages.get(choice.trading() ? "plan.trading.yes" : "plan.trading.no"));
    }

    /** "Prices as of …, estimates". */
    public String pricesAsOf(ExitPlan plan) {
        return messages.get("plan.prices", messages.moment(plan.pricesAt()));
    }

    public String totals(Totals t) {
        return messages.get("plan.totals", usd(t.valueNow()), usd(t.fees()), usd(t.arriving()), usd(t.leftBehind()));
    }

    public String naive(Totals t) {
        return messages.get("plan.naive", usd(t.fees()), usd(t.arriving()), usd(t.leftBehind()));
    }

    /** What the plan brings beyond the naive way; where the naive way brings more, that it is the one recommended. */
    public String saving(ExitPlan plan) {
        if (plan.naiveRecommended()) {
            return messages.get("plan.naiveBetter", usd(plan.planned().totals().arriving()));
        }
        BigDecimal percent = plan.savingPercent();
        return percent == null ? messages.get("plan.saving.noPercent", usd(plan.savingUsd()))
                : messages.get("plan.saving", usd(plan.savingUsd()), percent.toPlainString());
    }

    /** Whose figures these are: withdrawals the exchange's, the rest typical. */
    public String rules(ExitPlan plan) {
        ExitRules r = plan.rules();
        return messages.get("plan.rules", usd(plan.dustLimitUsd()), DustLimit.BTC_LIMIT.toPlainString(), percent(r.dustFee()),
                String.valueOf(r.dustInterval().toHours()), plain(r.smallestSaleUsd()), percent(r.tradingFee()),
                String.valueOf(r.unbonding().toDays()));
    }

    public String usd(BigDecimal value) {
        return report.usd(value);
    }

    private static String percent(BigDecimal fraction) {
        return plain(fraction.multiply(HUNDRED));
    }

    /** An amount as people write it: no trailing zeros; empty for none. */
    public static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
