package dev.closeout.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.ui.AppHarness;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AppStartsTest {

    @Start
    void start(Stage stage) throws Exception {
        AppHarness.start(stage, Files.createTempDirectory("closeout-ui"));
    }

    @Test
    void the_app_opens_on_the_start_page_naming_the_simulated_demo_account_and_close_it_leads_to_the_account_step(FxRobot robot)
            throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#start-closure").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#start").tryQuery().isPresent(), "the start page, not step 1 of closing");
        assertTrue(robot.lookup("#step-settings").tryQuery().isEmpty());
        assertEquals("Demo exchange", robot.lookup("#start-exchange").queryAs(Label.class).getText());
        assertEquals("al***@example.com \u00b7 Active", robot.lookup("#start-account-email").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#demo-banner").query().isVisible(), "the demo says its money is simulated");
        assertTrue(robot.lookup("#start-check").tryQuery().isPresent() && robot.lookup("#start-pause").tryQuery().isPresent());

        robot.clickOn("#start-closure");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#step-settings").tryQuery().isPresent());
        assertTrue(robot.lookup("#demo-banner").query().isVisible(), "on every page");
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream().anyMatch(l -> "al***@example.com".equals(l.getText())));
        assertTrue(robot.lookup("#wizard-back").queryAs(Button.class).isDisabled());
        assertFalse(robot.lookup("#wizard-next").queryAs(Button.class).isDisabled());
    }

    @Test
    void the_dashboard_shows_the_total_every_holding_Earn_and_the_readiness_meter(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#start-closure").queryAs(Button.class).isDisabled());
        robot.clickOn("#nav-dashboard");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#dashboard-total").queryAs(Label.class).getText().endsWith(" USD"));
        assertTrue(robot.lookup("#holdings-table").queryAs(javafx.scene.control.TableView.class).getItems().size() > 20);
        assertTrue(robot.lookup("#earn-table").queryAs(javafx.scene.control.TableView.class).getItems().size() >= 4);
        assertTrue(robot.lookup("#wallet-chart").tryQuery().isPresent());
        javafx.scene.control.TableView<dev.closeout.ui.dashboard.HoldingRow> holdings = robot.lookup("#holdings-table").queryAs(javafx.scene.control.TableView.class);
        robot.interact(() -> {
            javafx.scene.control.TableColumn<dev.closeout.ui.dashboard.HoldingRow, ?> usd = holdings.getColumns().get(3);
            usd.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            holdings.getSortOrder().setAll(java.util.List.of(usd));
        });
        java.math.BigDecimal most = holdings.getItems().stream().map(dev.closeout.ui.dashboard.HoldingRow::usdValue)
                .filter(java.util.Objects::nonNull).max(java.math.BigDecimal::compareTo).orElseThrow();
        assertTrue(most.compareTo(holdings.getItems().get(0).usdValue()) == 0, "sorted by USD value, the most valuable holding comes first");
        assertTrue(holdings.getSortOrder().size() == 1, "the sort order the user chose stays");
        robot.clickOn("#readiness-meter");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#step-settings").tryQuery().isPresent(), "the readiness meter opens the wizard");
    }
}
