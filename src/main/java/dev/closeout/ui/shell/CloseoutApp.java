package dev.closeout.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.KeyConnector;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.i18n.Messages;
import dev.closeout.keychain.Keychain;
import dev.closeout.keychain.RememberedKeys;
import dev.closeout.storage.Preferences;
import dev.closeout.ui.account.Crashes;
import dev.closeout.ui.account.UiExecutors;
import dev.closeout.ui.desktop.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The desktop app: one main window, at least 960×640, its size and position, theme and
 * language remembered. {@link #launch(Options)} is how {@code Main} starts it.
 */
public final class CloseoutApp extends Application {

    /**
     * What the app is started with; set once before launch. {@code open} opens the exchange in the
     * background, once the window is on screen: the window does not wait for the disk, nor share the
     * processor with it while it starts; it is called again when the window's "Try again" is pressed
     * (another Closeout had it open). {@code binance} connects a Binance account from an API key, its
     * reasons worded in the window's language; {@code keychain} is where a Binance key is remembered when the user asks.
     */
    public record Options(Supplier<CompletableFuture<ClosureService>> open, Path dataDir, boolean probeStartup,
            Function<Messages, KeyConnector> binance, Keychain keychain) {
    }

    private static final double SPINNER = 40;
    private static Options options;
    /**
     * Settings are written here, in order, so a slow disk never holds up the window; {@link #launch}
     * waits for the last once the FX thread has ended, so the window's size and place, queued as it
     * closed, reach the disk.
     */
    private static final ExecutorService SETTINGS_WRITER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "closeout-settings");
        thread.setDaemon(true);
        return thread;
    });

    private Stage stage;
    private Preferences preferences;
    private UiExecutors executors;
    private RememberedKeys rememberedKeys;
    private UiExecutors keychainWork;
    private boolean dark;
    private ClosureService service;
    /** The demo, kept while another exchange is connected, for "Back to the demo". */
    private ClosureService demo;
    private Locale language;
    /** Above whatever the window shows: the account's pages, or the opening screen; a failure nobody caught shows here. */
    private final StackPane root = new StackPane();
    private final Label crashNotice = new Label();

    public static void launch(Options startWith) {
        prepare(startWith);
        Application.launch(CloseoutApp.class);
        SETTINGS_WRITER.shutdown();
        try {
            SETTINGS_WRITER.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sets what the next start of the app uses; tests start it on a toolkit of their own after this. */
    static void prepare(Options startWith) {
        options = Objects.requireNonNull(startWith);
    }

    /** Runs on the launcher thread, before the FX thread shows anything: the settings file is read here. */
    @Override
    public void init() {
        preferences = Preferences.load(options.dataDir());
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        executors = UiExecutors.production();
        rememberedKeys = new RememberedKeys(options.keychain(), preferences);
        keychainWork = UiExecutors.production("closeout-keychain");
        dark = preferences.get("theme").map("dark"::equals).orElse(false);
        applyTheme();
        Locale language = preferences.get("language").map(Locale::forLanguageTag).orElse(Locale.getDefault());
        this.language = language;
        Crashes.install(options.dataDir(), log -> Platform.runLater(() -> showCrash(log)));
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.setWidth(preferences.number("window.width").orElse(1180.0));
        stage.setHeight(preferences.number("window.height").orElse(780.0));
        preferences.number("window.x").ifPresent(stage::setX);
        preferences.number("window.y").ifPresent(stage::setY);
        Messages messages = Messages.forLocale(language);
        stage.setTitle(messages.get("ui.app.title"));
        // The first frame shows no more than it must: the spinner (an animation) and the icons follow it, in a place kept for them.
        ProgressIndicator opening = new ProgressIndicator();
        opening.setPrefSize(SPINNER, SPINNER);
        StackPane spinner = new StackPane();
        spinner.setMinSize(SPINNER, SPINNER);
        Label openingText = new Label(messages.get("ui.app.opening"));
        openingText.setId("opening-text");
        openingText.setWrapText(true);
        openingText.setMaxWidth(560);
        Button retry = new Button(messages.get("ui.app.retry"));
        retry.setId("opening-retry");
        retry.setVisible(false);
        VBox starting = new VBox(12, spinner, openingText, retry);
        starting.setAlignment(Pos.CENTER);
        crashNotice.getStyleClass().addAll("crash-notice", "danger");
        crashNotice.setWrapText(true);
        crashNotice.setMaxWidth(Double.MAX_VALUE);
        crashNotice.setVisible(false);
        crashNotice.setOnMouseClicked(e -> crashNotice.setVisible(false));
        StackPane.setAlignment(crashNotice, Pos.TOP_CENTER);
        root.getChildren().setAll(starting, crashNotice);
        stage.setScene(new Scene(root, stage.getWidth(), stage.getHeight()));
        stage.getScene().getStylesheets().add(Objects.requireNonNull(CloseoutApp.class.getResource("/dev/closeout/ui/closeout.css")).toExternalForm());
        stage.setOnHiding(e -> saveWindow());
        stage.show();
        if (options.probeStartup()) {
            StartupProbe.afterNextFrame(StartupProbe::firstFrame);
        }
        retry.setOnAction(e -> {
            retry.setVisible(false);
            opening.setVisible(true);
            openingText.setText(messages.get("ui.app.opening"));
            whenOpen(options.open().get(), language, messages, opening, openingText, retry);
        });
        // The account's window is built after the first frame is on screen, whenever the exchange is open.
        StartupProbe.afterNextFrame(() -> {
            whenOpen(options.open().get(), language, messages, opening, openingText, retry);
            spinner.getChildren().add(opening);
            for (int size : new int[] {16, 32, 48, 64, 128, 256}) { // drawn from icons/closeout.svg by icons/generate.sh
                stage.getIcons().add(new Image(Objects.requireNonNull(CloseoutApp.class.getResource("/dev/closeout/ui/icons/closeout-" + size + ".png")).toExternalForm()));
            }
        });
    }

    /** Builds the window once the exchange is open; says why not if it could not be, and offers to try again. */
    private void whenOpen(CompletableFuture<ClosureService> opened, Locale language, Messages messages, ProgressIndicator opening,
            Label openingText, Button retry) {
        opened.whenComplete((service, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                opening.setVisible(false);
                openingText.setText(cause instanceof ExchangeException e ? messages.say(e)
                        : messages.get("ui.error.unexpected", String.valueOf(cause.getMessage())));
                retry.setVisible(true);
                return;
            }
            this.service = service;
            this.demo = service;
            MainWindow window = build(language);
            if (options.probeStartup()) {
                window.whenFirstRead(() -> StartupProbe.afterNextFrame(() -> {
                    StartupProbe.accountShown();
                    Platform.exit();
                }));
            }
        }));
    }

    /** Builds the window's content in a language; switching language builds it again. */
    private MainWindow build(Locale language) {
        this.language = language;
        Messages messages = Messages.forLocale(language);
        stage.setTitle(messages.get("ui.app.title"));
        MainWindow.ExchangeSwitch exchanges = new MainWindow.ExchangeSwitch(this::switchTo, () -> switchTo(demo),
                options.binance().apply(messages), rememberedKeys, keychainWork);
        MainWindow window = new MainWindow(service, executors, messages, stage, language, chosen -> {
            preferences.put("language", chosen.toLanguageTag());
            save();
            build(chosen);
        }, this::toggleTheme, Desktop.of(stage, getHostServices()), exchanges);
        root.getChildren().set(0, window.node());
        window.start();
        return window;
    }

    /** "Something went wrong", in place above the page, naming the log; a click puts it away. */
    private void showCrash(Optional<Path> log) {
        Messages messages = Messages.forLocale(language);
        crashNotice.setText(log.map(file -> messages.get("ui.error.crashed", file.toString()))
                .orElseGet(() -> messages.get("ui.error.crashedNoLog")));
        crashNotice.setVisible(true);
    }

    /** The whole window, again, on another exchange's account; the language stays. */
    private void switchTo(ClosureService next) {
        service = next;
        build(language);
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
        SETTINGS_WRITER.execute(() -> {
            try {
                preferences.save();
            } catch (IOException e) {
                // Settings are a convenience: failing to save them must not stop the app. The next save tries again.
                System.err.println("Closeout: settings not saved: " + e.getMessage());
            }
        });
    }
}
