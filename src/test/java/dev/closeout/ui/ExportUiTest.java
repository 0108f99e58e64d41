package dev.closeout.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.closeout.ui.OnScreen.shown;
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
import javafx.scene.control.Label;
import javafx.stage.Stage;
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

        Label folder = robot.lookup("#export-folder").queryAs(Label.class);
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
    void the_notice_steps_link_opens_the_same_export(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#start-closure").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#start-closure");
        waitUntil(() -> robot.lookup("#export-history").tryQuery().isPresent());

        robot.clickOn("#export-history");

        waitUntil(() -> shown(robot, "#export-start"));
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
