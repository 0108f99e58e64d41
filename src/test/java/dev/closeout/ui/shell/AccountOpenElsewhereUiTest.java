package dev.closeout.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.closure.ClosureService;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.demo.DemoExchange;
import dev.closeout.keychain.MemoryKeychain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The app on a demo account another Closeout has open: told so in the window, not a crash, and "Try again" once it is closed. */
class AccountOpenElsewhereUiTest {

    private DemoExchange other;

    @AfterEach
    void closeTheApp() throws Exception {
        FxToolkit.cleanupStages();
        if (other != null) {
            other.close();
        }
    }

    @Test
    void the_window_says_the_account_is_open_in_another_closeout_and_opens_it_on_try_again() throws Exception {
        Path dataDir = Files.createTempDirectory("closeout-ui");
        Path demoFolder = dataDir.resolve("demo");
        other = DemoExchange.open(demoFolder);
        Supplier<CompletableFuture<ClosureService>> open = () -> CompletableFuture.supplyAsync(() -> {
            try {
                return new ClosureService(DemoExchange.open(demoFolder));
            } catch (ExchangeException e) {
                throw new CompletionException(e);
            }
        });
        CloseoutApp.prepare(new CloseoutApp.Options(open, dataDir, false, messages -> null, MemoryKeychain.working()));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(CloseoutApp::new);
        FxRobot robot = new FxRobot();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#opening-retry").queryAs(Button.class).isVisible());
        assertEquals("The demo account in " + demoFolder + " is open in another Closeout. Close that one first, then try again.",
                robot.lookup("#opening-text").queryAs(Label.class).getText());

        other.close();
        other = null;
        robot.clickOn("#opening-retry");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#start-closure").tryQuery().isPresent());
        assertTrue(robot.lookup("#opening-retry").tryQuery().isEmpty(), "the account's window replaced the message");
    }
}
