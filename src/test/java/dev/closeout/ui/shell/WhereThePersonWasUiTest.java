package dev.closeout.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.closeout.closure.ClosureService;
import dev.closeout.exchange.demo.DemoExchange;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.RememberedInMemory;
import dev.closeout.ui.account.Remembered;
import dev.closeout.ui.account.UiExecutors;
import dev.closeout.ui.desktop.Desktop;
import dev.closeout.ui.wizard.WizardStep;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window built again, as after a change of language or a restart, gives back where the
 * person was: the page, the wizard's step, the ticks on Notice and the open inbox.
 */
@ExtendWith(ApplicationExtension.class)
class WhereThePersonWasUiTest {

    private final Remembered store = new RememberedInMemory();
    private Stage stage;
    private ClosureService service;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        service = new ClosureService(DemoExchange.open(Files.createTempDirectory("closeout-resume").resolve("demo")));
        stage.setScene(new Scene(new Pane(), 1180, 780));
        stage.show();
        build();
    }

    /** What CloseoutApp does on a change of language and at start: the whole window again, on what was kept. */
    private MainWindow build() {
        MainWindow window = new MainWindow(service, UiExecutors.production(), Messages.forLocale(Locale.ENGLISH), stage, Locale.ENGLISH,
                l -> { }, new SimpleBooleanProperty(), new Desktop(title -> Optional.empty(), folder -> { }, page -> { }));
        window.remember(store);
        stage.getScene().setRoot(window.node());
        window.start();
        return window;
    }

    @Test
    void the_ticks_the_step_and_the_open_inbox_come_back_when_the_window_is_built_again(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#start-closure").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#start-closure");
        waitUntil(() -> robot.lookup("#step-settings").tryQuery().isPresent() && !robot.lookup("#wizard-next").query().isDisabled());
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#step-notice").tryQuery().isPresent());
        robot.interact(() -> robot.lookup(".consequence").queryAllAs(CheckBox.class).forEach(tick -> tick.setSelected(true)));
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#step-eligibility").tryQuery().isPresent());
        robot.clickOn("#demo-inbox");

        MainWindow[] again = new MainWindow[1];
        robot.interact(() -> again[0] = build());

        waitUntil(() -> again[0].wizard().current() == WizardStep.ELIGIBILITY);
        assertEquals(MainWindow.Page.CLOSE, again[0].shownProperty().get());
        assertTrue(robot.lookup("#demo-inbox").queryAs(ToggleButton.class).isSelected(), "the inbox is open again");
        robot.clickOn("#wizard-back");
        waitUntil(() -> robot.lookup("#step-notice").tryQuery().isPresent());
        assertTrue(robot.lookup(".consequence").queryAllAs(CheckBox.class).stream().allMatch(CheckBox::isSelected), "every tick kept");
        assertFalse(again[0].inProgress(), "nothing under way on Notice");
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
