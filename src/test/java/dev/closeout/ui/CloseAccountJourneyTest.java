package dev.closeout.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.exchange.WithdrawalNetwork;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A person closes the seeded demo account through the UI alone: every blocker fixed from the
 * Eligibility page, codes read from the demo inbox, ending on Status = Closed.
 */
@ExtendWith(ApplicationExtension.class)
class CloseAccountJourneyTest {

    private static final String TRON_ADDRESS = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";
    private static final String EVM_ADDRESS = "0xdAC17F958D2ee523a2206206994597C13D831ec7";
    /** Which fix buttons to press first: what frees funds, then dust, then moving, selling. */
    private static final List<String> PRIORITY = List.of("Cancel order", "Stop grid bot", "Close", "Repay", "Redeem", "Unstake",
            "Cancel the P2P order", "Settle", "Move its funds here", "Empty and close", "Convert to BNB", "Move to Spot", "Sell for USDT");

    @Start
    void start(Stage stage) throws Exception {
        AppHarness.start(stage, Files.createTempDirectory("closeout-journey"));
    }

    @Test
    void the_seeded_demo_account_is_closed_through_the_ui_alone(FxRobot robot) throws Exception {
        waitUntil(() -> enabled(robot, "#start-closure"));
        robot.clickOn("#start-closure");
        waitUntil(() -> robot.lookup("#step-settings").tryQuery().isPresent() && !robot.lookup("#wizard-next").query().isDisabled());
        robot.clickOn("#wizard-next");

        waitUntil(() -> robot.lookup("#step-notice").tryQuery().isPresent());
        assertTrue(button(robot, "#wizard-next").isDisabled(), "Next waits for every consequence to be ticked");
        for (CheckBox tick : robot.lookup(".consequence").queryAllAs(CheckBox.class)) {
            robot.clickOn(tick);
        }
        robot.clickOn("#wizard-next");

        waitUntil(() -> robot.lookup("#step-eligibility").tryQuery().isPresent() && enabled(robot, "#recheck"));
        assertTrue(button(robot, "#wizard-next").isDisabled(), "Next stays disabled while closure is blocked");
        robot.clickOn("#fix-all");
        waitUntil(() -> robot.lookup("#checklist").tryQuery().isPresent());
        assertTrue(button(robot, "#review-cancel").isDefaultButton(), "Cancel is the checklist's default");
        confirmIfAsked(robot);
        waitIdle(robot);
        clearEveryBlocker(robot);
        robot.clickOn("#wizard-next");

        waitUntil(() -> robot.lookup("#step-verification").tryQuery().isPresent() && robot.lookup("#email-code").tryQuery().isPresent());
        verify(robot, "email");
        verify(robot, "sms");
        waitUntil(() -> InboxOnScreen.authenticator(robot).matches("\\d{6}"));
        robot.clickOn("#authenticator-code").write(InboxOnScreen.authenticator(robot));
        robot.clickOn("#verify-authenticator");
        waitUntil(() -> enabled(robot, "#wizard-next"));
        robot.clickOn("#wizard-next");

        waitUntil(() -> robot.lookup("#confirm-email").tryQuery().isPresent());
        assertTrue(button(robot, "#confirm-closure").isDisabled());
        assertFalse(robot.lookup("#wizard-next").query().isVisible(), "Confirm's own button is the only way on: no Next beside it");
        robot.clickOn("#confirm-email").write("alex.morgan@example.com");
        robot.clickOn("#confirm-closure");
        waitUntil(() -> robot.lookup("#review").tryQuery().isPresent());
        assertTrue(button(robot, "#review-cancel").isDefaultButton(), "Cancel is the last summary's default");
        assertFalse(button(robot, "#review-confirm").isDefaultButton(), "Enter never means yes");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#review").tryQuery().isEmpty());
        assertTrue(robot.lookup("#confirm-email").tryQuery().map(Node::isVisible).orElse(false),
                "Enter on the last summary closed nothing: the Confirm step is still shown");
        robot.clickOn("#confirm-closure");
        confirmIfAsked(robot);
        waitUntil(() -> robot.lookup("#closure-status").tryQuery().map(n -> ((Label) n).getText()).orElse("").equals("Closing"));

        advanceDemoClock(robot, "Advance the demo clock 5 minutes");
        waitUntil(() -> ((Label) robot.lookup("#closure-status").query()).getText().equals("Closed"));
        assertEquals("Closed", ((Label) robot.lookup("#closure-status").query()).getText());
    }

    /** Presses the findings' buttons until every condition is met, waiting out what only time fixes. */
    private void clearEveryBlocker(FxRobot robot) throws Exception {
        Map<String, Integer> tries = new HashMap<>();
        for (int round = 0; round < 80 && button(robot, "#wizard-next").isDisabled(); round++) {
            Optional<Button> next = robot.lookup(".finding .button").queryAllAs(Button.class).stream()
                    .filter(b -> !b.isDisabled() && b.isVisible() && tries.getOrDefault(key(b), 0) < 2)
                    .filter(b -> priority(b.getText()) < PRIORITY.size())
                    .min((a, b) -> Integer.compare(priority(a.getText()), priority(b.getText())));
            if (next.isPresent()) {
                tries.merge(key(next.get()), 1, Integer::sum);
                reveal(robot, next.get());
                robot.clickOn(next.get());
                confirmIfAsked(robot);
                waitIdle(robot);
                continue;
            }
            Optional<Button> withdraw = robot.lookup(".finding .button").queryAllAs(Button.class).stream()
                    .filter(b -> b.getText().startsWith("Withdraw") && !b.isDisabled() && key(b).contains("USDT in Spot")).findFirst();
            if (withdraw.isPresent() && tries.getOrDefault("withdraw", 0) < 2) {
                tries.merge("withdraw", 1, Integer::sum);
                reveal(robot, withdraw.get());
                robot.clickOn(withdraw.get());
                waitUntil(() -> robot.lookup("#withdraw-address").tryQuery().isPresent());
                @SuppressWarnings("unchecked")
                ComboBox<WithdrawalNetwork> network = robot.lookup("#withdraw-network").queryAs(ComboBox.class);
                assertEquals(null, network.getValue(), "the network must be chosen, none is pre-selected");
                AlternativesJourneyTest.chooseNetwork(robot, network);
                robot.clickOn("#withdraw-address").write(network.getValue().network().equals("TRX") ? TRON_ADDRESS : EVM_ADDRESS);
                Button send = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                        .filter(b -> b.getText().equals("Withdraw")).findFirst().orElseThrow();
                waitUntil(() -> !send.isDisabled()); // the address is checked as it is typed
                robot.clickOn(send);
                confirmIfAsked(robot);
                waitIdle(robot);
                continue;
            }
            advanceDemoClock(robot, "Advance the demo clock 90 days");
            tries.clear();
            Button recheck = button(robot, "#recheck");
            reveal(robot, recheck);
            robot.clickOn(recheck);
            waitIdle(robot);
        }
        assertFalse(button(robot, "#wizard-next").isDisabled(), "every condition met after the fixes");
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

    /** A button's finding and label: the same label on two findings are two different buttons. */
    private static String key(Button button) {
        Node line = button.getParent();
        Label item = (Label) line.lookup(".label");
        return item.getText() + " | " + button.getText();
    }

    private static int priority(String label) {
        for (int i = 0; i < PRIORITY.size(); i++) {
            if (label.startsWith(PRIORITY.get(i))) {
                return i;
            }
        }
        return PRIORITY.size();
    }

    private void confirmIfAsked(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup("#review-confirm").tryQuery().ifPresent(robot::clickOn);
        robot.lookup("#checklist-run").tryQuery().ifPresent(robot::clickOn);
    }

    private void verify(FxRobot robot, String method) throws Exception {
        robot.clickOn("#send-" + method + "-code");
        String channel = method.equals("email") ? "Email" : "SMS";
        String code = waitFor(() -> InboxOnScreen.newestWaiting(robot, channel));
        robot.clickOn("#" + method + "-code").write(code);
        robot.clickOn("#verify-" + method);
        waitUntil(() -> robot.lookup("#" + method + "-code").queryAs(TextField.class).isDisabled());
    }


    /** Chooses an item of the demo tools menu (fired directly: a headless menu popup cannot be clicked reliably). */
    private void advanceDemoClock(FxRobot robot, String item) throws Exception {
        MenuButton menu = robot.lookup("#demo-advance-time").queryAs(MenuButton.class);
        robot.interact(() -> menu.getItems().stream().filter(i -> item.equals(i.getText())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static boolean enabled(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> !n.isDisabled()).orElse(false);
    }

    private static Button button(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Button.class);
    }

    /** The page is idle again: "Check again" is enabled once nothing is running. */
    static void waitIdle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> enabled(robot, "#recheck"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    private static <T> T waitFor(Callable<Optional<T>> value) throws Exception {
        Object[] found = new Object[1];
        waitUntil(() -> {
            Optional<T> v = value.call();
            v.ifPresent(x -> found[0] = x);
            return v.isPresent();
        });
        @SuppressWarnings("unchecked")
        T result = (T) found[0];
        return result;
    }
}
