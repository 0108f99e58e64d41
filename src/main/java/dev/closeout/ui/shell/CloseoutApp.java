package dev.closeout.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.closeout.closure.ClosureService;
import dev.closeout.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The desktop app: one main window, at least 960×640, its size and position, theme and
 * language remembered. {@link #launch(Options)} is how {@code Main} starts it.
 */
public final class CloseoutApp extends Application {

    /** What the app is started with; set once before launch. */
    public record Options(ClosureService service, Path dataDir, boolean probeStartup) {
    }

    private static Options options;

    private Stage stage;
    private Preferences preferences;
    private UiExecutors executors;
    private boolean dark;

    public static void launch(Options startWith) {
        options = Objects.requireNonNull(startWith);
        Application.launch(CloseoutApp.class);
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        preferences = Preferences.load(options.dataDir());
        executors = UiExecutors.production();
        dark = preferences.get("theme").map("dark"::equals).orElse(false);
        applyTheme();
        Locale language = preferences.get("language").map(Locale::forLanguageTag).orElse(Locale.getDefault());
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.setWidth(preferences.number("window.width").orElse(1180.0));
        stage.setHeight(preferences.number("window.height").orElse(780.0));
        preferences.number("window.x").ifPresent(stage::setX);
        preferences.number("window.y").ifPresent(stage::setY);
        stage.setScene(new Scene(new StackPane(), stage.getWidth(), stage.getHeight()));
        stage.getScene().getStylesheets().add(Objects.requireNonNull(CloseoutApp.class.getResource("/dev/closeout/ui/closeout.css")).toExternalForm());
        build(language);
        stage.setOnHiding(e -> saveWindow());
        stage.show();
        if (options.probeStartup()) {
            probeFirstFrame();
        }
    }

    /** Builds the window's content in a language; switching language builds it again. */
    private void build(Locale language) {
        Messages messages = Messages.forLocale(language);
        stage.setTitle(messages.get("ui.app.title"));
        MainWindow window = new MainWindow(options.service(), executors, messages, stage, language, chosen -> {
            preferences.put("language", chosen.toLanguageTag());
            save();
            build(chosen);
        }, this::toggleTheme);
        stage.getScene().setRoot(window.node());
        window.start();
    }

    private void toggleTheme() {
        dark = !dark;
        applyTheme();
        preferences.put("theme", dark ? "dark" : "light");
        save();
    }

    private void applyTheme() {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    private void saveWindow() {
        if (!stage.isMaximized() && !stage.isIconified()) {
            preferences.put("window.width", String.valueOf(stage.getWidth()));
            preferences.put("window.height", String.valueOf(stage.getHeight()));
            preferences.put("window.x", String.valueOf(stage.getX()));
            preferences.put("window.y", String.valueOf(stage.getY()));
        }
        save();
    }

    private void save() {
        try {
            preferences.save();
        } catch (IOException e) {
            // Settings are a convenience: failing to save them must not stop the app. The next save tries again.
            System.err.println("Closeout: settings not saved: " + e.getMessage());
        }
    }

    /** For start-up measurements: prints when the first frame is on screen and the memory in use, then quits. */
    private void probeFirstFrame() {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // The second pulse is the first one after the window's first frame was rendered.
                if (++frames < 2) {
                    return;
                }
                stop();
                Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                System.out.println("first-frame-ms=" + Duration.between(started, Instant.now()).toMillis() + " rss-kb=" + rssKb());
                Platform.exit();
            }
        }.start();
    }

    private static long rssKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1024;
        }
    }
}
