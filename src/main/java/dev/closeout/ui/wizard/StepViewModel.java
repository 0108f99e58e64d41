package dev.closeout.ui.wizard;

import javafx.beans.property.ReadOnlyBooleanProperty;

/** One page of the close-account wizard, as the wizard sees it: may the user go on, and is it working. */
public interface StepViewModel {

    /** True when the step is satisfied and Next may be pressed. */
    ReadOnlyBooleanProperty validProperty();

    /** True while the step waits for the exchange. */
    ReadOnlyBooleanProperty busyProperty();

    /** Called each time the step is shown. */
    default void entered() {
    }
}
