package dev.closeout.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.controls.Message;
import dev.closeout.ui.AppHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A demo state file that could not be read is not a silent fresh start: the window says where it went. */
@ExtendWith(ApplicationExtension.class)
class SetAsideBannerUiTest {

    private Path demoFolder;

    @Start
    void start(Stage stage) throws Exception {
        Path dataDir = Files.createTempDirectory("closeout-ui");
        demoFolder = dataDir.resolve("demo");
        Files.createDirectories(demoFolder);
        Files.writeString(demoFolder.resolve("exchange.json"), "{\"format\": 1, \"seq\": 4");
        AppHarness.start(stage, dataDir);
    }

    @Test
    void the_window_names_the_set_aside_file_until_the_banner_is_dismissed(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#start-closure").queryAs(Button.class).isDisabled());
        Message banner = robot.lookup("#set-aside-banner").queryAs(Message.class);
        Path aside;
        try (var files = Files.list(demoFolder)) {
            aside = files.filter(f -> f.getFileName().toString().startsWith("exchange.json.unreadable-")).findFirst().orElseThrow();
        }
        assertEquals("The demo exchange's file could not be read; it was moved aside to " + aside
                + " and a fresh demo account was set up.", banner.getDescription());
        assertEquals("{\"format\": 1, \"seq\": 4", Files.readString(aside), "kept as it was");

        robot.interact(() -> banner.getOnClose().handle(null));

        assertTrue(robot.lookup("#set-aside-banner").tryQuery().isEmpty());
    }
}
