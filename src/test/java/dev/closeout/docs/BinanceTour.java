package dev.closeout.docs;

import static dev.closeout.docs.Shots.fx;
import static dev.closeout.docs.Shots.pastNotice;
import static dev.closeout.docs.Shots.pause;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.KeyConnector;
import dev.closeout.exchange.binance.BinanceCredentials;
import dev.closeout.exchange.binance.BinanceGateway;
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
import dev.closeout.ui.wizard.WizardStep;
import dev.closeout.ui.wizard.confirm.ConfirmViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * Not a test: connects the app to the local Binance that serves the documented samples (with a
 * key that may trade, and a Trading Bots wallet Binance gives only as a total) and saves a
 * picture of every page that changes on a Binance account. Usage: {@code BinanceTour light|dark OUTDIR [read-only] [zh]}:
 * with {@code read-only}, the samples' key as Binance documents it (reading only, the two switches
 * some readings need off); with {@code zh}, in Simplified Chinese.
 */
public final class BinanceTour {

    private static String theme;
    private static Path out;
    private static boolean readOnly;
    private static Locale locale = Locale.ENGLISH;

    public static void main(String[] args) {
        theme = args[0];
        out = Path.of(args[1]);
        List<String> more = List.of(args).subList(2, args.length);
        readOnly = more.contains("read-only");
        locale = more.contains("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        Application.launch(Window.class, args);
    }

    /** The launcher refuses a main class that is an Application when JavaFX is on the class path, hence the nested one. */
    public static final class Window extends Application {

        private final FakeBinance binance = FakeBinance.withSamples();
        private final Messages messages = Messages.forLocale(locale);
        private Stage stage;
        private ClosureService demo;
        private volatile MainWindow window;

        @Override
        public void start(Stage primary) throws Exception {
            stage = primary;
            Application.setUserAgentStylesheet(theme.equals("dark") ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            if (readOnly) {
                binance.keySwitches(false);
            } else {
                binance.keyMayTrade();
            }
            binance.walletHolds("Trading Bots", "0.0015");
            demo = new ClosureService(DemoExchange.open(Files.createTempDirectory("closeout-tour").resolve("demo")));
            stage.setScene(new Scene(new Pane(), 1180, 780));
            stage.getScene().getStylesheets().add(Objects.requireNonNull(BinanceTour.class.getResource("/dev/closeout/ui/closeout.css")).toExternalForm());
            stage.show();
            Files.createDirectories(out);
            ClosureService connected = new ClosureService(BinanceGateway.open(BinanceCredentials.hmac(FakeBinance.API_KEY, FakeBinance.SECRET),
                    binance.hosts(), messages, binance.accountPace()));
            show(connected);
            new Thread(this::tour, "tour").start();
        }

        /** As CloseoutApp does once Settings has connected the key: the whole window on the Binance account. */
        private void show(ClosureService service) {
            MainWindow built = new MainWindow(service, UiExecutors.production(), messages, stage, locale, l -> { }, new javafx.beans.property.SimpleBooleanProperty(),
                    new Desktop(title -> Optional.empty(), folder -> { }, page -> { }),
                    new MainWindow.ExchangeSwitch(this::show, () -> show(demo), new KeyConnector(new BinanceKeyConnector(binance.baseUrl(), messages, binance.accountPace())),
                        new RememberedKeys(MemoryKeychain.working(), Preferences.load(Path.of("/nowhere"))), UiExecutors.production("keychain")));
            stage.getScene().setRoot(built.node());
            built.start();
            window = built;
        }

        private void tour() {
            Shots shots = new Shots(out, theme + "-binance-");
            Scene scene = stage.getScene();
            try {
                pause(2500);
                fx(() -> window.show(MainWindow.Page.DASHBOARD));
                pause(800);
                shots.shoot(scene, "dashboard");
                fx(() -> window.show(MainWindow.Page.ALTERNATIVES));
                pause(500);
                fx(() -> ((Button) scene.lookup("#alt-withdraw")).fire());
                pause(1500);
                shots.shoot(scene, "withdraw");
                fx(() -> ((Hyperlink) scene.lookup("#alt-back")).fire());
                pause(500);
                fx(() -> ((Button) scene.lookup("#alt-freeze")).fire());
                pause(800);
                shots.shoot(scene, "freeze");
                fx(() -> ((Hyperlink) scene.lookup("#alt-back")).fire());
                pause(500);
                fx(() -> ((Button) scene.lookup("#alt-disable")).fire());
                pause(800);
                shots.shoot(scene, "disable");
                fx(() -> ((Hyperlink) scene.lookup("#alt-back")).fire());
                fx(() -> window.show(MainWindow.Page.CLOSE));
                pause(300);
                shots.shoot(scene, "1-settings");
                fx(() -> window.wizard().next());
                pause(500);
                pastNotice(window);
                pause(2000);
                shots.shoot(scene, "3-eligibility");
                // The sample account keeps its blockers: the tour steps to Confirm, then back to Verification.
                fx(() -> window.wizard().backToConfirm());
                fx(() -> window.wizard().back());
                pause(800);
                shots.shoot(scene, "4-verification");
                fx(() -> window.wizard().next());
                pause(500);
                fx(() -> ((ConfirmViewModel) window.wizard().step(WizardStep.CONFIRM)).openClosurePage());
                pause(300);
                shots.shoot(scene, "5-confirm");
                fx(() -> ((Button) scene.lookup("#hand-off-back")).fire());
                pause(2000);
                shots.shoot(scene, "6-status");
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                binance.close();
                Platform.exit();
            }
        }
    }
}
