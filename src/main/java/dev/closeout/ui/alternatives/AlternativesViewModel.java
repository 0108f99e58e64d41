package dev.closeout.ui.alternatives;

import dev.closeout.account.AccountStatus;
import dev.closeout.closure.AccountCheck;
import dev.closeout.closure.Alternative.Aspect;
import dev.closeout.closure.Alternative;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.alternatives.disable.DisableFeaturesViewModel;
import dev.closeout.ui.alternatives.freeze.FreezeViewModel;
import dev.closeout.ui.alternatives.withdraw.WithdrawAllViewModel;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.desktop.DialogService;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The alternatives to closing: four paths side by side, a comparison a person takes in at a
 * glance, the account's status, and which path's guided flow is open (none: the overview).
 */
public final class AlternativesViewModel {

    /** One answer of the comparison: yes or no, and the words that qualify it. */
    public record Cell(boolean yes, String text) {
    }

    /** A row of the comparison: the question, and the answer of each path in {@link Alternative} order. */
    public record Row(Aspect aspect, String question, List<Cell> cells) {
    }

    private final AccountState account;
    private final Messages messages;
    private final Runnable onClose;
    private final WithdrawAllViewModel withdraw;
    private final DisableFeaturesViewModel disable;
    private final FreezeViewModel freeze;
    private final ReadOnlyObjectWrapper<AccountStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unavailable = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper freezeAction = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Alternative> open = new ReadOnlyObjectWrapper<>();
    private final Map<Alternative, BooleanBinding> available = new EnumMap<>(Alternative.class);
    private final List<Row> comparison;

    /** {@code onClose} shows the close-account wizard; {@code clock} is the exchange's, for verification's countdowns. */
    public AlternativesViewModel(AccountState account, Clock clock, DialogService dialogs, Runnable onClose) {
        this.account = account;
        this.messages = account.messages();
        this.onClose = onClose;
        this.withdraw = new WithdrawAllViewModel(account, dialogs);
        this.disable = new DisableFeaturesViewModel(account, dialogs);
        this.freeze = new FreezeViewModel(account, clock, dialogs);
        freezeAction.set(action(Alternative.FREEZE));
        account.checkProperty().addListener((obs, old, check) -> show(check));
        show(account.check());
        for (Alternative alternative : Alternative.values()) {
            available.put(alternative, Bindings.createBooleanBinding(
                    () -> status.get() != null && alternative.openTo(status.get()), status));
        }
        comparison = Arrays.stream(Aspect.values()).map(aspect -> new Row(aspect,
                messages.get("ui.alternatives.aspect." + aspect.name()),
                Arrays.stream(Alternative.values()).map(alternative -> new Cell(alternative.yes(aspect),
                        messages.get("ui.alternatives.compare." + (aspect.name() + "." + alternative.name())))).toList())).toList();
    }

    private void show(AccountCheck check) {
        if (check == null) {
            return;
        }
        AccountStatus now = check.snapshot().profile().status();
        status.set(now);
        statusText.set(messages.get("ui.status." + now.name()));
        unavailable.set(messages.get("ui.alternatives.unavailable", messages.get("status." + now.name())));
        freezeAction.set(now == AccountStatus.FROZEN ? messages.get("ui.alternatives.unfreezeCard")
                : action(Alternative.FREEZE));
    }

    public ReadOnlyObjectProperty<AccountStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Opens a path's guided flow; closing for good is the close-account wizard. */
    public void open(Alternative alternative) {
        if (alternative == Alternative.CLOSE) {
            onClose.run();
            return;
        }
        open.set(alternative);
        switch (alternative) {
            case WITHDRAW -> withdraw.entered();
            case DISABLE -> disable.entered();
            case FREEZE -> freeze.entered();
            default -> { }
        }
    }

    /** The path whose flow is shown; null on the overview. */
    public ReadOnlyObjectProperty<Alternative> openProperty() {
        return open.getReadOnlyProperty();
    }

    /** Back to the four paths side by side. */
    public void back() {
        open.set(null);
        account.refresh();
    }

    /** The account's status in a word: Active, Frozen, Closing, Closed; empty until the account is read. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** Whether a path can be taken with the account as it is: nothing moves while it is frozen, closing or closed. */
    public BooleanBinding availableProperty(Alternative alternative) {
        return available.get(alternative);
    }

    /** Why a path cannot be taken now, for the paths that are not {@link #availableProperty available}. */
    public ReadOnlyStringProperty unavailableProperty() {
        return unavailable.getReadOnlyProperty();
    }

    /** A path's short name, for the comparison's column. */
    public String columnName(Alternative alternative) {
        return messages.get("ui.alternatives.column." + alternative.name());
    }

    /** The freeze card's button: freeze, or unfreeze once frozen. */
    public ReadOnlyStringProperty freezeActionProperty() {
        return freezeAction.getReadOnlyProperty();
    }

    public String title(Alternative alternative) {
        return card(alternative, "title");
    }

    /** The comparison, a row per question, a cell per path. */
    public List<Row> comparison() {
        return comparison;
    }

    public String description(Alternative alternative) {
        return card(alternative, "text");
    }

    public WithdrawAllViewModel withdraw() {
        return withdraw;
    }

    public String action(Alternative alternative) {
        return card(alternative, "button");
    }

    public DisableFeaturesViewModel disable() {
        return disable;
    }

    /** A card's title, text or button: {@code ui.alternatives.card.WITHDRAW.title} and the like. */
    private String card(Alternative alternative, String part) {
        return messages.get("ui.alternatives.card." + (alternative.name() + "." + part));
    }

    public FreezeViewModel freeze() {
        return freeze;
    }
}
