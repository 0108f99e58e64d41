package dev.closeout.closure;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The earliest day the account can be closed, and what it waits on: everything else can be
 * cleared at once, but a locked product, a project, an unbonding or a transfer only ends in its
 * time. The latest of the dated waits decides; a wait without a date makes the day uncertain.
 */
public record EarliestClosing(LocalDate date, List<Finding> waitingOn, List<Finding> undated) {

    private static final Set<Fix> WAITS = EnumSet.of(Fix.WAIT_FOR_MATURITY, Fix.WAIT_FOR_PROJECT_END, Fix.WAIT_FOR_TRANSFER);

    public EarliestClosing {
        waitingOn = List.copyOf(waitingOn);
        undated = List.copyOf(undated);
    }

    /**
     * The earliest closing of the account the report judges: the report's own day when nothing needs waiting for
     * (once the rest is cleared); empty when it cannot be closed by waiting at all (it is closing or closed already).
     */
    public static Optional<EarliestClosing> of(ReadinessReport report) {
        LocalDate today = ReportWording.dayOf(report);
        if (report.blockers().stream().anyMatch(f -> f.fix() == Fix.NONE)) {
            return Optional.empty();
        }
        List<Finding> waits = report.blockers().stream().filter(f -> WAITS.contains(f.fix())).toList();
        LocalDate latest = waits.stream().map(Finding::date).filter(d -> d != null && d.isAfter(today)).max(LocalDate::compareTo)
                .orElse(today);
        List<Finding> decisive = waits.stream().filter(f -> latest.equals(f.date())).toList();
        return Optional.of(new EarliestClosing(latest, decisive, waits.stream().filter(f -> f.date() == null).toList()));
    }

    /** Nothing needs waiting for: once the rest is cleared, the account can be closed on the report's day. */
    public boolean nothingToWaitFor() {
        return waitingOn.isEmpty() && undated.isEmpty();
    }
}
