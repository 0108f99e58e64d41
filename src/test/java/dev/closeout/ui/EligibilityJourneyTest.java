package dev.closeout.ui;

import static dev.closeout.ui.CloseAccountJourneyTest.enabled;
import static dev.closeout.ui.CloseAccountJourneyTest.waitIdle;
import static dev.closeout.ui.CloseAccountJourneyTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.Balance;
import dev.closeout.account.Wallet;
import dev.closeout.closure.ClosureService;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * On Eligibility, as a person meets it: "Fix everything" shows what will run and runs only what
 * stays ticked; a refusal is said at the row it came from; Enter on a review moves no money.
 */
@ExtendWith(ApplicationExtension.class)
class EligibilityJourneyTest {

    private ClosureService service;

    @Start
    void start(Stage stage) throws Exception {
        service = AppHarness.startWithService(stage, Files.createTempDirectory("closeout-eligibility")).service();
    }

    private void openEligibility(FxRobot robot) throws Exception {
        waitUntil(() -> enabled(robot, "#start-closure"));
        robot.clickOn("#start-closure");
        waitUntil(() -> robot.lookup("#step-settings").tryQuery().isPresent() && !robot.lookup("#wizard-next").query().isDisabled());
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#step-notice").tryQuery().isPresent());
        for (CheckBox tick : robot.lookup(".consequence").queryAllAs(CheckBox.class)) {
            robot.clickOn(tick);
        }
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#step-eligibility").tryQuery().isPresent() && enabled(robot, "#recheck"));
    }

    @Test
    void a_bulk_run_does_only_what_was_ticked_and_a_refusal_is_said_at_its_row(FxRobot robot) throws Exception {
        openEligibility(robot);

        robot.clickOn("#fix-all");
        waitUntil(() -> robot.lookup("#checklist").tryQuery().isPresent());
        CheckBox doge = robot.lookup("#checklist .check-box").queryAllAs(CheckBox.class).stream()
                .filter(c -> c.getText().equals("Convert DOGE to BNB")).findFirst().orElseThrow();
        CheckBox early = robot.lookup("#checklist .check-box").queryAllAs(CheckBox.class).stream()
                .filter(c -> c.getText().equals("Redeem locked-eth-90")).findFirst().orElseThrow();
        assertTrue(doge.isSelected(), "a small balance is ticked, with what it gives and costs");
        assertFalse(early.isSelected(), "an early redemption forfeits rewards: not ticked");
        robot.interact(() -> doge.setSelected(false)); // the list scrolls in its dialog: unticked as a click would
        robot.clickOn("#checklist-run");
        waitIdle(robot);

        assertTrue(free(Wallet.SPOT, "DOGE").signum() > 0, "DOGE, unticked, was not converted");
        assertEquals(0, free(Wallet.SPOT, "SHIB").signum(), "SHIB, ticked, was");
        assertTrue(service.check().snapshot().earn().stream().anyMatch(e -> e.id().equals("locked-eth-90")), "nothing unticked ran");
        assertTrue(resultAt(robot, "LIMIT order for 0.005 in Spot").orElse("").startsWith("\u2713 Order 884120 BTCUSDT cancelled"),
                "the order's row turned into its answer");

        Button convertDoge = buttonAt(robot, "3.1 DOGE in Spot", "Convert to BNB");
        AlternativesJourneyTest.reveal(robot, convertDoge);
        robot.clickOn(convertDoge);
        waitUntil(() -> robot.lookup("#review").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#review").tryQuery().isEmpty());
        assertTrue(free(Wallet.SPOT, "DOGE").signum() > 0, "Enter on the review converted nothing");
        Button again = buttonAt(robot, "3.1 DOGE in Spot", "Convert to BNB");
        AlternativesJourneyTest.reveal(robot, again);
        robot.clickOn(again);
        waitUntil(() -> robot.lookup("#review").tryQuery().isPresent());
        robot.clickOn("#review-confirm");
        waitIdle(robot);

        String refusal = resultAt(robot, "3.1 DOGE in Spot").orElseThrow(() -> new AssertionError("no answer at DOGE's row"));
        assertTrue(refusal.startsWith("\u2717 Dust conversion refused: it is allowed once every 6 hours"), refusal);
    }

    private BigDecimal free(Wallet wallet, String asset) throws Exception {
        return service.check().snapshot().balances().stream().filter(b -> b.wallet() == wallet && b.asset().equals(asset))
                .map(Balance::free).findFirst().orElse(BigDecimal.ZERO);
    }

    /** The line of the finding whose item starts with {@code item}. */
    private static Optional<Node> line(FxRobot robot, String item) {
        return robot.lookup(".finding").queryAll().stream()
                .filter(n -> ((Label) n.lookup(".label")).getText().startsWith(item)).findFirst();
    }

    private static Optional<String> resultAt(FxRobot robot, String item) {
        return line(robot, item).flatMap(n -> Optional.ofNullable(n.lookup(".finding-result"))).map(n -> ((Label) n).getText());
    }

    private static Button buttonAt(FxRobot robot, String item, String label) {
        Node line = line(robot, item).orElseThrow(() -> new AssertionError("no row " + item));
        return line.lookupAll(".button").stream().map(Button.class::cast).filter(b -> b.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + label + " at " + item));
    }
}
