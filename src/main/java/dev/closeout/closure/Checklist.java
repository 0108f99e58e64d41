package dev.closeout.closure;

import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ActionResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a bulk run ("Fix everything", "Free everything") would do, shown before it does it: one
 * line per action, each with what it costs or gives ({@code review}, empty when it only frees the
 * person's own funds) and why it is ticked or not. Nothing that forfeits, deletes, makes a loss
 * real, tells someone else or files a request in the person's name is ticked to begin with;
 * nothing already done is offered again.
 */
public record Checklist(List<Line> lines) {

    public Checklist {
        lines = List.copyOf(lines);
    }

    /** Why a line is or is not ticked to begin with, or cannot run now. */
    public enum Note {
        /** Frees the person's own funds into their own wallets: ticked. */
        FREE,
        /** Frees them, but the exchange takes days to release them: ticked. */
        TAKES_DAYS,
        /** Moves money for a fee or to whom it is owed, as the review says: ticked. */
        COSTS,
        /** Forfeits rewards, makes a profit or loss real, tells the other party of a trade, or closes something for good: not ticked. */
        DECISION,
        /** Files a request with support in the person's name: not ticked. */
        SUPPORT_REQUEST,
        /** Filed already with support: offered no more. */
        ALREADY_FILED,
        /** The asset leaves with the rest of it, without the conversion's fee: not ticked. */
        LEAVES_WITH_REST,
        /** Selling it brings more than BNB: not ticked. */
        SELLS_FOR_MORE;

        /** The line can run now: nothing already done is offered again. */
        public boolean runnable() {
            return this != ALREADY_FILED;
        }
    }

    /** One action the run would do; {@code finding} is what it clears (null for a move to Spot). */
    public record Line(AccountAction action, Finding finding, Optional<Review> review, Note note, boolean ticked) {

        public Line {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(note, "note");
        }
    }

    /** One line run, with the exchange's answer. */
    public record Attempt(Line line, ActionResult result) {
    }

    /** The lines ticked to begin with. */
    public List<Line> ticked() {
        return lines.stream().filter(Line::ticked).toList();
    }
}
