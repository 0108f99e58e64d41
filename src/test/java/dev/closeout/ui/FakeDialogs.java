package dev.closeout.ui;

import dev.closeout.closure.Checklist;
import dev.closeout.closure.Review;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.ReviewWording;
import dev.closeout.ui.desktop.DialogService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** A user who answers every question the same way; the questions asked, and the reviews shown, are kept for the test to read. */
public final class FakeDialogs implements DialogService {

    public record Question(String title, String message, String confirmLabel) {
    }

    private static final ReviewWording WORDING = new ReviewWording(Messages.forLocale(Locale.ENGLISH));

    private final boolean answer;
    private final List<Question> asked = new ArrayList<>();
    private final List<Review> reviews = new ArrayList<>();
    private final List<Checklist> checklists = new ArrayList<>();
    private Predicate<Checklist.Line> untick = line -> false;

    private FakeDialogs(boolean answer) {
        this.answer = answer;
    }

    public static FakeDialogs sayingYes() {
        return new FakeDialogs(true);
    }

    public static FakeDialogs sayingNo() {
        return new FakeDialogs(false);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        asked.add(new Question(title, message, confirmLabel));
        return answer;
    }

    /** A review is kept, and its question is kept in English as the question asked. */
    @Override
    public boolean review(Review review) {
        reviews.add(review);
        asked.add(new Question(WORDING.title(review), WORDING.question(review), WORDING.confirmLabel(review)));
        return answer;
    }

    /** A checklist is kept; a yes runs what is ticked to begin with, less what {@link #unticking} takes off. */
    @Override
    public Optional<List<Checklist.Line>> choose(Checklist checklist) {
        checklists.add(checklist);
        return answer ? Optional.of(checklist.lines().stream().filter(l -> l.ticked() && l.note().runnable() && !untick.test(l)).toList())
                : Optional.empty();
    }

    /** The same user, who unticks the lines {@code which} takes before running a checklist. */
    public FakeDialogs unticking(Predicate<Checklist.Line> which) {
        untick = which;
        return this;
    }

    /** The checklists shown, in order. */
    public List<Checklist> checklists() {
        return List.copyOf(checklists);
    }

    /** What the app told the user, kept with an empty confirm label. */
    @Override
    public void inform(String title, String message) {
        asked.add(new Question(title, message, ""));
    }

    public List<Question> asked() {
        return List.copyOf(asked);
    }

    /** The questions' texts, in the order they were asked. */
    public List<String> questions() {
        return asked.stream().map(Question::message).toList();
    }

    /** The reviews shown, in order. */
    public List<Review> reviews() {
        return List.copyOf(reviews);
    }
}
