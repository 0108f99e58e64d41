package dev.closeout.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.KeyConnector;
import dev.closeout.exchange.binance.BinanceKeyConnector;
import dev.closeout.exchange.binance.FakeBinance;
import dev.closeout.exchange.demo.DemoExchange;
import dev.closeout.i18n.Messages;
import dev.closeout.keychain.MemoryKeychain;
import dev.closeout.keychain.RememberedKeys;
import dev.closeout.storage.Preferences;
import dev.closeout.ui.account.UiExecutors;
import dev.closeout.ui.desktop.Desktop;
import dev.closeout.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Settings connects a Binance account on a local Binance, the whole window switches to it, and back to the demo. */
@ExtendWith(ApplicationExtension.class)
class ConnectBinanceUiTest {

    private final FakeBinance binance = FakeBinance.withSamples();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final MemoryKeychain keychain = MemoryKeychain.working();
    private Stage stage;
    private ClosureService demo;
    private RememberedKeys remembered;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path dataDir = Files.createTempDirectory("closeout-ui");
        demo = new ClosureService(DemoExchange.open(dataDir.resolve("demo")));
        remembered = new RememberedKeys(keychain, Preferences.load(dataDir));
        stage.setScene(new Scene(new Pane(), 1180, 780));
        stage.show();
        show(demo);
    }

    /** What CloseoutApp does: the whole window again, on the account chosen. */
    private void show(ClosureService service) {
        MainWindow window = new MainWindow(service, UiExecutors.production(), messages, stage, Locale.ENGLISH, l -> { }, new javafx.beans.property.SimpleBooleanProperty(),
                new Desktop(title -> Optional.empty(), folder -> { }, page -> { }),
                new MainWindow.ExchangeSwitch(this::show, () -> show(demo), new KeyConnector(new BinanceKeyConnector(binance.baseUrl(), messages, binance.accountPace())),
                        remembered, UiExecutors.production("keychain")));
        // As the app does: Settings, where the account was connected (or is to be).
        window.show(MainWindow.Page.SETTINGS);
        stage.getScene().setRoot(window.node());
        window.start();
    }

    @AfterEach
    void stop() {
        binance.close();
    }

    @Test
    void connecting_the_fakes_key_switches_the_window_to_binance_and_back(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#binance-connect").tryQuery().isPresent());
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> messages.get("ui.binance.hint").equals(l.getText())));
        Button connect = robot.lookup("#binance-connect").queryAs(Button.class);

        robot.interact(connect::fire);
        assertEquals(messages.get("ui.binance.error.noKey"), robot.lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(messages.get("ui.binance.error.noKey")::equals).findFirst().orElse(""));

        binance.keySwitches(false);
        robot.interact(() -> {
            robot.lookup("#binance-api-key").queryAs(TextField.class).setText(FakeBinance.API_KEY);
            robot.lookup("#binance-secret").queryAs(PasswordField.class).setText(FakeBinance.SECRET);
            connect.fire();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".exchange-badge").tryQuery()
                .map(n -> messages.get("exchange.binance").equals(((Label) n).getText())).orElse(false));
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#binance-permissions").tryQuery()
                    .map(n -> ((Label) n).getText().equals("What this key may do: read the account: yes · trade: no · withdraw: no"))
                    .orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList().toString(), e);
        }
        assertTrue(robot.lookup("#binance-back-to-demo").queryAs(Button.class).getParent().isVisible());
        Label switches = robot.lookup("#binance-switches").queryAs(Label.class);
        assertTrue(switches.isVisible() && switches.getText().contains("\"Permits Universal Transfer\" for Binance's wallet totals"),
                switches.getText());
        assertEquals("", robot.lookup("#binance-secret").queryAs(PasswordField.class).getText(), "the new window holds no secret");

        robot.interact(() -> robot.lookup("#binance-back-to-demo").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".demo-badge").tryQuery().isPresent());
        assertFalse(robot.lookup("#binance-back-to-demo").queryAs(Button.class).getParent().isVisible(), "the demo has no key to show");
    }

    @Test
    void a_remembered_key_is_offered_in_Settings_connects_with_one_click_and_can_be_forgotten(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#binance-connect").tryQuery().isPresent());
        assertFalse(robot.lookup("#binance-forget").queryAs(Button.class).getParent().getParent().isVisible(), "nothing remembered yet");
        robot.interact(() -> {
            robot.lookup("#binance-api-key").queryAs(TextField.class).setText(FakeBinance.API_KEY);
            robot.lookup("#binance-secret").queryAs(PasswordField.class).setText(FakeBinance.SECRET);
            robot.lookup("#binance-remember").queryAs(CheckBox.class).setSelected(true);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> keychain.calls() > 0);
        robot.interact(() -> robot.lookup("#binance-connect").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".exchange-badge").tryQuery().isPresent());
        assertTrue(keychain.entries().containsKey("Binance API key"));

        // The Settings page of the new window is built once the account has been read.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#binance-back-to-demo").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#binance-back-to-demo").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".demo-badge").tryQuery().isPresent());
        Button connectRemembered = robot.lookup("#binance-connect-remembered").queryAs(Button.class);
        assertTrue(connectRemembered.isVisible() && connectRemembered.getParent().getParent().isVisible(), "the demo offers the remembered key");
        robot.interact(connectRemembered::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".exchange-badge").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#binance-forget").tryQuery().isPresent());

        robot.interact(() -> robot.lookup("#binance-forget").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> keychain.entries().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#binance-forget").queryAs(Button.class).getParent().getParent().isVisible());
        assertEquals(messages.get("ui.binance.forgotten"), robot.lookup("#binance-notice").queryAs(Label.class).getText());
    }
}
