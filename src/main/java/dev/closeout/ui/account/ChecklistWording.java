package dev.closeout.ui.account;

import dev.closeout.closure.Checklist.Line;
import dev.closeout.closure.Checklist.Note;
import dev.closeout.i18n.Messages;

/** A checklist's line in words: what it does, and what it costs or gives, or why it is not ticked. */
public final class ChecklistWording {

    private final Messages messages;
    private final ActionWording actions;
    private final ReviewWording reviews;

    public ChecklistWording(Messages messages) {
        this.messages = messages;
        this.actions = new ActionWording(messages);
        this.reviews = new ReviewWording(messages);
    }

    /** What the line does. */
    public String what(Line line) {
        return actions.line(line.action());
    }

    /** What it costs or gives, and why it is ticked or not, in one line. */
    public String effect(Line line) {
        String review = line.review().map(reviews::summary).orElse("");
        String asset = line.finding() == null || line.finding().asset() == null ? "" : line.finding().asset();
        String why = messages.get("ui.checklist.note." + line.note().name(), asset);
        return line.note() == Note.COSTS || line.note() == Note.DECISION ? (review + " \u00b7 " + why).replaceFirst("^ \u00b7 ", "")
                : why;
    }
}
