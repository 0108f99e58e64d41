package dev.closeout.ui.wizard;

/** The wizard's pages in order; {@link #STATUS} follows a confirmed closure and has no way back. */
public enum WizardStep {
    SETTINGS, NOTICE, ELIGIBILITY, VERIFICATION, CONFIRM, STATUS;

    /** The steps the stepper shows: Status too, where the closure is followed once requested. */
    public static final WizardStep[] SHOWN = values();
}
