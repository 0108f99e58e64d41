package dev.closeout.closure;

import dev.closeout.account.EarnPosition;
import dev.closeout.account.Wallet;
import dev.closeout.exchange.ActionResult;
import dev.closeout.i18n.Amounts;
import dev.closeout.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A report in a person's words: what each finding is about and what to do about it. */
public final class ReportWording {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final Messages messages;
    private final Amounts amounts;

    public ReportWording(Messages messages) {
        this.messages = messages;
        this.amounts = messages.amounts();
    }

    public String condition(Condition condition) {
        return messages.get("condition." + condition.name());
    }

    public String wallet(Wallet wallet) {
        return messages.get("wallet." + wallet.name());
    }

    /** A USD value as a person reads it: two decimals, grouped in their locale. */
    public String usd(BigDecimal value) {
        return amounts.usd(value);
    }

    /** A coin amount as a person reads it: grouped in their locale, every decimal it has and no trailing zeros. */
    public String amount(BigDecimal amount) {
        return amounts.number(amount, null);
    }

    /** What the finding is about, with its USD value where there is one. */
    public String item(Finding f) {
        return itemWithoutValue(f) + valueSuffix(f);
    }

    private String itemWithoutValue(Finding f) {
        String amount = f.amount() == null ? "" : amounts.number(f.amount(), f.asset());
        return switch (f.kind()) {
            case BALANCE -> f.owed() != null
                    ? messages.get("finding.BALANCE.owed", amount, f.asset(), wallet(f.wallet()), amounts.number(f.owed(), f.asset()))
                    : f.symbol() != null
                    ? messages.get("finding.BALANCE.isolated", amount, f.asset(), wallet(f.wallet()), f.symbol())
                    : messages.get("finding.BALANCE", amount, f.asset(), wallet(f.wallet()));
            case POSITION -> messages.get("finding.POSITION", amount, f.symbol(), wallet(f.wallet()));
            case EARN -> earn(f, amount);
            case STAKING -> messages.get(f.date() == null ? "finding.STAKING" : "finding.STAKING.dated",
                    amount, f.asset(), f.id(), String.valueOf(f.date()));
            case LAUNCHPOOL -> messages.get(f.date() == null ? "finding.LAUNCHPOOL" : "finding.LAUNCHPOOL.dated",
                    amount, f.asset(), f.symbol(), String.valueOf(f.date()));
            case LAUNCHPAD -> messages.get("finding.LAUNCHPAD", amount, f.asset(), f.symbol());
            case WALLET_TOTAL -> messages.get("finding.WALLET_TOTAL", amount, f.asset(), wallet(f.wallet()));
            case ORDER -> messages.get(f.amount() == null ? "finding.ORDER" : "finding.ORDER.quantity",
                    f.id(), f.symbol(), f.type(), wallet(f.wallet()), amount);
            case P2P_ORDER -> messages.get("finding.P2P_ORDER", f.id(), messages.get("status." + f.type()),
                    (amount + " " + (f.asset() == null ? "" : f.asset())).trim());
            case SUB_ACCOUNT -> messages.get("finding.SUB_ACCOUNT", f.id(), messages.get("status." + f.type()));
            case TRANSFER -> messages.get("finding.TRANSFER." + f.type(), f.id(), amount, f.asset());
            case ACCOUNT -> messages.get("finding.ACCOUNT", messages.get("status." + f.type()));
            case UNKNOWN -> f.reason() == null || f.reason().isBlank()
                    ? messages.get("finding.UNKNOWN.noReason", messages.get("unknown." + f.id()))
                    : messages.get("finding.UNKNOWN", messages.get("unknown." + f.id()), f.reason());
        };
    }

    private String earn(Finding f, String amount) {
        boolean undatedLock = f.date() == null && EarnPosition.Product.LOCKED.name().equals(f.type());
        return messages.get(undatedLock ? "finding.EARN.LOCKED.undated" : "finding.EARN." + f.type(), amount, f.asset(), f.id(),
                String.valueOf(f.date()));
    }

    private String valueSuffix(Finding f) {
        if (f.usdValue() == null || f.kind() == FindingKind.P2P_ORDER) {
            return "";
        }
        BigDecimal value = f.usdValue().abs();
        if (value.signum() > 0 && value.compareTo(CENT) < 0) {
            return messages.get("finding.usd.tiny");
        }
        return messages.get("finding.usd", usd(f.usdValue()));
    }

    /** What to do about the finding, in plain words; {@code takenAt}'s UTC day decides what is early. */
    public String fix(Finding f, LocalDate today) {
        return switch (f.fix()) {
            case REPAY_LIABILITY -> messages.get("fix.REPAY_LIABILITY", f.owed() == null ? "" : amounts.number(f.owed(), f.asset()), f.asset());
            case CLOSE_POSITION -> messages.get(f.kind() == FindingKind.BALANCE ? "fix.CLOSE_POSITION.balance" : "fix.CLOSE_POSITION");
            case CANCEL_ORDER, STOP_BOT -> messages.get("fix." + f.fix().name(), f.id(), f.symbol());
            case REDEEM_EARN -> messages.get(f.date() != null && f.date().isAfter(today) ? "fix.REDEEM_EARN.early" : "fix.REDEEM_EARN");
            case WAIT_FOR_MATURITY -> f.date() == null
                    ? messages.get("fix.WAIT_FOR_MATURITY.undated")
                    : messages.get("fix.WAIT_FOR_MATURITY", f.date().toString(), ChronoUnit.DAYS.between(today, f.date()));
            case WAIT_FOR_PROJECT_END -> f.date() == null
                    ? messages.get("fix.WAIT_FOR_PROJECT_END")
                    : messages.get("fix.WAIT_FOR_PROJECT_END.dated", f.date().toString());
            case COMPLETE_OR_CANCEL_P2P, RESOLVE_P2P_DISPUTE -> messages.get("fix." + f.fix().name(), f.id());
            default -> messages.get("fix." + f.fix().name());
        };
    }

    /**
     * The exchange's answer in the user's words. Its details name wallets and conditions by
     * their ids ("CROSS_MARGIN", "ZERO_BALANCE, NO_OPEN_ORDERS"): those become their names here.
     */
    public String answer(ActionResult result) {
        return messages.get(result.messageKey(), result.args().stream().map(this::named).toArray());
    }

    /** The answer as a result line: ✓ when the exchange took it, ✗ when it did not. */
    public String outcome(ActionResult result) {
        return (result.accepted() ? "\u2713 " : "\u2717 ") + answer(result);
    }

    private String named(String detail) {
        Optional<Wallet> wallet = Arrays.stream(Wallet.values()).filter(w -> w.name().equals(detail)).findFirst();
        if (wallet.isPresent()) {
            return wallet(wallet.get());
        }
        List<String> ids = Arrays.asList(detail.split(",\\s*"));
        Set<String> conditions = Arrays.stream(Condition.values()).map(Condition::name).collect(Collectors.toSet());
        if (conditions.containsAll(ids)) {
            return ids.stream().map(id -> condition(Condition.valueOf(id))).collect(Collectors.joining("; "));
        }
        return detail;
    }

    /** One next step: a fix and how many things it applies to. */
    public String step(Fix fix, long count) {
        return messages.get("step." + fix.name(), count);
    }

    /** The UTC day a report was judged on. */
    public static LocalDate dayOf(ReadinessReport report) {
        return LocalDate.ofInstant(report.takenAt(), ZoneOffset.UTC);
    }
}
