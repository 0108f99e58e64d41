package dev.closeout.ui.plan;

import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.Ui;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.control.Button;
import org.kordamp.ikonli.feather.Feather;

/**
 * The way into the exit plan from any page: a button whose press sends {@link #OPEN} up the scene graph,
 * where the window shows the plan. A page needs only the button, not a handle on the window, so the
 * pages that offer it (the dashboard, withdraw everything, Eligibility) keep their constructors.
 */
public final class PlanDoor {

    /** "Show the exit plan", from a button inside the window. */
    public static final EventType<Event> OPEN = new EventType<>(Event.ANY, "OPEN_EXIT_PLAN");

    private PlanDoor() {
    }

    /** "Exit plan": opens the plan. */
    public static Button button(Messages messages, String id) {
        Button button = new Button(messages.get("ui.plan.open"), Ui.icon(Feather.MAP));
        button.setId(id);
        button.setOnAction(e -> button.fireEvent(new Event(OPEN)));
        return button;
    }
}
