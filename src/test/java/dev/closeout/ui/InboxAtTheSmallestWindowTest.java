package dev.closeout.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.closure.ClosureService;
import dev.closeout.exchange.demo.DemoSteps;
import dev.closeout.ui.shell.MainWindow;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At the smallest window a 1366×768 laptop at 125 % leaves room for, a person sends an email
 * code, reads it whole in the demo inbox, copies it, pastes it into Security verification and is
 * verified: the code comes from the text on screen, never from the demo's API.
 */
@ExtendWith(ApplicationExtension.class)
class InboxAtTheSmallestWindowTest {

    private ClosureService service;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        service = AppHarness.startSmallest(stage, Files.createTempDirectory("closeout-inbox")).service();
    }

    @Test
    void the_email_code_read_and_copied_from_the_inbox_passes_security_verification(FxRobot robot) throws Exception {
        assertEquals(MainWindow.MIN_WIDTH, stage.getScene().getWidth());
        assertEquals(MainWindow.MIN_CONTENT_HEIGHT, stage.getScene().getHeight());
        toVerification(robot);

        robot.clickOn("#send-email-code");
        waitUntil(() -> InboxOnScreen.newestWaiting(robot, "Email").isPresent());
        // The inbox just opened: laid out on the next pulse.
        waitUntil(() -> ((Region) robot.lookup(".demo-inbox").query()).getWidth() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        Node message = robot.lookup(".inbox-message").queryAll().iterator().next();
        TextField code = (TextField) message.lookup(".inbox-code");
        String shown = code.getText();
        assertTrue(shown.matches("\\d{6}"), "the whole code is the field's text: " + shown);
        assertWhollyOnScreen(code);
        robot.interact(code::selectAll);
        assertEquals(shown, code.getSelectedText(), "the code can be selected");

        robot.clickOn((Button) message.lookup(".inbox-copy"));
        assertEquals(shown, WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(), "Copy put the code on the clipboard");
        robot.clickOn("#email-code").press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        assertEquals(shown, robot.lookup("#email-code").queryAs(TextField.class).getText(), "pasted");
        robot.clickOn("#verify-email");

        waitUntil(() -> robot.lookup("#email-code").queryAs(TextField.class).isDisabled());
        assertEquals("Code accepted.", robot.lookup("#verification-message").queryAs(Label.class).getText());
        waitUntil(() -> InboxOnScreen.read(robot).get(0).mark().equals("Used"));
    }

    /** The field shows every digit (its text fits inside it) and lies inside the window. */
    private static void assertWhollyOnScreen(TextField field) {
        Text measured = new Text(field.getText());
        measured.setFont(field.getFont());
        double room = field.getWidth() - field.getPadding().getLeft() - field.getPadding().getRight();
        assertTrue(measured.getLayoutBounds().getWidth() <= room, "the code fits its field: " + measured.getLayoutBounds().getWidth() + " > " + room);
        Bounds onScene = field.localToScene(field.getBoundsInLocal());
        assertTrue(onScene.getMinX() >= 0 && onScene.getMaxX() <= field.getScene().getWidth()
                && onScene.getMinY() >= 0 && onScene.getMaxY() <= field.getScene().getHeight(), "inside the window: " + onScene);
    }

    /** The account cleared through the service, as a user could on the exchange's website; the wizard walked through the UI. */
    private void toVerification(FxRobot robot) throws Exception {
        waitUntil(() -> enabled(robot, "#start-closure"));
        DemoSteps.clearEverything(service, service.demoControls().orElseThrow());
        robot.clickOn("#start-closure");
        waitUntil(() -> robot.lookup("#step-settings").tryQuery().isPresent() && !robot.lookup("#wizard-next").query().isDisabled());
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#step-notice").tryQuery().isPresent());
        for (CheckBox tick : robot.lookup(".consequence").queryAllAs(CheckBox.class)) {
            robot.interact(() -> tick.setSelected(true));
        }
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#step-eligibility").tryQuery().isPresent() && enabled(robot, "#recheck") && enabled(robot, "#wizard-next"));
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#send-email-code").tryQuery().isPresent());
    }

    private static boolean enabled(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> !n.isDisabled()).orElse(false);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
