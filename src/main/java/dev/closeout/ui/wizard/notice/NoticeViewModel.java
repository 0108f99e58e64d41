package dev.closeout.ui.wizard.notice;

import dev.closeout.i18n.Messages;
import dev.closeout.ui.wizard.StepViewModel;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
    private final Supplier<Optional<Path>> lastExport;
    private final Messages messages;
    private final ReadOnlyStringWrapper exported = new ReadOnlyStringWrapper("");

    /** {@code lastExport} is where the history was last exported since Closeout was opened. */
    public NoticeViewModel(Supplier<Optional<Path>> lastExport, Messages messages) {
        this.lastExport = lastExport;
        this.messages = messages;
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

    /** Asked again each time the step is shown, and when the export window closes. */
    @Override
    public void entered() {
        exported.set(lastExport.get().map(folder -> messages.get("ui.notice.exported", folder.toString()))
                .orElse(messages.get("ui.notice.notExported")));
    }

    /** Whether the history was exported since Closeout was opened, and where. */
    public ReadOnlyStringProperty exportedProperty() {
        return exported.getReadOnlyProperty();
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
