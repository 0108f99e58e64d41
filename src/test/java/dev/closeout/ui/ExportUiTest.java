package dev.closeout.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.closeout.ui.OnScreen.shown;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.ui.desktop.Desktop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Export your history" through the real window: from the dashboard and from the Notice step, to the opened folder. */
@ExtendWith(ApplicationExtension.class)
class ExportUiTest {

    private Path chosen;
    private final List<Path> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path temp = Files.createTempDirectory("closeout-export-ui");
        chosen = temp.resolve("my exports");
        AppHarness.startWithService(stage, temp, new Desktop(title -> Optional.of(chosen), opened::add, page -> { }));
    }

    @Test
    void the_dashboards_button_exports_into_the_chosen_folder_and_opens_it(FxRobot robot) throws Exception {
        robot.clickOn("#nav-dashboard");
        waitUntil(() -> robot.lookup("#dashboard-export").tryQuery().isPresent());
        robot.clickOn("#dashboard-export");
        waitUntil(() -> shown(robot, "#export-start"));
        for (String format : List.of("statement", "koinly", "cointracking", "closeout")) {
            assertTrue(robot.lookup("#export-format-" + format).queryAs(CheckBox.class).isSelected(), format + " is ticked");
        }

        robot.clickOn("#export-start");
        waitUntil(() -> shown(robot, "#export-open"));

        TextField folder = robot.lookup("#export-folder").queryAs(TextField.class);
        assertTrue(folder.getText().startsWith(chosen.resolve("closeout-export-demo-").toString()), folder.getText());
        String summary = robot.lookup("#export-summary").queryAs(Label.class).getText();
        assertTrue(summary.contains("in 17 files"), summary);
        String files = robot.lookup("#export-files").queryAs(Label.class).getText();
        assertTrue(files.lines().anyMatch(line -> line.equals(Path.of(folder.getText()).resolve("closure-record.html").toString())), files);
        robot.clickOn("#export-open");
        waitUntil(() -> !opened.isEmpty());
        assertEquals(Path.of(folder.getText()), opened.get(0));
        assertTrue(Files.exists(opened.get(0).resolve("manifest.json")));
    }

    @Test
    void the_notice_steps_link_opens_the_same_export_and_the_step_then_says_where_it_went(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#start-closure").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#start-closure");
        waitUntil(() -> robot.lookup("#step-settings").tryQuery().isPresent() && !robot.lookup("#wizard-next").query().isDisabled());
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#export-history").tryQuery().isPresent());

        assertEquals("Not exported since Closeout was opened.", robot.lookup("#notice-exported").queryAs(Label.class).getText());
        robot.clickOn("#export-history");

        waitUntil(() -> shown(robot, "#export-start"));
        robot.clickOn("#export-start");
        waitUntil(() -> shown(robot, "#export-close") && robot.lookup("#export-close").queryAs(Button.class).getText().equals("Done"));
        robot.clickOn("#export-close");
        waitUntil(() -> robot.lookup("#notice-exported").queryAs(Label.class).getText()
                .startsWith("\u2713 Exported since Closeout was opened, to " + chosen.resolve("closeout-export-demo-")));
    }

    @Test
    void the_export_window_is_the_main_windows_centred_on_it_at_its_own_size_and_escape_or_close_puts_it_away(FxRobot robot)
            throws Exception {
        robot.clickOn("#nav-dashboard");
        waitUntil(() -> robot.lookup("#dashboard-export").tryQuery().isPresent());
        Window main = robot.lookup("#dashboard-export").query().getScene().getWindow();
        double mainWidth = main.getWidth();
        robot.clickOn("#dashboard-export");
        waitUntil(() -> shown(robot, "#export-start"));
        Stage export = (Stage) robot.lookup("#export-start").query().getScene().getWindow();

        assertSame(main, export.getOwner());
        assertTrue(export.getWidth() >= 520 && export.getHeight() >= 300, export.getWidth() + "x" + export.getHeight());
        assertEquals(main.getX() + main.getWidth() / 2, export.getX() + export.getWidth() / 2, 1.0, "centred on the main window");
        assertEquals(main.getY() + main.getHeight() / 2, export.getY() + export.getHeight() / 2, 1.0);
        assertEquals(mainWidth, main.getWidth(), "the main window keeps its size");
        assertEquals("Close", robot.lookup("#export-close").queryAs(Button.class).getText());

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> !export.isShowing());

        robot.clickOn("#dashboard-export");
        waitUntil(() -> shown(robot, "#export-close"));
        robot.clickOn("#export-close");
        waitUntil(() -> robot.lookup("#export-close").tryQuery().isEmpty());
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
