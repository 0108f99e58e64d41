package dev.closeout.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WizardViewModelTest {

    /** A step whose validity and busyness the test sets. */
    static final class FakeStep implements StepViewModel {
        final SimpleBooleanProperty valid = new SimpleBooleanProperty();
        final SimpleBooleanProperty busy = new SimpleBooleanProperty();
        int entered;

        @Override
        public ReadOnlyBooleanProperty validProperty() {
            return valid;
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return busy;
        }

        @Override
        public void entered() {
            entered++;
        }
    }

    private final Map<WizardStep, FakeStep> steps = new EnumMap<>(WizardStep.class);
    private WizardViewModel wizard;

    @BeforeEach
    void setUp() {
        for (WizardStep step : WizardStep.values()) {
            steps.put(step, new FakeStep());
        }
        wizard = new WizardViewModel(new EnumMap<>(steps));
    }

    @Test
    void the_wizard_opens_on_settings_with_no_way_back() {
        assertEquals(WizardStep.SETTINGS, wizard.current());
        assertFalse(wizard.canGoBackProperty().get());
        assertEquals(1, steps.get(WizardStep.SETTINGS).entered);
    }

    @Test
    void next_is_enabled_only_while_the_step_is_satisfied_and_not_busy() {
        FakeStep settings = steps.get(WizardStep.SETTINGS);
        assertFalse(wizard.canGoNextProperty().get());
        settings.valid.set(true);
        assertTrue(wizard.canGoNextProperty().get());
        settings.busy.set(true);
        assertFalse(wizard.canGoNextProperty().get());
        wizard.next();
        assertEquals(WizardStep.SETTINGS, wizard.current(), "Next while busy does nothing");
    }

    @Test
    void the_whole_walk_goes_forward_step_by_step_and_back_keeps_each_step() {
        for (WizardStep step : WizardStep.SHOWN) {
            steps.get(step).valid.set(true);
        }
        wizard.next();
        wizard.next();
        assertEquals(WizardStep.ELIGIBILITY, wizard.current());
        wizard.back();
        assertEquals(WizardStep.NOTICE, wizard.current());
        assertEquals(2, steps.get(WizardStep.NOTICE).entered, "the Notice step was shown twice, its own state kept");
        wizard.next();
        wizard.next();
        wizard.next();
        assertEquals(WizardStep.CONFIRM, wizard.current());
        assertFalse(wizard.canGoNextProperty().get(), "Confirm has its own button; Next ends there");
        wizard.showStatus();
        assertEquals(WizardStep.STATUS, wizard.current());
        assertFalse(wizard.canGoBackProperty().get(), "once closure is requested there is no way back");
    }

    @Test
    void back_is_disabled_while_a_step_is_working() {
        steps.get(WizardStep.SETTINGS).valid.set(true);
        wizard.next();
        steps.get(WizardStep.NOTICE).busy.set(true);
        assertFalse(wizard.canGoBackProperty().get());
    }

    @Test
    void from_the_status_of_a_closure_asked_on_the_website_there_is_a_way_back_to_confirm() {
        wizard.showStatus();

        wizard.backToConfirm();

        assertEquals(WizardStep.CONFIRM, wizard.current());
        assertEquals(1, steps.get(WizardStep.CONFIRM).entered);
        assertTrue(wizard.canGoBackProperty().get());
    }

    @Test
    void a_click_on_a_done_step_goes_back_to_it_and_a_step_not_done_yet_cannot_be_skipped_to() {
        for (WizardStep step : WizardStep.SHOWN) {
            steps.get(step).valid.set(true);
        }
        wizard.next();
        wizard.next();

        wizard.backTo(WizardStep.CONFIRM);
        assertEquals(WizardStep.ELIGIBILITY, wizard.current(), "a step ahead is not done yet");
        wizard.backTo(WizardStep.SETTINGS);
        assertEquals(WizardStep.SETTINGS, wizard.current());
    }

    @Test
    void eligibility_opened_from_the_dashboard_lets_no_one_past_a_notice_not_yet_ticked() {
        steps.get(WizardStep.SETTINGS).valid.set(true);
        steps.get(WizardStep.ELIGIBILITY).valid.set(true);

        wizard.open(WizardStep.ELIGIBILITY);

        assertEquals(WizardStep.ELIGIBILITY, wizard.current());
        assertFalse(wizard.canGoNextProperty().get(), "Notice is not ticked yet");
        steps.get(WizardStep.NOTICE).valid.set(true);
        assertTrue(wizard.canGoNextProperty().get());
    }

    @Test
    void once_the_closure_is_requested_no_step_is_gone_back_to_by_a_click() {
        wizard.showStatus();

        wizard.backTo(WizardStep.NOTICE);
        wizard.open(WizardStep.ELIGIBILITY);

        assertEquals(WizardStep.STATUS, wizard.current());
    }

    @Test
    void a_resumed_wizard_walks_back_to_its_step_as_each_step_holds_and_no_further() {
        wizard.resume(WizardStep.VERIFICATION);
        assertEquals(WizardStep.SETTINGS, wizard.current(), "the account is not read yet");

        steps.get(WizardStep.SETTINGS).valid.set(true);
        steps.get(WizardStep.NOTICE).valid.set(true);
        assertEquals(WizardStep.ELIGIBILITY, wizard.current(), "stops where the account still has blockers");

        steps.get(WizardStep.ELIGIBILITY).valid.set(true);
        steps.get(WizardStep.VERIFICATION).valid.set(true);
        assertEquals(WizardStep.VERIFICATION, wizard.current(), "and no further than where the person was");
    }

    @Test
    void a_move_of_the_persons_own_ends_the_walk_back() {
        wizard.resume(WizardStep.CONFIRM);
        steps.get(WizardStep.SETTINGS).valid.set(true);
        assertEquals(WizardStep.NOTICE, wizard.current());

        wizard.back();
        steps.get(WizardStep.NOTICE).valid.set(true);
        steps.get(WizardStep.SETTINGS).valid.set(false);
        steps.get(WizardStep.SETTINGS).valid.set(true);

        assertEquals(WizardStep.SETTINGS, wizard.current(), "the person went back: the wizard stays with them");
    }
}
