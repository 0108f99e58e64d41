package dev.closeout.ui.wizard.notice;

import dev.closeout.ui.wizard.StepViewModel;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Why the user is leaving, and every consequence of closing, each ticked by the user. Some
 * reasons are better served by a pause: the page offers it.
 */
public final class NoticeViewModel implements StepViewModel {

    public enum Reason { NOT_USING, SECURITY_WORRY, TAKING_A_BREAK, FEES, MOVING_ELSEWHERE, OTHER }

    /** What closing does, from the closure rules. */
    public enum Consequence { DATA_DELETED, CONTACT_RELEASED, IRREVERSIBLE, REFERRAL_REMOVED, VIP_RESET, HISTORY_LOST }

    private final ObjectProperty<Reason> reason = new SimpleObjectProperty<>();
    private final Map<Consequence, BooleanProperty> ticks = new EnumMap<>(Consequence.class);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding suggestsPause;

    public NoticeViewModel() {
        BooleanBinding all = Bindings.createBooleanBinding(() -> true);
        for (Consequence c : Consequence.values()) {
            BooleanProperty tick = new SimpleBooleanProperty();
            ticks.put(c, tick);
            all = all.and(tick);
        }
        valid.bind(all);
        suggestsPause = Bindings.createBooleanBinding(
                () -> reason.get() == Reason.SECURITY_WORRY || reason.get() == Reason.TAKING_A_BREAK, reason);
    }

    public ObjectProperty<Reason> reasonProperty() {
        return reason;
    }

    public BooleanProperty tick(Consequence consequence) {
        return ticks.get(consequence);
    }

    /** True when the chosen reason is better served by freezing or pausing than by closing. */
    public BooleanBinding suggestsPauseProperty() {
        return suggestsPause;
    }

    @Override
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
