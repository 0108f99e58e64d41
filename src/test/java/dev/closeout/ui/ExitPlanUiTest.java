package dev.closeout.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static dev.closeout.ui.OnScreen.shown;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The exit plan through the real window: opened from the dashboard and from withdraw everything, its chart, its next step run. */
@ExtendWith(ApplicationExtension.class)
class ExitPlanUiTest {

    @Start
    void start(Stage stage) throws Exception {
        AppHarness.start(stage, Files.createTempDirectory("closeout-plan-ui"));
    }

    @Test
    void the_dashboards_exit_plan_shows_where_the_value_goes_and_runs_the_next_step(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#nav-dashboard").tryQuery().isPresent());
        robot.clickOn("#nav-dashboard");
        waitUntil(() -> shown(robot, "#dashboard-plan"));
        robot.clickOn("#dashboard-plan");

        waitUntil(() -> text(robot, "#plan-saving").equals("This plan brings 99.79 USD more (1.09%)."));
        assertFalse(robot.lookup("#nav-dashboard").queryAs(ToggleButton.class).isSelected(), "the plan is no page of the navigation");
        assertEquals("Next: Cancel order 884120 (BTCUSDT) in Spot", text(robot, "#plan-next"));
        StackedBarChart<?, ?> chart = robot.lookup("#plan-chart").queryAs(StackedBarChart.class);
        assertEquals(List.of("Arrives", "Fees", "Left behind"), chart.getData().stream().map(XYChart.Series::getName).toList());
        assertTrue(chart.getData().stream().allMatch(series -> series.getData().size() == 2), "the plan beside each asset alone");

        robot.clickOn("#plan-run");

        waitUntil(() -> text(robot, "#plan-result").startsWith("\u2713 Order 884120"));
        waitUntil(() -> text(robot, "#plan-next").equals("Next: Cancel order 884121 (ETHBTC) in Spot"));
    }

    @Test
    void withdraw_everything_offers_the_same_plan(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#nav-alternatives").tryQuery().isPresent());
        robot.clickOn("#nav-alternatives");
        waitUntil(() -> shown(robot, "#alt-withdraw"));
        robot.clickOn("#alt-withdraw");
        waitUntil(() -> shown(robot, "#withdraw-plan"));

        robot.clickOn("#withdraw-plan");

        waitUntil(() -> shown(robot, "#plan-page") && text(robot, "#plan-summary").startsWith("Value now 9,270.37 USD"));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
