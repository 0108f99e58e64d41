package dev.closeout.closure;

import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.LoggedAction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * What Closeout asked of the exchange while it ran, for an exchange that keeps no log Closeout can
 * read: each action with its time, what it was given and how the exchange answered. A call that
 * failed before the exchange answered changed nothing and is not listed. Kept in memory only:
 * the exchange's own record of the account is on its website.
 */
final class ActionJournal {

    private final Clock clock;
    private final List<LoggedAction> actions = new ArrayList<>();

    ActionJournal(Clock clock) {
        this.clock = clock;
    }

    /** Notes the action and returns the exchange's answer unchanged. */
    synchronized ActionResult noted(String action, String inputs, ActionResult result) {
        actions.add(new LoggedAction(clock.instant(), action, inputs, result));
        return result;
    }

    synchronized ActionResult noted(AccountAction action, ActionResult result) {
        return noted(action.getClass().getSimpleName(), inputs(action), result);
    }

    synchronized List<LoggedAction> actions() {
        return List.copyOf(actions);
    }

    /** An action's fields as "name: value" text, in the order the action declares them; absent ones left out. */
    static String inputs(AccountAction action) {
        List<String> fields = new ArrayList<>();
        for (RecordComponent field : action.getClass().getRecordComponents()) {
            Object value;
            try {
                value = field.getAccessor().invoke(action);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("an action's own field cannot be read: " + field, e);
            }
            if (value != null) {
                fields.add(field.getName() + ": " + (value instanceof BigDecimal amount ? amount.toPlainString() : value));
            }
        }
        return String.join(", ", fields);
    }
}
