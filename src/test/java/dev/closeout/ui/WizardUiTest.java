package dev.closeout.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.closure.ClosureService;
import dev.closeout.exchange.DemoControls;
import dev.closeout.exchange.VerificationMethod;
import dev.closeout.exchange.demo.DemoSteps;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard's pages as a person meets them: Next held back while the account is blocked, Back
 * keeping what was entered, a wrong code and the lockout. To reach Verification quickly the
 * account is cleared through the service first, as a user could do on the exchange's website;
 * everything after that is done through the UI.
 */
@ExtendWith(ApplicationExtension.class)
class WizardUiTest {

    private static final String A_BREAK = "I want a break from trading";

    private ClosureService service;
    private DemoControls demo;

    @Start
    void start(Stage stage) throws Exception {
        service = AppHarness.startWithService(stage, Files.createTempDirectory("closeout-wizard")).service();
        demo = service.demoControls().orElseThrow();
    }

    @Test
    void next_stays_disabled_on_eligibility_while_the_account_is_blocked(FxRobot robot) throws Exception {
        toEligibility(robot);

        assertTrue(label(robot, "#eligibility-summary").getText().matches("\\d+ blockers remain; .*"),
                label(robot, "#eligibility-summary").getText());
        assertTrue(button(robot, "#wizard-next").isDisabled(), "Next waits until every condition is met");
        robot.clickOn("#wizard-next");
        assertTrue(robot.lookup("#step-eligibility").tryQuery().isPresent(), "pressing it anyway stays on the page");

        DemoSteps.clearEverything(service, demo);
        Button recheck = button(robot, "#recheck");
        reveal(robot, recheck);
        robot.clickOn(recheck);
        waitUntil(() -> enabled(robot, "#wizard-next"));
        assertEquals("Every condition is met: you can go on to security verification.", label(robot, "#eligibility-summary").getText());
    }

    @Test
    void back_from_eligibility_keeps_the_ticks_and_the_reason_given_on_notice(FxRobot robot) throws Exception {
        toNotice(robot);
        RadioButton aBreak = reason(robot, A_BREAK);
        robot.clickOn(aBreak);
        tickEveryConsequence(robot);
        waitUntil(() -> robot.lookup("#notice-pause").query().isVisible());
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#step-eligibility").tryQuery().isPresent() && enabled(robot, "#recheck"));

        robot.clickOn("#wizard-back");
        waitUntil(() -> robot.lookup("#step-notice").tryQuery().isPresent());

        List<CheckBox> ticks = robot.lookup(".consequence").queryAllAs(CheckBox.class).stream().toList();
        assertEquals(6, ticks.size());
        assertTrue(ticks.stream().allMatch(CheckBox::isSelected), "every consequence still ticked");
        assertTrue(reason(robot, A_BREAK).isSelected(), "the reason still chosen");
        assertEquals(1, robot.lookup(".radio-button").queryAllAs(RadioButton.class).stream().filter(RadioButton::isSelected).count());
        assertTrue(robot.lookup("#notice-pause").query().isVisible(), "the pause is still offered for a break");
        assertFalse(button(robot, "#wizard-next").isDisabled(), "Next is possible straight away");
    }

    @Test
    void a_wrong_code_is_refused_with_the_attempts_left(FxRobot robot) throws Exception {
        toVerification(robot);
        String code = sendEmailCode(robot);

        enterEmailCode(robot, DemoSteps.wrong(code));

        waitUntil(() -> "That code is not right.".equals(label(robot, "#verification-message").getText()));
        assertEquals("4 attempts left", label(robot, "#verification-attempts").getText());
        TextField field = robot.lookup("#email-code").queryAs(TextField.class);
        assertEquals("", field.getText(), "cleared for the next try");
        assertFalse(field.isDisabled());
        assertTrue(button(robot, "#wizard-next").isDisabled());
    }

    @Test
    void five_wrong_codes_lock_verification_showing_the_time_remaining_and_disable_the_code_fields(FxRobot robot) throws Exception {
        toVerification(robot);
        String code = sendEmailCode(robot);

        for (int attempt = 1; attempt <= 5; attempt++) {
            enterEmailCode(robot, DemoSteps.wrong(code));
            int left = 5 - attempt;
            waitUntil(() -> label(robot, "#verification-attempts").getText().equals(left == 1 ? "1 attempt left"
                    : left == 0 ? "Too many wrong codes: verification is locked for 30 more minutes." : left + " attempts left"));
        }

        assertEquals("Too many wrong codes: verification is locked for 30 more minutes.", label(robot, "#verification-attempts").getText());
        for (String method : List.of("email", "sms", "authenticator")) {
            assertTrue(robot.lookup("#" + method + "-code").queryAs(TextField.class).isDisabled(), method + " code field");
            assertTrue(button(robot, "#verify-" + method).isDisabled(), method + " Verify button");
        }
        assertTrue(button(robot, "#send-email-code").isDisabled());
        assertTrue(button(robot, "#send-sms-code").isDisabled());
    }

    // Getting there, as a person would.

    private void toNotice(FxRobot robot) throws Exception {
        waitUntil(() -> enabled(robot, "#start-closure"));
        robot.clickOn("#start-closure");
        waitUntil(() -> robot.lookup("#step-settings").tryQuery().isPresent() && !robot.lookup("#wizard-next").query().isDisabled());
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#step-notice").tryQuery().isPresent());
    }

    private void tickEveryConsequence(FxRobot robot) {
        for (CheckBox tick : robot.lookup(".consequence").queryAllAs(CheckBox.class)) {
            if (!tick.isSelected()) {
                reveal(robot, tick);
                robot.clickOn(tick);
            }
        }
    }

    private void toEligibility(FxRobot robot) throws Exception {
        toNotice(robot);
        tickEveryConsequence(robot);
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#step-eligibility").tryQuery().isPresent() && enabled(robot, "#recheck")
                && !label(robot, "#eligibility-summary").getText().isEmpty());
    }

    /** Every blocker cleared through the service first, then Settings, Notice and Eligibility through the UI. */
    private void toVerification(FxRobot robot) throws Exception {
        waitUntil(() -> enabled(robot, "#start-closure"));
        DemoSteps.clearEverything(service, demo);
        toEligibility(robot);
        waitUntil(() -> enabled(robot, "#wizard-next"));
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#step-verification").tryQuery().isPresent() && robot.lookup("#email-code").tryQuery().isPresent());
    }

    /** Sends an email code and reads it from the demo's inbox. */
    private String sendEmailCode(FxRobot robot) throws Exception {
        int before = demo.inbox().size();
        robot.clickOn("#send-email-code");
        waitUntil(() -> demo.inbox().size() > before);
        waitUntil(() -> label(robot, "#verification-message").getText().startsWith("Code sent"));
        return DemoSteps.lastCode(demo, VerificationMethod.EMAIL);
    }

    private void enterEmailCode(FxRobot robot, String code) throws Exception {
        waitUntil(() -> robot.lookup("#email-code").queryAs(TextField.class).getText().isEmpty());
        robot.clickOn("#email-code").write(code);
        waitUntil(() -> enabled(robot, "#verify-email"));
        robot.clickOn("#verify-email");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static RadioButton reason(FxRobot robot, String text) {
        return robot.lookup(".radio-button").queryAllAs(RadioButton.class).stream().filter(r -> text.equals(r.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no reason \"" + text + "\""));
    }

    /** Scrolls the page so the node is on screen, as a person would before pressing it. */
    private static void reveal(FxRobot robot, Node node) {
        robot.interact(() -> {
            Node parent = node.getParent();
            while (parent != null && !(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof ScrollPane pane) {
                Bounds where = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double room = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                pane.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (where.getMinY() - pane.getViewportBounds().getHeight() / 3) / room)));
            }
        });
    }

    private static boolean enabled(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> !n.isDisabled()).orElse(false);
    }

    private static Button button(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Button.class);
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
