package dev.closeout.ui.desktop;

import dev.closeout.closure.Checklist;
import dev.closeout.closure.Review;
import java.util.List;
import java.util.Optional;

/** Questions the app asks the user, behind an interface so ViewModels never build a dialog and tests can answer. */
public interface DialogService {

    /** Asks a question that moves no money (the demo's reset); true when the user agrees. Cancel is the default. */
    boolean confirm(String title, String message, String confirmLabel);

    /**
     * Shows the review of something that moves money or cannot be undone, before it happens; true when the
     * user confirms it. Cancel is the default: Enter never means yes.
     */
    boolean review(Review review);

    /**
     * Shows what a bulk run would do, a line at a time, each with what it costs or gives; the lines the person leaves
     * ticked when they run it, in order, or empty when they cancel. Cancel is the default.
     */
    Optional<List<Checklist.Line>> choose(Checklist checklist);

    /** Tells the user something that needs no decision. */
    void inform(String title, String message);
}
