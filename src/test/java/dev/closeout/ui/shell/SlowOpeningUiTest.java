package dev.closeout.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.closure.ClosureService;
import dev.closeout.exchange.demo.DemoExchange;
import dev.closeout.keychain.MemoryKeychain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ProgressIndicator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The opening screen: words at once, a spinner only when opening takes longer than a start usually does. */
class SlowOpeningUiTest {

    private final CompletableFuture<ClosureService> opening = new CompletableFuture<>();

    @AfterEach
    void closeTheApp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void a_slow_disk_shows_the_spinner_after_a_moment_and_the_account_once_it_is_open() throws Exception {
        Path dataDir = Files.createTempDirectory("closeout-ui");
        CloseoutApp.prepare(new CloseoutApp.Options(() -> opening, dataDir, false, messages -> null, MemoryKeychain.working()));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(CloseoutApp::new);
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#opening-text").tryQuery().isPresent());
        long words = System.nanoTime();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".progress-indicator").tryQuery().map(p -> p.isVisible() && p instanceof ProgressIndicator).orElse(false));
        long spinner = System.nanoTime();

        assertTrue(TimeUnit.NANOSECONDS.toMillis(spinner - words) >= 1000,
                "no spinner at once, most starts are over before it would turn: " + TimeUnit.NANOSECONDS.toMillis(spinner - words) + " ms");

        opening.complete(new ClosureService(DemoExchange.open(dataDir.resolve("demo"))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#start-closure").tryQuery().isPresent());
    }
}
