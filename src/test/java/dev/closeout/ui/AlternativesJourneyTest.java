package dev.closeout.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.AccountStatus;
import dev.closeout.closure.ClosureService;
import dev.closeout.exchange.WithdrawalNetwork;
import java.nio.file.Files;
import java.util.Comparator;
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
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A person takes each gentler path on the seeded demo account through the UI alone: freezes
 * and unfreezes it, switches off everything that runs by itself, and withdraws everything
 * while keeping the account.
 */
@ExtendWith(ApplicationExtension.class)
class AlternativesJourneyTest {

    private static final String BTC_ADDRESS = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
    private static final String EVM_ADDRESS = "0xdAC17F958D2ee523a2206206994597C13D831ec7";
    private static final String TRON_ADDRESS = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";
    private static final Map<String, String> ADDRESSES = Map.of("BTC", BTC_ADDRESS, "ETH", EVM_ADDRESS, "BSC", EVM_ADDRESS,
            "ARBITRUM", EVM_ADDRESS, "TRX", TRON_ADDRESS);

    private ClosureService service;

    @Start
    void start(Stage stage) throws Exception {
        service = AppHarness.startWithService(stage, Files.createTempDirectory("closeout-alternatives")).service();
    }

    private void openAlternatives(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#nav-alternatives").tryQuery().isPresent());
        robot.clickOn("#nav-alternatives");
        waitUntil(() -> text(robot, "#account-status").equals("Active"));
    }

    @Test
    void the_account_is_frozen_then_unfrozen(FxRobot robot) throws Exception {
        openAlternatives(robot);
        robot.clickOn("#alt-freeze");
        waitUntil(() -> robot.lookup("#flow-freeze").tryQuery().isPresent() && robot.lookup("#email-code").tryQuery().isPresent());
        assertTrue(button(robot, "#freeze-request").isDisabled(), "nothing is asked of support before a reason, a yes and verification");
        robot.clickOn("#freeze-reason-taking-a-break");
        robot.clickOn("#freeze-understood");
        verifyEverything(robot, "");
        Button freeze = button(robot, "#freeze-request");
        reveal(robot, freeze);
        waitUntil(() -> !freeze.isDisabled());
        robot.clickOn(freeze);
        confirmIfAsked(robot);
        waitUntil(() -> text(robot, "#freeze-status").equals("Frozen"));
        assertEquals(AccountStatus.FROZEN, service.check().snapshot().profile().status());
        assertTrue(text(robot, "#freeze-message").startsWith("\u2713 The account is frozen"));

        String usedCode = InboxOnScreen.authenticator(robot);
        advanceDemoClock(robot, "Advance the demo clock 5 minutes"); // a new code can be sent; the authenticator shows a new one
        waitUntil(() -> enabled(robot, "#send-email-code") && robot.lookup("#email-code").queryAs(TextField.class).getText().isEmpty());
        verifyEverything(robot, usedCode);
        Button unfreeze = button(robot, "#unfreeze-request");
        reveal(robot, unfreeze);
        waitUntil(() -> !unfreeze.isDisabled());
        robot.clickOn(unfreeze);
        waitUntil(() -> text(robot, "#freeze-status").equals("Active"));

        // The bar that told what the clock step changed lies over the top of the page: closed first, as a person would.
        NotificationPane changes = robot.lookup("#account-changes").queryAs(NotificationPane.class);
        robot.interact(changes::hide);
        waitUntil(() -> !changes.isShowing());
        Node back = robot.lookup("#alt-back").query();
        reveal(robot, back);
        robot.clickOn(back);
        waitUntil(() -> text(robot, "#account-status").equals("Active"));
        assertEquals(AccountStatus.ACTIVE, service.check().snapshot().profile().status());
    }

    @Test
    void everything_that_runs_by_itself_is_switched_off(FxRobot robot) throws Exception {
        openAlternatives(robot);
        robot.clickOn("#alt-disable");
        waitUntil(() -> robot.lookup("#flow-disable").tryQuery().isPresent() && enabled(robot, "#disable-select-api-keys"));
        assertTrue(button(robot, "#disable-run-all").isDisabled(), "nothing ticked: nothing to run");
        for (String line : List.of("api-keys", "recurring-plans", "open-orders", "futures")) {
            CheckBox tick = robot.lookup("#disable-select-" + line).queryAs(CheckBox.class);
            assertFalse(tick.isSelected(), line + " is not ticked until the person ticks it");
            robot.clickOn(tick);
        }

        robot.clickOn("#disable-run-all");
        confirmIfAsked(robot);
        // Done, every line has nothing left to do: nothing is ticked, so "everything ticked" has nothing to run.
        waitUntil(() -> text(robot, "#disable-result-futures").contains("Futures account closed") && button(robot, "#disable-run-all").isDisabled());

        for (String line : List.of("api-keys", "recurring-plans", "open-orders", "futures")) {
            String result = text(robot, "#disable-result-" + line);
            assertTrue(result.startsWith("\u2713") && !result.contains("\u2717"), line + ": " + result);
        }
        AccountSnapshot after = service.check().snapshot();
        assertEquals(List.of(), after.apiKeys());
        assertEquals(List.of(), after.recurringPlans());
        assertEquals(List.of(), after.openOrders());
        assertEquals(List.of(), after.positions());
        assertEquals(AccountStatus.ACTIVE, after.profile().status());
    }

    @Test
    void everything_is_withdrawn_and_the_account_is_kept(FxRobot robot) throws Exception {
        openAlternatives(robot);
        robot.clickOn("#alt-withdraw");
        waitUntil(() -> robot.lookup("#flow-withdraw").tryQuery().isPresent());
        waitIdle(robot);

        robot.clickOn("#withdraw-free-safe");
        waitUntil(() -> robot.lookup("#checklist").tryQuery().isPresent());
        confirmIfAsked(robot);
        waitIdle(robot);
        Map<String, Integer> pressed = new HashMap<>();
        for (int round = 0; round < 20; round++) {
            Optional<Button> next = robot.lookup(".tied .button").queryAllAs(Button.class).stream()
                    .filter(b -> !b.isDisabled() && pressed.getOrDefault(b.getText(), 0) < 1).findFirst();
            if (next.isEmpty()) {
                break;
            }
            pressed.merge(next.get().getText(), 1, Integer::sum);
            reveal(robot, next.get());
            robot.clickOn(next.get());
            confirmIfAsked(robot);
            waitIdle(robot);
        }
        // Unbonding, the appeal, the deposit and the locked products only need time.
        advanceDemoClock(robot, "Advance the demo clock 90 days");
        clickWhenIdle(robot, "#withdraw-recheck");

        clickWhenIdle(robot, "#withdraw-move-all");
        clickWhenIdle(robot, "#withdraw-convert-dust");
        confirmIfAsked(robot);
        waitIdle(robot);
        assertTrue(robot.lookup("#withdraw-dust-results .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("\u2713 Converted")), "the small balances became BNB");

        int typed = 0;
        for (int round = 0; round < 12 && !text(robot, "#withdraw-summary").equals("Every balance is zero."); round++) {
            Optional<Button> wayOut = robot.lookup(n -> n.getId() != null && n.getId().startsWith("way-out-")).queryAllAs(Button.class)
                    .stream().findFirst();
            if (wayOut.isPresent()) {
                reveal(robot, wayOut.get());
                robot.clickOn(wayOut.get());
                confirmIfAsked(robot);
                waitIdle(robot);
                continue;
            }
            TextField address = robot.lookup(n -> n.getId() != null && n.getId().startsWith("withdraw-address-"))
                    .queryAllAs(TextField.class).stream().findFirst().orElseThrow(() -> new AssertionError("nothing left to withdraw"));
            String asset = address.getId().substring("withdraw-address-".length());
            @SuppressWarnings("unchecked")
            ComboBox<WithdrawalNetwork> network = robot.lookup("#withdraw-network-" + asset).queryAs(ComboBox.class);
            reveal(robot, address);
            assertEquals(null, network.getValue(), asset + ": the network must be chosen, none is pre-selected");
            assertTrue(button(robot, "#withdraw-send-" + asset).isDisabled(), "nothing is sent before a network is chosen");
            chooseNetwork(robot, network);
            String to = ADDRESSES.get(network.getValue().network());
            if (typed++ == 0) {
                robot.clickOn(address).write(to);
            } else {
                robot.interact(() -> address.setText(to)); // pasted: typing every address would only make the test slower
            }
            waitUntil(() -> text(robot, "#withdraw-check-" + asset).startsWith("\u2713"));
            Button send = button(robot, "#withdraw-send-" + asset);
            robot.clickOn(send);
            confirmIfAsked(robot);
            waitIdle(robot);
        }

        assertEquals("Every balance is zero.", text(robot, "#withdraw-summary"));
        AccountSnapshot after = service.check().snapshot();
        assertEquals(List.of(), after.balances().stream().filter(b -> b.held().signum() != 0).toList());
        assertEquals(AccountStatus.ACTIVE, after.profile().status());
        // The bar that told what the clock step changed lies over the top of the page: closed first, as a person would.
        NotificationPane changes = robot.lookup("#account-changes").queryAs(NotificationPane.class);
        robot.interact(changes::hide);
        waitUntil(() -> !changes.isShowing());
        Node back = robot.lookup("#alt-back").query();
        reveal(robot, back);
        robot.clickOn(back);
        waitUntil(() -> text(robot, "#account-status").equals("Active"));
    }

    /**
     * Chooses the network with the smallest minimum, as a person whose wallet takes any would (the list opened headless
     * cannot be clicked reliably: it is chosen directly).
     */
    static void chooseNetwork(FxRobot robot, ComboBox<WithdrawalNetwork> network) {
        robot.interact(() -> network.getItems().stream().min(Comparator.comparing(WithdrawalNetwork::minimum))
                .ifPresent(network::setValue));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Sends and enters a code for every method, the authenticator's from the demo inbox; a code not {@code used} before. */
    private void verifyEverything(FxRobot robot, String used) throws Exception {
        verify(robot, "email");
        verify(robot, "sms");
        waitUntil(() -> InboxOnScreen.authenticator(robot).matches("\\d{6}") && !InboxOnScreen.authenticator(robot).equals(used));
        TextField code = robot.lookup("#authenticator-code").queryAs(TextField.class);
        reveal(robot, code);
        robot.clickOn(code).write(InboxOnScreen.authenticator(robot));
        robot.clickOn("#verify-authenticator");
        waitUntil(code::isDisabled);
    }

    private void verify(FxRobot robot, String method) throws Exception {
        Button send = button(robot, "#send-" + method + "-code");
        reveal(robot, send);
        int before = InboxOnScreen.read(robot).size();
        robot.clickOn(send);
        String channel = method.equals("email") ? "Email" : "SMS";
        waitUntil(() -> InboxOnScreen.read(robot).size() > before);
        String code = InboxOnScreen.newestWaiting(robot, channel).orElseThrow();
        robot.clickOn("#" + method + "-code").write(code);
        robot.clickOn("#verify-" + method);
        waitUntil(() -> robot.lookup("#" + method + "-code").queryAs(TextField.class).isDisabled());
    }

    private void confirmIfAsked(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup("#review-confirm").tryQuery().ifPresent(robot::clickOn);
        robot.lookup("#checklist-run").tryQuery().ifPresent(robot::clickOn);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Chooses an item of the demo tools menu (fired directly: a headless menu popup cannot be clicked reliably). */
    private void advanceDemoClock(FxRobot robot, String item) throws Exception {
        MenuButton menu = robot.lookup("#demo-advance-time").queryAs(MenuButton.class);
        robot.interact(() -> menu.getItems().stream().filter(i -> item.equals(i.getText())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickWhenIdle(FxRobot robot, String query) throws Exception {
        waitIdle(robot);
        Button button = button(robot, query);
        reveal(robot, button);
        waitUntil(() -> !button.isDisabled());
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
        waitIdle(robot);
    }

    /** Scrolls the page so the node is on screen, as a person would before pressing it. */
    static void reveal(FxRobot robot, Node node) {
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

    /** The withdrawal flow is idle again: "Check again" is enabled once nothing is running. */
    private static void waitIdle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> enabled(robot, "#withdraw-recheck"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static boolean enabled(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> !n.isDisabled()).orElse(false);
    }

    private static Button button(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Button.class);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
