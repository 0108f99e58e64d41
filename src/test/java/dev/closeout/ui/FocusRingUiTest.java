package dev.closeout.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Border;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A person who moves with the Tab key sees where they are: a ring around the link, each reason and each tick on Notice. */
@ExtendWith(ApplicationExtension.class)
class FocusRingUiTest {

    private static final PseudoClass FOCUS_VISIBLE = PseudoClass.getPseudoClass("focus-visible");

    @Start
    void start(Stage stage) throws Exception {
        AppHarness.start(stage, Files.createTempDirectory("closeout-focus"));
    }

    @Test
    void tabbing_through_notice_draws_a_ring_around_the_link_the_reasons_and_the_ticks(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#start-closure").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#start-closure");
        waitUntil(() -> robot.lookup("#step-settings").tryQuery().isPresent() && !robot.lookup("#wizard-next").query().isDisabled());
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#step-notice").tryQuery().isPresent());

        boolean link = false;
        boolean reason = false;
        boolean tick = false;
        for (int press = 0; press < 40 && !(link && reason && tick); press++) {
            robot.press(KeyCode.TAB).release(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = robot.lookup("#step-notice").query().getScene().getFocusOwner();
            if (focused instanceof Hyperlink || focused instanceof RadioButton || focused instanceof CheckBox) {
                assertRing((Control) focused);
                link |= focused instanceof Hyperlink;
                reason |= focused instanceof RadioButton;
                tick |= focused instanceof CheckBox;
            }
        }
        assertTrue(link && reason && tick, "the Tab key reached a link, a reason and a tick");
    }

    private static void assertRing(Control control) {
        assertTrue(control.getPseudoClassStates().contains(FOCUS_VISIBLE), control + " has the keyboard's focus");
        Border border = control.getBorder();
        assertNotNull(border, control + " draws a border");
        assertTrue(border.getStrokes().stream().anyMatch(s -> s.getTopStroke() instanceof Color c && c.getOpacity() > 0.5
                && s.getWidths().getTop() >= 2), control + " draws a ring: " + border.getStrokes());
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
