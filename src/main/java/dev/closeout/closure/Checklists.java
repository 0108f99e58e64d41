package dev.closeout.closure;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Wallet;
import dev.closeout.closure.Checklist.Attempt;
import dev.closeout.closure.Checklist.Line;
import dev.closeout.closure.Checklist.Note;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.ExchangeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/** How a checklist is drawn up from an account, and how what stays ticked of it runs. */
final class Checklists {

    private static final Set<Wallet> FUTURES = EnumSet.of(Wallet.USDM_FUTURES, Wallet.COINM_FUTURES);

    /** One action on the exchange; what it answers. */
    @FunctionalInterface
    interface Perform {
        ActionResult perform(AccountAction action) throws ExchangeException;
    }

    private Checklists() {
    }

    /**
     * The checklist for the findings {@code which} takes, on {@code check}: each finding's own fix that the exchange lets
     * Closeout do ({@code action}, {@code here}); with {@code everything}, also a line per small balance and a move to Spot
     * per other wallet's free funds. {@code filed} names the P2P orders whose appeal is with support already.
     */
    static Checklist of(AccountCheck check, Predicate<Finding> which, boolean everything, Function<Finding, Optional<AccountAction>> action,
            Predicate<AccountAction> here, Set<String> filed) {
        AccountSnapshot snapshot = check.snapshot();
        Reviews reviews = new Reviews(snapshot);
        List<Finding> findings = check.report().blockers().stream().filter(which).sorted(Comparator.comparing(Finding::fix)).toList();
        List<Line> lines = new ArrayList<>();
        for (Finding f : findings) {
            if (f.fix() == Fix.CONVERT_DUST && everything && lines.stream().noneMatch(l -> l.action() instanceof AccountAction.ConvertDust)) {
                dust(snapshot, findings, reviews, here, lines);
            }
            Optional<AccountAction> a = action.apply(f).filter(here);
            if (a.isEmpty() || f.fix() == Fix.CONVERT_DUST || ReadinessReport.closedByItsPosition(f, findings)) {
                continue;
            }
            Optional<Review> review = reviews.of(a.get());
            Note note = f.fix() == Fix.RESOLVE_P2P_DISPUTE ? (filed.contains(f.id()) ? Note.ALREADY_FILED : Note.SUPPORT_REQUEST)
                    : f.fix() == Fix.UNSTAKE ? Note.TAKES_DAYS
                    : review.isEmpty() ? Note.FREE
                    : f.fix() == Fix.REPAY_LIABILITY ? Note.COSTS : Note.DECISION;
            lines.add(new Line(a.get(), f, review, note, ticked(note)));
        }
        if (everything) {
            // A small balance that becomes BNB is not moved as well: it will be gone.
            DustLimit limit = DustLimit.of(snapshot);
            Set<String> toConvert = SmallBalances.toConvert(snapshot);
            Set<String> converted = new LinkedHashSet<>();
            snapshot.balances().stream().filter(b -> toConvert.contains(b.asset()) && limit.isDust(b, snapshot.prices().get(b.asset())))
                    .forEach(b -> converted.add(b.asset() + "|" + b.wallet()));
            for (AccountAction.Transfer t : Withdrawals.transfersToSpot(snapshot)) {
                if (here.test(t) && !owes(snapshot, t) && !(FUTURES.contains(t.from()) && hasPositions(snapshot, t.from()))
                        && !converted.contains(t.asset() + "|" + t.from())) {
                    lines.add(new Line(t, balanceFinding(findings, t.from(), t.asset()), Optional.empty(), Note.FREE, true));
                }
            }
        }
        return new Checklist(lines);
    }

    /** A line per small balance, with the BNB it gives and its fee; what leaves better is left unticked, saying why. */
    private static void dust(AccountSnapshot snapshot, List<Finding> findings, Reviews reviews, Predicate<AccountAction> here,
            List<Line> lines) {
        if (!here.test(new AccountAction.ConvertDust(Set.of()))) {
            return;
        }
        for (SmallBalances.Small s : SmallBalances.of(snapshot)) {
            AccountAction.ConvertDust one = new AccountAction.ConvertDust(Set.of(s.asset()));
            Note note = switch (s.keep()) {
                case CONVERT -> Note.COSTS;
                case LEAVES_WITH_REST -> Note.LEAVES_WITH_REST;
                case SELLS_FOR_MORE -> Note.SELLS_FOR_MORE;
            };
            Finding f = findings.stream().filter(x -> x.fix() == Fix.CONVERT_DUST && s.asset().equals(x.asset())).findFirst().orElse(null);
            lines.add(new Line(one, f, reviews.of(one), note, ticked(note)));
        }
    }

    private static boolean ticked(Note note) {
        return note == Note.FREE || note == Note.TAKES_DAYS || note == Note.COSTS;
    }

    private static boolean owes(AccountSnapshot snapshot, AccountAction.Transfer t) {
        return snapshot.balances().stream().anyMatch(b -> b.wallet() == t.from() && b.asset().equals(t.asset()) && b.owed().signum() != 0);
    }

    private static boolean hasPositions(AccountSnapshot snapshot, Wallet wallet) {
        return snapshot.positions().stream().anyMatch(p -> p.wallet() == wallet);
    }

    private static Finding balanceFinding(List<Finding> findings, Wallet wallet, String asset) {
        return findings.stream().filter(f -> f.kind() == FindingKind.BALANCE && f.wallet() == wallet && asset.equals(f.asset()))
                .findFirst().orElse(null);
    }

    /**
     * Runs {@code ticked} in order, telling {@code progress} of each as it ends. The small balances ticked become one
     * conversion, where the first of them stands: exchanges allow one every few hours.
     */
    static List<Attempt> run(List<Line> ticked, Perform exchange, Consumer<Attempt> progress) throws ExchangeException {
        List<Line> dust = ticked.stream().filter(l -> l.action() instanceof AccountAction.ConvertDust).toList();
        Set<String> assets = new LinkedHashSet<>();
        dust.forEach(l -> assets.addAll(((AccountAction.ConvertDust) l.action()).assets()));
        List<Attempt> attempts = new ArrayList<>();
        for (Line line : ticked) {
            if (line.action() instanceof AccountAction.ConvertDust) {
                if (line == dust.get(0)) {
                    ActionResult converted = exchange.perform(new AccountAction.ConvertDust(assets));
                    for (Line d : dust) {
                        attempts.add(new Attempt(d, converted));
                        progress.accept(attempts.get(attempts.size() - 1));
                    }
                }
                continue;
            }
            attempts.add(new Attempt(line, exchange.perform(line.action())));
            progress.accept(attempts.get(attempts.size() - 1));
        }
        return attempts;
    }
}
