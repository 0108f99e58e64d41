package dev.closeout.ui.wizard;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Owns the wizard's navigation: the ordered steps, where the user is, and whether Back and
 * Next may be pressed (Next only when the current step is valid and not busy). Each step's
 * ViewModel keeps its own state, so going Back loses nothing.
 */
public final class WizardViewModel {

    private final Map<WizardStep, StepViewModel> steps;
    private final ReadOnlyObjectWrapper<WizardStep> current = new ReadOnlyObjectWrapper<>(WizardStep.SETTINGS);
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canGoNext = new ReadOnlyBooleanWrapper();
    /** The step a resumed wizard walks towards; null when it walks nowhere. */
    private WizardStep resumeTo;

    public WizardViewModel(Map<WizardStep, StepViewModel> steps) {
        this.steps = new EnumMap<>(steps);
        current.addListener((obs, old, step) -> {
            resumeTo = null;
            bindTo(step);
        });
        bindTo(current.get());
        canGoNext.addListener((obs, was, can) -> advanceTowardsResume());
    }

    private void bindTo(WizardStep step) {
        StepViewModel vm = steps.get(step);
        boolean last = step.ordinal() >= WizardStep.CONFIRM.ordinal();
        // Every step before this one must hold too: a step opened directly (from the dashboard) is no way round them.
        BooleanBinding before = Bindings.createBooleanBinding(() -> true);
        for (WizardStep earlier : WizardStep.values()) {
            if (earlier.ordinal() < step.ordinal()) {
                before = before.and(steps.get(earlier).validProperty());
            }
        }
        canGoNext.bind(last ? Bindings.createBooleanBinding(() -> false)
                : vm.validProperty().and(vm.busyProperty().not()).and(before));
        boolean first = step == WizardStep.SETTINGS || step == WizardStep.STATUS;
        canGoBack.bind(first ? Bindings.createBooleanBinding(() -> false) : vm.busyProperty().not());
        vm.entered();
    }

    public ReadOnlyObjectProperty<WizardStep> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public WizardStep current() {
        return current.get();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoNextProperty() {
        return canGoNext.getReadOnlyProperty();
    }

    public StepViewModel step(WizardStep step) {
        return steps.get(step);
    }

    public void next() {
        if (canGoNext.get()) {
            current.set(WizardStep.values()[current.get().ordinal() + 1]);
        }
    }

    public void back() {
        if (canGoBack.get()) {
            current.set(WizardStep.values()[current.get().ordinal() - 1]);
        }
    }

    /**
     * Goes back to a step already done, as a click on it in the stepper does; a step not done yet,
     * or any step once the closure is under way, stays where it is.
     */
    public void backTo(WizardStep step) {
        if (step.ordinal() < current.get().ordinal() && canGoBack.get()) {
            current.set(step);
        }
    }

    /**
     * Opens a step to look at (the dashboard opens Eligibility for what it lists): Next from it still
     * needs every step before it done. Never the status, which only a closure opens.
     */
    public void open(WizardStep step) {
        if (step != WizardStep.STATUS && current.get() != WizardStep.STATUS) {
            current.set(step);
        }
    }

    /**
     * Walks forward towards {@code step}, where the person was before a restart or a change of language:
     * one step each time the current one holds (Eligibility only once the account is read), and no
     * further than a step that no longer does. Any move of the person's own ends the walk.
     */
    public void resume(WizardStep step) {
        resumeTo = step;
        advanceTowardsResume();
    }

    private void advanceTowardsResume() {
        if (resumeTo != null && current.get().ordinal() < resumeTo.ordinal() && canGoNext.get()) {
            WizardStep target = resumeTo;
            current.set(WizardStep.values()[current.get().ordinal() + 1]);
            resumeTo = target;
            advanceTowardsResume();
        } else if (resumeTo != null && current.get().ordinal() >= resumeTo.ordinal()) {
            resumeTo = null;
        }
    }

    /** Jumps to the closure's status: after confirmation, or when the account is already closing. */
    public void showStatus() {
        current.set(WizardStep.STATUS);
    }

    /**
     * From the status back to Confirm, where the account is closed on the exchange's website:
     * Closeout asked the exchange nothing, so there is a way back.
     */
    public void backToConfirm() {
        current.set(WizardStep.CONFIRM);
    }

    /** Back to the beginning: after a re-registration or a reset of the demo account. */
    public void restart() {
        current.set(WizardStep.SETTINGS);
    }
}
