package dev.closeout.ui;

import atlantafx.base.theme.PrimerLight;
import dev.closeout.closure.ClosureService;
import dev.closeout.exchange.demo.DemoExchange;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.desktop.Desktop;
import dev.closeout.ui.shell.MainWindow;
import dev.closeout.ui.account.UiExecutors;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Puts the real main window, on a demo exchange in a fresh folder, into a TestFX stage. */
public final class AppHarness {

    private AppHarness() {
    }

    /** The window, and the service behind it: a test can change the account through it, as the exchange's website could. */
    public record Started(MainWindow window, ClosureService service) {
    }

    public static MainWindow start(Stage stage, Path dataDir) throws Exception {
        return startWithService(stage, dataDir).window();
    }

    public static Started startWithService(Stage stage, Path dataDir) throws Exception {
        return startWithService(stage, dataDir, new Desktop(title -> Optional.empty(), folder -> { }, page -> { }));
    }

    /** The window with a desktop the test plays: the folder a user would pick, the file manager that would open. */
    public static Started startWithService(Stage stage, Path dataDir, Desktop desktop) throws Exception {
        return startWithService(stage, dataDir, desktop, 1180, 780);
    }

    /** The window at the smallest size it can be made, as on a 1366×768 laptop at 125 %. */
    public static Started startSmallest(Stage stage, Path dataDir) throws Exception {
        return startWithService(stage, dataDir, new Desktop(title -> Optional.empty(), folder -> { }, page -> { }),
                MainWindow.MIN_WIDTH, MainWindow.MIN_CONTENT_HEIGHT);
    }

    /** The window with its content {@code width} × {@code height}. */
    public static Started startWithService(Stage stage, Path dataDir, Desktop desktop, double width, double height) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ClosureService service = new ClosureService(DemoExchange.open(dataDir.resolve("demo")));
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        MainWindow window = new MainWindow(service, UiExecutors.production(), messages, stage, Locale.ENGLISH, l -> { }, new javafx.beans.property.SimpleBooleanProperty(), desktop);
        Scene scene = new Scene(window.node(), width, height);
        scene.getStylesheets().add(Objects.requireNonNull(AppHarness.class.getResource("/dev/closeout/ui/closeout.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
        window.start();
        return new Started(window, service);
    }
}
