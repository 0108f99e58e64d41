package dev.closeout.closure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What stands between an account and closure: all seven conditions, in order, judged at {@code takenAt}. */
public record ReadinessReport(Instant takenAt, List<ConditionResult> conditions) {

    private static final Set<FindingKind> HOLDINGS = EnumSet.of(FindingKind.BALANCE, FindingKind.EARN,
            FindingKind.STAKING, FindingKind.LAUNCHPOOL, FindingKind.LAUNCHPAD, FindingKind.WALLET_TOTAL);

    public ReadinessReport {
        Objects.requireNonNull(takenAt, "takenAt");
        conditions = List.copyOf(conditions);
        if (conditions.size() != Condition.values().length) {
            throw new IllegalArgumentException("a report judges all seven conditions");
        }
    }

    /** True only when every condition is met: never on a guess. */
    public boolean eligible() {
        return conditions.stream().allMatch(ConditionResult::met);
    }

    public ConditionResult result(Condition condition) {
        return conditions.get(condition.ordinal());
    }

    /**
     * The distinct things to do. An Earn or staking holding is reported under two conditions
     * but is one thing to do, so it counts once.
     */
    public Set<Finding> blockers() {
        Set<Finding> distinct = new LinkedHashSet<>();
        conditions.forEach(c -> distinct.addAll(c.findings()));
        return distinct;
    }

    /**
     * How many distinct things each fix applies to, in the order a person should do them. A futures
     * wallet's open profit or loss is its positions': closing them is the one thing to do there.
     */
    public Map<Fix, Long> nextSteps() {
        Map<Fix, Long> steps = new EnumMap<>(Fix.class);
        Set<Finding> blockers = blockers();
        blockers.stream().filter(f -> !closedByItsPosition(f, blockers)).forEach(f -> steps.merge(f.fix(), 1L, Long::sum));
        return steps;
    }

    /** A futures balance whose open profit or loss goes once its wallet's positions are closed: no step of its own. */
    static boolean closedByItsPosition(Finding f, Collection<Finding> findings) {
        return f.kind() == FindingKind.BALANCE && f.fix() == Fix.CLOSE_POSITION
                && findings.stream().anyMatch(p -> p.kind() == FindingKind.POSITION && p.wallet() == f.wallet());
    }

    /** The USD value of everything still held that has a price. */
    public BigDecimal usdValueHeld() {
        return holdings().stream()
                .map(Finding::usdValue)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** How many holdings have no price, so are not in {@link #usdValueHeld()}. */
    public long unpricedHoldings() {
        return holdings().stream().filter(f -> f.usdValue() == null).count();
    }

    private List<Finding> holdings() {
        return result(Condition.ZERO_BALANCE).findings().stream().filter(f -> HOLDINGS.contains(f.kind())).toList();
    }
}
