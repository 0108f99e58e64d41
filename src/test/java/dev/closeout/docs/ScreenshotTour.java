package dev.closeout.docs;

import static dev.closeout.docs.Shots.fx;
import static dev.closeout.docs.Shots.pastNotice;
import static dev.closeout.docs.Shots.pause;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.closeout.closure.ClosureService;
import dev.closeout.exchange.DemoControls;
import dev.closeout.exchange.VerificationMethod;
import dev.closeout.exchange.demo.DemoExchange;
import dev.closeout.exchange.demo.DemoFixtures;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.desktop.Desktop;
import dev.closeout.ui.shell.MainWindow;
import dev.closeout.ui.account.UiExecutors;
import dev.closeout.ui.wizard.WizardStep;
import dev.closeout.ui.wizard.confirm.ConfirmViewModel;
import dev.closeout.ui.wizard.notice.NoticeViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.controlsfx.control.NotificationPane;
import javafx.scene.control.Button;
import javafx.stage.Stage;

/**
 * Not a test: walks the wizard on a fresh demo account and saves a picture of every page, for
 * the README and for looking at what a person sees. Usage: {@code ScreenshotTour light|dark OUTDIR [alternatives]};
 * with {@code alternatives}, only the Alternatives page.
 */
public final class ScreenshotTour {

    /** The launcher refuses a main class that is an Application when JavaFX is on the class path, hence the nested one. */
    private static String theme;
    private static Path out;
    /** "alternatives" takes only the Alternatives page; otherwise every page. */
    private static String only;

    public static void main(String[] args) {
        theme = args[0];
        out = Path.of(args[1]);
        only = args.length > 2 ? args[2] : "";
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {


    @Override
    public void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(theme.equals("dark") ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        Path dataDir = Files.createTempDirectory("closeout-tour");
        ClosureService service = new ClosureService(DemoExchange.open(dataDir.resolve("demo")));
        Locale locale = Locale.forLanguageTag(System.getProperty("tour.locale", "en"));
        Messages messages = Messages.forLocale(locale);
        MainWindow window = new MainWindow(service, UiExecutors.production(), messages, stage, locale, l -> { },
                new javafx.beans.property.SimpleBooleanProperty(theme.equals("dark")),
                new Desktop(title -> java.util.Optional.empty(), folder -> { }, page -> { }));
        // -Dtour.size=1000x530 takes the smallest window's content, 1920x1050 a large screen's.
        String[] size = System.getProperty("tour.size", "1180x780").split("x");
        Scene scene = new Scene(window.node(), Double.parseDouble(size[0]), Double.parseDouble(size[1]));
        scene.getStylesheets().add(Objects.requireNonNull(ScreenshotTour.class.getResource("/dev/closeout/ui/closeout.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
        window.start();
        Files.createDirectories(out);
        new Thread(() -> tour(window, service, scene), "tour").start();
    }

    private void tour(MainWindow window, ClosureService service, Scene scene) {
        Shots shots = new Shots(out, theme + "-" + System.getProperty("tour.prefix", ""));
        try {
            DemoControls demo = service.demoControls().orElseThrow();
            pause(1500);
            shots.shoot(scene, "start");
            fx(() -> window.show(MainWindow.Page.SETTINGS));
            pause(500);
            shots.shoot(scene, "settings");
            fx(() -> window.show(MainWindow.Page.DASHBOARD));
            pause(800);
            shots.shoot(scene, "dashboard");
            fx(() -> window.show(MainWindow.Page.ALTERNATIVES));
            pause(800);
            shots.shoot(scene, "alternatives");
            fx(() -> window.show(MainWindow.Page.CLOSE));
            if (only.equals("alternatives")) {
                return;
            }
            pause(300);
            shots.shoot(scene, "1-settings");
            fx(() -> window.wizard().next());
            pause(500);
            fx(() -> {
                NoticeViewModel notice = (NoticeViewModel) window.wizard().step(WizardStep.NOTICE);
                notice.reasonProperty().set(NoticeViewModel.Reason.NOT_USING);
                notice.tick(NoticeViewModel.Consequence.DATA_DELETED).set(true);
                notice.tick(NoticeViewModel.Consequence.CONTACT_RELEASED).set(true);
            });
            shots.shoot(scene, "2-notice");
            pastNotice(window);
            pause(1500);
            shots.shoot(scene, "3-eligibility");
            DemoFixtures.clearEverything(service, demo);
            fx(() -> window.wizard().back());
            pause(300);
            fx(() -> window.wizard().next());
            pause(1500);
            fx(() -> window.wizard().next());
            pause(800);
            service.sendCode(VerificationMethod.EMAIL);
            service.verify(VerificationMethod.EMAIL, demo.inbox().get(demo.inbox().size() - 1).code());
            fx(() -> window.wizard().back());
            pause(300);
            fx(() -> window.wizard().next());
            pause(1200);
            service.sendCode(VerificationMethod.SMS);
            fx(() -> ((javafx.scene.control.ToggleButton) scene.lookup("#demo-inbox")).setSelected(true));
            pause(1500);
            hideChanges(scene);
            shots.shoot(scene, "4-verification");
            fx(() -> ((javafx.scene.control.ToggleButton) scene.lookup("#demo-inbox")).setSelected(false));
            service.sendCode(VerificationMethod.SMS);
            service.verify(VerificationMethod.SMS, demo.inbox().get(demo.inbox().size() - 1).code());
            service.verify(VerificationMethod.AUTHENTICATOR, demo.authenticatorCode());
            fx(() -> window.wizard().back());
            pause(300);
            fx(() -> window.wizard().next());
            pause(1200);
            fx(() -> window.wizard().next());
            pause(500);
            fx(() -> ((ConfirmViewModel) window.wizard().step(WizardStep.CONFIRM)).typedEmailProperty().set("alex.morgan@example.com"));
            pause(300);
            hideChanges(scene);
            shots.shoot(scene, "5-confirm");
            // Confirm shows the last summary first and waits for the person: not waited for here.
            Platform.runLater(() -> ((ConfirmViewModel) window.wizard().step(WizardStep.CONFIRM)).confirm());
            pause(1500);
            javafx.stage.Window summary = javafx.stage.Window.getWindows().stream().filter(w -> w != scene.getWindow()).findFirst().orElseThrow();
            shots.shoot(summary.getScene(), "5-confirm-summary");
            fx(() -> ((Button) summary.getScene().lookup("#review-confirm")).fire());
            pause(2500);
            shots.shoot(scene, "6-status");
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            Platform.exit();
        }
    }
    }

    /** The tour clears the account as the exchange's website would, which the window tells as changes by itself: put away for the pictures. */
    private static void hideChanges(Scene scene) throws Exception {
        fx(() -> ((NotificationPane) scene.lookup("#account-changes")).hide());
        pause(600);
    }
}
