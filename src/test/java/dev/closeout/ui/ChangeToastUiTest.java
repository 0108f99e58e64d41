package dev.closeout.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Moving the demo clock on tells, in a ControlsFX notification bar over the page, what changed by itself. */
@ExtendWith(ApplicationExtension.class)
class ChangeToastUiTest {

    @Start
    void start(Stage stage) throws Exception {
        AppHarness.start(stage, Files.createTempDirectory("closeout-toast"));
    }

    @Test
    void a_week_of_demo_time_is_told_in_a_toast(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#start-closure").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        MenuButton time = robot.lookup("#demo-advance-time").queryAs(MenuButton.class);
        robot.interact(() -> time.getItems().stream().filter(i -> "Advance the demo clock 7 days".equals(i.getText())).findFirst()
                .orElseThrow().fire());

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> toast(robot).contains("+120.00 USDT in Spot"));
        assertTrue(toast(robot).contains("The account changed by itself"), toast(robot));
    }

    /** Every label in the toasts' popups, joined. */
    private static String toast(FxRobot robot) {
        StringBuilder text = new StringBuilder();
        for (Window window : robot.listWindows()) {
            if (window.getScene() != null) {
                window.getScene().getRoot().lookupAll(".notification-bar .label").forEach(n -> text.append(((Label) n).getText()).append('\n'));
            }
        }
        return text.toString();
    }
}
